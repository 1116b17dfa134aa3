import { SubmitOutcome, submitAllSummary } from './submit-all-outcome';

// The status line after «Indsend alle» (issue 28): each draft is its own act, so the line counts both kinds.

const outcome = (reference: string, submitted: boolean): SubmitOutcome => ({
  id: reference,
  reference,
  title: `Forslag ${reference}`,
  submitted,
  refusal: submitted ? null : 'Forslaget er ændret siden version 1; den aktuelle version er 2.',
});

describe('submitAllSummary', () => {
  it('says how many were submitted when all went through', () => {
    expect(submitAllSummary([outcome('B26-SU-01', true)])).toBe('Ét forslag er indsendt til Koncernøkonomi.');
    expect(submitAllSummary([outcome('B26-SU-01', true), outcome('B26-SU-02', true)])).toBe('2 forslag er indsendt til Koncernøkonomi.');
  });

  it('counts the refused ones beside those that went through', () => {
    expect(submitAllSummary([outcome('B26-SU-01', true), outcome('B26-SU-02', false), outcome('B26-SU-03', true)])).toBe(
      '2 af 3 forslag er indsendt til Koncernøkonomi; ét forslag blev ikke indsendt, se hvorfor i resultatet.',
    );
    expect(submitAllSummary([outcome('B26-SU-01', true), outcome('B26-SU-02', false), outcome('B26-SU-03', false)])).toBe(
      '1 af 3 forslag er indsendt til Koncernøkonomi; 2 forslag blev ikke indsendt, se hvorfor i resultatet.',
    );
  });

  it('says so when none went through', () => {
    expect(submitAllSummary([outcome('B26-SU-01', false)])).toBe('Forslaget blev ikke indsendt; se hvorfor i resultatet.');
    expect(submitAllSummary([outcome('B26-SU-01', false), outcome('B26-SU-02', false)])).toBe('Ingen af de 2 forslag blev indsendt; se hvorfor i resultatet.');
  });
});
