import { currentRound } from './current-round';

// The header's round picker opens on the current round, not on whatever sorts first.

const round = (id: string, createdAt: string, rrAdoption?: string) => ({ id, createdAt, round: { dates: rrAdoption ? { rrAdoption } : {} } });

describe('currentRound', () => {
  const finished = round('budget-2026', '2025-01-10T08:00:00Z', '2025-09-15');
  const practice = round('budget-2026-oevelse', '2025-03-01T08:00:00Z', '2026-09-15');
  const older = round('budget-2025', '2024-01-10T08:00:00Z', '2024-09-15');

  it('takes the newest round whose adoption date has not passed', () => {
    expect(currentRound([finished, practice, older], '2025-10-01')?.id).toBe('budget-2026-oevelse');
  });

  it('prefers the newest of several open rounds', () => {
    const next = round('budget-2027', '2025-05-01T08:00:00Z', '2026-09-20');
    expect(currentRound([practice, next, finished], '2025-10-01')?.id).toBe('budget-2027');
  });

  it('counts a round without an adoption date as open', () => {
    expect(currentRound([finished, round('uden-datoer', '2024-06-01T08:00:00Z')], '2025-10-01')?.id).toBe('uden-datoer');
  });

  it('counts the adoption day itself as open', () => {
    expect(currentRound([older, finished], '2025-09-15')?.id).toBe('budget-2026');
  });

  it('falls back to the newest created when every round is over, and to nothing without rounds', () => {
    expect(currentRound([older, finished], '2026-01-01')?.id).toBe('budget-2026');
    expect(currentRound([], '2026-01-01')).toBeUndefined();
  });
});
