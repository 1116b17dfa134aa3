import { ProblemException } from '@budgetflow/platform';

export const IF_MATCH = { name: 'If-Match', required: false, description: 'Versionen handlingen bygger på, fx "3" (alternativ til «version» i indholdet)' };

/** "3" or W/"3" → 3; anything else is an invalid header. */
export function versionFrom(ifMatch: string | undefined): number | undefined {
  if (ifMatch === undefined) return undefined;
  const match = /^(?:W\/)?"?(\d{1,9})"?$/.exec(ifMatch.trim());
  if (!match) throw ProblemException.invalid([{ code: 'request.if_match', path: 'If-Match', message: 'Headeren If-Match skal være en version, fx "3".' }]);
  return Number(match[1]);
}

/** Refuses an action based on a version of the proposal that is no longer current (lost update). */
export function checkVersion(current: number, expected: number | undefined): void {
  if (expected === undefined || expected === current) return;
  throw ProblemException.conflict(
    'proposal.version_conflict',
    `Forslaget er ændret siden version ${expected}; den aktuelle version er ${current}. Hent forslaget igen og gentag handlingen.`,
    'Forældet version',
  );
}
