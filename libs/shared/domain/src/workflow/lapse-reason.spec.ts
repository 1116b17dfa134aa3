import { AdministrationStep } from './administration-step';
import { lapseReason } from './lapse-reason';

const step = (stateSequence: number, state: AdministrationStep['state'], more: Partial<AdministrationStep> = {}): AdministrationStep => ({
  stateSequence,
  state,
  meetingDate: null,
  outcome: null,
  decisionText: null,
  ...more,
});

const scheduled = step(3, 'on_fu_agenda', { meetingDate: '2025-09-02' });
const postponed = step(4, 'submitted', { meetingDate: '2025-09-02', outcome: 'postponed', decisionText: 'Udsat til næste møde.' });

describe('lapseReason', () => {
  it('names FU’s postponement and its date when that was the last step before the workflow let it lapse', () => {
    expect(lapseReason([postponed, step(5, 'lapsed'), scheduled], 5)).toBe(
      'Forretningsudvalget udsatte forslaget den 2. september 2025, og det var ikke behandlet igen, da budgetaftalen blev vedtaget.',
    );
  });

  it('says it waited on FU’s agenda, or was never put on it', () => {
    expect(lapseReason([scheduled, step(4, 'lapsed')], 4)).toBe(
      'Forslaget stod på dagsordenen for Forretningsudvalgets møde den 2. september 2025, men var ikke behandlet, da budgetaftalen blev vedtaget.',
    );
    expect(lapseReason([step(3, 'lapsed')], 3)).toBe('Forslaget var indsendt, men ikke sat på Forretningsudvalgets dagsorden, da budgetaftalen blev vedtaget.');
    // Returned and submitted again (the submission is intake's step), then never scheduled.
    expect(lapseReason([step(3, 'returned'), step(5, 'lapsed')], 5)).toBe(
      'Forslaget var indsendt, men ikke sat på Forretningsudvalgets dagsorden, da budgetaftalen blev vedtaget.',
    );
  });

  it('says who returned it when the committee held it at the agreement (intake let it lapse: no step of the lapse here)', () => {
    expect(lapseReason([scheduled, step(4, 'returned', { meetingDate: '2025-09-02', outcome: 'returned_to_committee' })], 5)).toBe(
      'Forretningsudvalget sendte forslaget tilbage til udvalget den 2. september 2025, og udvalget havde ikke indsendt det igen, da budgetaftalen blev vedtaget.',
    );
    expect(lapseReason([step(3, 'returned')], 4)).toBe(
      'Koncernøkonomi sendte forslaget retur til udvalget, og udvalget havde ikke indsendt det igen, da budgetaftalen blev vedtaget.',
    );
    expect(lapseReason([], 4)).toBe('Forslaget lå hos udvalget og var ikke indsendt, da budgetaftalen blev vedtaget.');
  });
});
