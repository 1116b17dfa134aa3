import { sourceHeading } from '@budgetflow/domain';

/** Which source finances an item: the råderum first, then the package's other sources. */
export function SourceSelect({
  id,
  label,
  sources,
  value,
  onChange,
  error,
}: {
  id: string;
  label: string;
  sources: readonly { key: string; name: string }[];
  value: string;
  onChange(value: string): void;
  error?: string;
}) {
  return (
    <select
      className="form-select select-fit"
      id={id}
      aria-label={label}
      aria-invalid={error ? true : undefined}
      value={value}
      onChange={(event) => onChange(event.target.value)}
    >
      {sources.map((source) => (
        <option key={source.key} value={source.key}>
          {sourceHeading(source)}
        </option>
      ))}
    </select>
  );
}
