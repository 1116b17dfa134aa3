import { AGREEMENT_LIMITS, agreementFromPackage, columnKeys, columnLabel, isIsoDate } from '@budgetflow/domain';
import type { AgreementFromPackage, BudgetRound, NegotiableProposal } from '@budgetflow/domain';
import { FormEvent, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { ApiError } from '../api/api-error';
import { answer, workflow } from '../api/clients';
import { useWorkflowAction } from '../api/workflow-queries';
import type { MeetingView, PackageView, WorkflowProposalView } from '../api/views';
import { ErrorSummary, Field, describedBy } from '../forms/FieldError';
import { ProblemAlert } from '../layout/ProblemAlert';
import { YearLinesTable } from '../layout/YearLinesTable';
import { checkDraft, negotiableProposals, packageDraftOf } from '../negotiation/package-draft';
import { formatDate } from '../routing/MeetingAgenda';

type Problems = Record<string, string>;

/** A chapter of the agreement as written here: the package's chapters, and chapters of text only added before them. */
interface ChapterText {
  title: string;
  text: string;
  /** A chapter of the package's initiatives (its title is the initiatives'), or one added here with text only. */
  fromPackage: boolean;
}

/** Lines of a text area, trimmed, without empty ones. */
function linesOf(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}

/** What the domain says a package becomes (the same rules the workflow service applies on confirming). */
function planOf(pkg: PackageView, round: BudgetRound, proposals: readonly NegotiableProposal[]): AgreementFromPackage {
  const checked = checkDraft(packageDraftOf(pkg.content, columnKeys(round)), round, proposals);
  if (!checked.ok)
    return { ok: false, message: checked.issues.map((issue) => issue.message).join(' '), issues: checked.issues, shortfalls: [], unapproved: [] };
  return agreementFromPackage(checked.pkg, proposals);
}

/**
 * The budget agreement made from a negotiation package: the package (it must balance and hold only proposals FU has
 * approved), who signs, the date, the introduction, the chapters' texts in order, and each initiative's decision
 * sentence as the domain words it, to be edited before confirming. Confirming adopts the package's proposals and
 * closes the round.
 */
export function PackageAgreementForm({
  round,
  meetings,
  packages,
  proposals,
}: {
  round: BudgetRound;
  meetings: MeetingView[];
  packages: PackageView[];
  proposals: WorkflowProposalView[];
}) {
  const negotiable = useMemo(() => negotiableProposals(proposals), [proposals]);
  const [meetingId, setMeetingId] = useState(meetings[0]?.id ?? '');
  const [packageId, setPackageId] = useState(packages.find((pkg) => pkg.balance.balanced)?.id ?? packages[0]?.id ?? '');
  const [parties, setParties] = useState('');
  const [members, setMembers] = useState('');
  const [date, setDate] = useState(round.dates?.rrAdoption ?? '');
  const [introduction, setIntroduction] = useState('');
  const [extraChapters, setExtraChapters] = useState<ChapterText[]>([]);
  const [texts, setTexts] = useState<Record<string, string>>({});
  const [sentences, setSentences] = useState<Record<string, string>>({});
  const [reviewing, setReviewing] = useState(false);
  const [problems, setProblems] = useState<Problems>({});
  const chosen = packages.find((pkg) => pkg.id === packageId);
  const plan = useMemo(() => (chosen ? planOf(chosen, round, negotiable) : undefined), [chosen, round, negotiable]);
  const packageChapters = plan?.ok ? plan.value.chapters : [];
  const chapters: ChapterText[] = [
    ...extraChapters,
    ...packageChapters.map((chapter) => ({ title: chapter.title, text: texts[chapter.title] ?? '', fromPackage: true })),
  ];
  const signatories = [
    ...linesOf(parties).map((name) => ({ kind: 'party' as const, name })),
    ...linesOf(members).map((name) => ({ kind: 'member' as const, name })),
  ];
  const generated = new Map(
    packageChapters.flatMap((chapter) => chapter.initiatives.map((initiative) => [initiative.key, initiative.decisionSentence] as const)),
  );

  const confirm = useWorkflowAction(
    () =>
      answer(
        workflow.POST('/meetings/{meetingId}/budget-agreement/from-package', {
          params: { path: { meetingId } },
          body: {
            packageId,
            packageVersion: chosen?.version,
            signatories,
            date,
            introduction: introduction.trim(),
            chapters: chapters.map((chapter) => ({ title: chapter.title.trim(), text: chapter.text.trim() })),
            decisionSentences: Object.entries(sentences)
              .filter(([key, sentence]) => generated.has(key) && sentence.trim() !== generated.get(key))
              .map(([initiativeKey, sentence]) => ({ initiativeKey, sentence: sentence.trim() })),
          },
        }),
      ),
    () => 'Budgetaftalen er bekræftet, og runden er afsluttet.',
  );
  const serverProblems: Problems = {};
  if (confirm.error instanceof ApiError) {
    for (const [field, path] of [
      ['underskrivere', 'signatories'],
      ['aftaledato', 'date'],
      ['indledning', 'introduction'],
      ['aftale-pakke', 'packageId'],
    ] as const) {
      const message = confirm.error.issuesFor(path)[0]?.message;
      if (message) serverProblems[field] = message;
    }
  }
  const shown = { ...serverProblems, ...problems };

  function review(event: FormEvent) {
    event.preventDefault();
    const found: Problems = {};
    if (!meetingId) found['aftale-moede'] = 'Opret først Regionsrådets møde.';
    if (!chosen) found['aftale-pakke'] = 'Vælg den pakke, der bliver budgetaftalen.';
    else if (plan && !plan.ok) found['aftale-pakke'] = plan.message;
    if (signatories.length === 0) found['underskrivere'] = 'Skriv aftalens parter, ét parti pr. linje (og medlemmer, der skriver under alene).';
    if (!isIsoDate(date)) found['aftaledato'] = 'Skriv aftalens dato, fx 24.09.2025.';
    extraChapters.forEach((chapter, index) => {
      if (!chapter.title.trim()) found[`kapitel-titel-${index}`] = `Kapitel nr. ${index + 1} mangler en titel.`;
    });
    setProblems(found);
    if (Object.keys(found).length === 0) setReviewing(true);
  }
  const moveExtra = (index: number, by: number) =>
    setExtraChapters((current) => {
      const next = [...current];
      const [moved] = next.splice(index, 1);
      if (moved) next.splice(Math.max(0, Math.min(next.length, index + by)), 0, moved);
      return next;
    });

  if (packages.length === 0) {
    return (
      <p>
        Runden har ingen forhandlingspakke endnu. Budgetaftalen laves af en pakke: <Link to="/forhandling">opret pakken under Forhandling</Link>.
      </p>
    );
  }
  const total = plan?.ok ? plan.value.balance.total : chosen?.balance.total;
  return (
    <form onSubmit={review} noValidate aria-label="Budgetaftalen af en pakke">
      <ErrorSummary problems={Object.entries(shown).map(([fieldId, message]) => ({ fieldId, message }))} />
      <Field id="aftale-moede" label="Regionsrådets møde" error={shown['aftale-moede']}>
        <select
          className="form-select select-fit"
          id="aftale-moede"
          value={meetingId}
          onChange={(event) => setMeetingId(event.target.value)}
          {...describedBy('aftale-moede', false, shown['aftale-moede'])}
        >
          {meetings.map((meeting) => (
            <option key={meeting.id} value={meeting.id}>
              {formatDate(meeting.date)}
              {meeting.title ? ` – ${meeting.title}` : ''}
            </option>
          ))}
        </select>
      </Field>
      <fieldset className={shown['aftale-pakke'] ? 'form-error' : undefined}>
        <legend className="form-label" id="aftale-pakke">
          Pakken, der bliver budgetaftalen
        </legend>
        {shown['aftale-pakke'] ? <span className="form-error-message">{shown['aftale-pakke']}</span> : null}
        {packages.map((pkg) => (
          <div className="form-group-radio" key={pkg.id}>
            <input
              type="radio"
              className="form-radio"
              name="aftale-pakke"
              id={`aftale-pakke-${pkg.id}`}
              checked={pkg.id === packageId}
              onChange={() => {
                setPackageId(pkg.id);
                setSentences({});
                setReviewing(false);
              }}
            />
            <label htmlFor={`aftale-pakke-${pkg.id}`}>
              {pkg.content.name} (version {pkg.version}): {pkg.balance.balanced ? 'balancerer' : 'balancerer ikke'}
            </label>{' '}
            <Link to={`/forhandling/${pkg.id}`}>Åbn {pkg.content.name}</Link>
          </div>
        ))}
      </fieldset>
      {plan && !plan.ok ? (
        <div className="alert alert-warning" role="status">
          <div className="alert-body">
            <p className="alert-text">{plan.message}</p>
          </div>
        </div>
      ) : null}
      {total ? (
        <YearLinesTable
          className="mt-4"
          caption={`Pakkens balance pr. år (${round.priceLevel}; mio. kr.)`}
          columns={total.map((column) => columnLabel(column.key))}
          lines={[
            { label: 'Finansiering i alt', amounts: total.map((column) => column.opening) },
            { label: 'Pakkens poster netto', amounts: total.map((column) => column.financed) },
            { label: 'Balance', amounts: total.map((column) => column.balance) },
          ]}
        />
      ) : null}
      <Field id="underskrivere" label="Aftalens parter" hint="Ét parti pr. linje, i aftalens rækkefølge." error={shown['underskrivere']}>
        <textarea
          className="form-input"
          id="underskrivere"
          rows={4}
          value={parties}
          onChange={(event) => setParties(event.target.value)}
          {...describedBy('underskrivere', true, shown['underskrivere'])}
        />
      </Field>
      <Field id="medlemmer" label="Medlemmer, der skriver under alene (løsgængere)" hint="Ét navn pr. linje; tom, hvis ingen.">
        <textarea
          className="form-input"
          id="medlemmer"
          rows={2}
          value={members}
          onChange={(event) => setMembers(event.target.value)}
          aria-describedby="medlemmer-hint"
        />
      </Field>
      <Field id="aftaledato" label="Aftalens dato" error={shown['aftaledato']}>
        <input
          className="form-input input-width-s"
          id="aftaledato"
          type="date"
          value={date}
          onChange={(event) => setDate(event.target.value)}
          {...describedBy('aftaledato', false, shown['aftaledato'])}
        />
      </Field>
      <Field id="indledning" label="Aftalens indledning" error={shown['indledning']}>
        <textarea
          className="form-input"
          id="indledning"
          rows={4}
          maxLength={AGREEMENT_LIMITS.introductionCharacters}
          value={introduction}
          onChange={(event) => setIntroduction(event.target.value)}
          {...describedBy('indledning', false, shown['indledning'])}
        />
      </Field>
      <h3>Kapitler</h3>
      <p>Pakkens kapitler følger initiativerne. Kapitler med tekst alene (fx «Det økonomiske grundlag») står før dem.</p>
      {extraChapters.map((chapter, index) => (
        <fieldset key={index} className="package-part">
          <legend className="h4">Kapitel {index + 1} (kun tekst)</legend>
          <Field id={`kapitel-titel-${index}`} label="Kapitlets titel" error={shown[`kapitel-titel-${index}`]}>
            <input
              className="form-input"
              id={`kapitel-titel-${index}`}
              maxLength={AGREEMENT_LIMITS.chapterTitleCharacters}
              value={chapter.title}
              onChange={(event) => setExtraChapters((current) => current.map((item, at) => (at === index ? { ...item, title: event.target.value } : item)))}
              {...describedBy(`kapitel-titel-${index}`, false, shown[`kapitel-titel-${index}`])}
            />
          </Field>
          <Field id={`kapitel-tekst-${index}`} label={`Tekst til kapitel ${index + 1}`}>
            <textarea
              className="form-input"
              id={`kapitel-tekst-${index}`}
              rows={3}
              maxLength={AGREEMENT_LIMITS.chapterTextCharacters}
              value={chapter.text}
              onChange={(event) => setExtraChapters((current) => current.map((item, at) => (at === index ? { ...item, text: event.target.value } : item)))}
            />
          </Field>
          {index > 0 ? (
            <button type="button" className="button button-tertiary" onClick={() => moveExtra(index, -1)}>
              Flyt kapitel {index + 1} op
            </button>
          ) : null}
          <button type="button" className="button button-tertiary" onClick={() => setExtraChapters((current) => current.filter((_, at) => at !== index))}>
            Fjern kapitel {index + 1}
          </button>
        </fieldset>
      ))}
      <button
        type="button"
        className="button button-secondary"
        onClick={() => setExtraChapters((current) => [...current, { title: '', text: '', fromPackage: false }])}
      >
        Tilføj kapitel med tekst
      </button>
      {packageChapters.map((chapter, chapterIndex) => (
        <fieldset key={chapter.title} className="package-part">
          <legend className="h4">Kapitel: {chapter.title}</legend>
          <Field id={`pakke-kapitel-${chapterIndex}`} label={`Tekst til kapitlet «${chapter.title}»`}>
            <textarea
              className="form-input"
              id={`pakke-kapitel-${chapterIndex}`}
              rows={3}
              maxLength={AGREEMENT_LIMITS.chapterTextCharacters}
              value={texts[chapter.title] ?? ''}
              onChange={(event) => setTexts((current) => ({ ...current, [chapter.title]: event.target.value }))}
            />
          </Field>
          {chapter.initiatives.map((initiative) => (
            <Field
              key={initiative.key}
              id={`saetning-${initiative.key}`}
              label={`Beslutningssætning: ${initiative.title}`}
              hint="Dannet af beløbene efter aftalens ordlyd; ret den, hvis parterne har skrevet den anderledes."
            >
              <textarea
                className="form-input"
                id={`saetning-${initiative.key}`}
                rows={3}
                maxLength={AGREEMENT_LIMITS.decisionSentenceCharacters}
                value={sentences[initiative.key] ?? initiative.decisionSentence}
                onChange={(event) => setSentences((current) => ({ ...current, [initiative.key]: event.target.value }))}
                aria-describedby={`saetning-${initiative.key}-hint`}
              />
            </Field>
          ))}
        </fieldset>
      ))}
      {!reviewing ? (
        <button type="submit" className="button button-primary mt-6">
          Gennemse aftalen
        </button>
      ) : (
        <div className="alert alert-warning mt-6" role="region" aria-label="Bekræft budgetaftalen">
          <div className="alert-body">
            <p className="alert-heading">Bekræft budgetaftalen</p>
            <p className="alert-text">
              Aftalen mellem {signatories.map((signatory) => signatory.name).join(', ')} bygger på «{chosen?.content.name}» og vedtager{' '}
              {plan?.ok ? plan.value.adoptions.length : 0} forslag
              {plan?.ok && plan.value.adoptions.some((adoption) => adoption.outcome === 'adopted_with_changes')
                ? ` (${plan.value.adoptions.filter((adoption) => adoption.outcome === 'adopted_with_changes').length} med pakkens ændrede beløb)`
                : ''}{' '}
              og {packageChapters.reduce((sum, chapter) => sum + chapter.initiatives.length, 0)} nye initiativer. Den afslutter runden: forslag, der ikke er
              med, bliver ikke vedtaget eller bortfalder. Det kan ikke gøres om.
            </p>
            {confirm.error instanceof ApiError && Object.keys(serverProblems).length === 0 ? (
              <ProblemAlert error={confirm.error} heading="Budgetaftalen blev ikke registreret" />
            ) : null}
            <button type="button" className="button button-primary" disabled={confirm.isPending} onClick={() => confirm.mutate()}>
              Bekræft budgetaftalen
            </button>{' '}
            <button type="button" className="button button-tertiary" onClick={() => setReviewing(false)}>
              Ret aftalen
            </button>
          </div>
        </div>
      )}
    </form>
  );
}
