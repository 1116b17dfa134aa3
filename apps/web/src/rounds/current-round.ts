/** What the picker needs to know of a round to find the current one. */
export interface RoundStart {
  id: string;
  createdAt: string;
  round: { dates?: { rrAdoption?: string } };
}

/**
 * The round a person most likely works in: the newest created of those still open (Regionsrådet's adoption date, an
 * ISO date, not passed; a round without one counts as open), else the newest created. Intake does not know when the
 * workflow closes a round, so the calendar stands in for it.
 */
export function currentRound<T extends RoundStart>(rounds: readonly T[], today: string): T | undefined {
  const newestFirst = [...rounds].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const adoption = (round: T) => round.round.dates?.rrAdoption;
  return newestFirst.find((round) => !adoption(round) || (adoption(round) as string) >= today) ?? newestFirst[0];
}
