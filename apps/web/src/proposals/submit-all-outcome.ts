/** What became of one draft «Indsend alle» submitted: submitted, or refused with the service's Danish reason. */
export interface SubmitOutcome {
  id: string;
  reference: string;
  title: string;
  submitted: boolean;
  /** The refusal's detail (problem+json), or null when submitted. */
  refusal: string | null;
}

const proposals = (count: number) => (count === 1 ? 'ét forslag' : `${count} forslag`);

/** The status line after «Indsend alle»: how many went through and how many were refused. */
export function submitAllSummary(outcomes: readonly SubmitOutcome[]): string {
  const submitted = outcomes.filter((outcome) => outcome.submitted).length;
  const refused = outcomes.length - submitted;
  if (refused === 0) return `${capitalized(proposals(submitted))} er indsendt til Koncernøkonomi.`;
  if (submitted === 0)
    return `${outcomes.length === 1 ? 'Forslaget blev ikke' : `Ingen af de ${outcomes.length} forslag blev`} indsendt; se hvorfor i resultatet.`;
  return `${submitted} af ${outcomes.length} forslag er indsendt til Koncernøkonomi; ${proposals(refused)} blev ikke indsendt, se hvorfor i resultatet.`;
}

function capitalized(text: string): string {
  return text.charAt(0).toLocaleUpperCase('da') + text.slice(1);
}
