import type { BudgetAgreementView } from '../api/views';
import { formatDate } from '../routing/MeetingAgenda';

/** The confirmed agreement as the document the parties signed: who, when, the introduction, the chapters and decisions. */
export function AgreementDocument({ agreement }: { agreement: BudgetAgreementView }) {
  const { document } = agreement;
  const members = document.signatories.filter((signatory) => signatory.kind === 'member').map((signatory) => signatory.name);
  return (
    <section aria-labelledby="aftalen" className="mt-7">
      <h2 id="aftalen">Budgetaftalen</h2>
      <p>
        Indgået {formatDate(agreement.date)} mellem {agreement.parties.join(', ')}
        {members.length > 0 ? ` og ${members.join(', ')}` : ''}
        {document.packageName ? ` på grundlag af «${document.packageName}»` : ''}. Runden er afsluttet.
      </p>
      {document.introduction ? <p>{document.introduction}</p> : null}
      {document.chapters.map((chapter) => (
        <div key={chapter.title}>
          <h3>{chapter.title}</h3>
          {chapter.text ? <p>{chapter.text}</p> : null}
          {chapter.initiatives.map((initiative) => (
            <div key={initiative.key}>
              <h4>{initiative.title}</h4>
              {initiative.text ? <p>{initiative.text}</p> : null}
              <p>
                <strong>{initiative.decisionSentence}</strong>
              </p>
            </div>
          ))}
        </div>
      ))}
      <p>
        Aftalen vedtog: {agreement.decisions.map((decision) => decision.reference).join(', ')}. {agreement.text}
      </p>
      <p>Aftalen og dens bilag (nye bevillinger, vedtagne forslag og udmøntning) ligger under Bilag.</p>
    </section>
  );
}
