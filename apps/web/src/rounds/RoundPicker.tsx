import { useSelectedRound } from './SelectedRound';

/** The round picker in the header: every round the intake service knows. */
export function RoundPicker() {
  const { rounds, selected, select, loading, error } = useSelectedRound();
  if (loading)
    return (
      <p className="round-picker-status" role="status">
        Henter budgetrunder …
      </p>
    );
  if (error) return <p className="round-picker-status">Budgetrunderne kunne ikke hentes.</p>;
  if (rounds.length === 0) return <p className="round-picker-status">Der er endnu ingen budgetrunder.</p>;
  return (
    <div className="form-group round-picker">
      <label className="form-label" htmlFor="valgt-runde">
        Budgetrunde
      </label>
      <select className="form-select select-fit" id="valgt-runde" value={selected?.id} onChange={(event) => select(event.target.value)}>
        {rounds.map((round) => (
          <option key={round.id} value={round.id}>
            {round.round.name} ({round.round.region})
          </option>
        ))}
      </select>
    </div>
  );
}
