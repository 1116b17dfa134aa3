import { ProblemException } from './problem';

/** The If-Match header of a step that builds on a version of a proposal ("ændringen", "handlingen"). */
export function ifMatchHeader(step: string) {
  return { name: 'If-Match', required: false, description: `Versionen ${step} bygger på, fx "3" (alternativ til «version» i indholdet)` };
}

/** "3" or W/"3" → 3; anything else is an invalid header. */
export function versionFrom(ifMatch: string | undefined): number | undefined {
  if (ifMatch === undefined) return undefined;
  const match = /^(?:W\/)?"?(\d{1,9})"?$/.exec(ifMatch.trim());
  if (!match) throw ProblemException.invalid([{ code: 'request.if_match', path: 'If-Match', message: 'Headeren If-Match skal være en version, fx "3".' }]);
  return Number(match[1]);
}

/** Refuses a step based on a version of the proposal that is no longer current (lost update). */
export function checkVersion(current: number, expected: number | undefined, step = 'handlingen'): void {
  if (expected === undefined || expected === current) return;
  throw ProblemException.conflict(
    'proposal.version_conflict',
    `Forslaget er ændret siden version ${expected}; den aktuelle version er ${current}. Hent forslaget igen og gentag ${step}.`,
  );
}

/** 404 for a proposal the caller cannot see or that does not exist (`where`: e.g. " i runden"). */
export function proposalNotFound(id: string, where = ''): ProblemException {
  return ProblemException.notFound(`Forslaget ${id}${where}`, 'proposal.not_found');
}
