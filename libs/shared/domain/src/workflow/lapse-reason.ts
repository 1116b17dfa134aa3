import { danishIsoDate } from '../time/danish-time';
import { AdministrationStep } from './administration-step';

const AT_AGREEMENT = 'da budgetaftalen blev vedtaget';

/**
 * Why a proposal lapsed («bortfaldet») at the budget agreement, in Danish, from the administration's steps on its
 * record and the state sequence of the lapse: who held it then and what had last happened to it (FU postponed it,
 * it waited on FU's agenda, it was returned to the committee and not submitted again, or it was never scheduled).
 */
export function lapseReason(steps: readonly AdministrationStep[], lapsedAt: number): string {
  const ordered = [...steps].sort((a, b) => a.stateSequence - b.stateSequence);
  // The workflow lets a proposal it holds lapse; one the committee holds lapses by intake, with no step here.
  const lapsedWithAdministration = ordered.some((step) => step.stateSequence === lapsedAt && step.state === 'lapsed');
  const last = ordered.filter((step) => step.stateSequence < lapsedAt).at(-1);
  if (!lapsedWithAdministration) {
    if (last?.outcome === 'returned_to_committee')
      return `Forretningsudvalget sendte forslaget tilbage til udvalget${onDate(last)}, og udvalget havde ikke indsendt det igen, ${AT_AGREEMENT}.`;
    if (last?.state === 'returned') return `Koncernøkonomi sendte forslaget retur til udvalget, og udvalget havde ikke indsendt det igen, ${AT_AGREEMENT}.`;
    return `Forslaget lå hos udvalget og var ikke indsendt, ${AT_AGREEMENT}.`;
  }
  if (last?.outcome === 'postponed') return `Forretningsudvalget udsatte forslaget${onDate(last)}, og det var ikke behandlet igen, ${AT_AGREEMENT}.`;
  if (last?.state === 'on_fu_agenda')
    return `Forslaget stod på dagsordenen for Forretningsudvalgets møde${onDate(last)}, men var ikke behandlet, ${AT_AGREEMENT}.`;
  return `Forslaget var indsendt, men ikke sat på Forretningsudvalgets dagsorden, ${AT_AGREEMENT}.`;
}

function onDate(step: AdministrationStep): string {
  return step.meetingDate ? ` den ${danishIsoDate(step.meetingDate)}` : '';
}
