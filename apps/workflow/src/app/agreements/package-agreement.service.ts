import { AgreementChapter, AgreementDocument, AgreementInitiative } from '@budgetflow/contracts';
import {
  AgreementChapterDraft,
  AgreementInitiativeDraft,
  AgreementPlan,
  ValidationIssue,
  agreementFromPackage,
  cleanText,
  isIsoDate,
  joinDanish,
  nameKey,
  quote,
} from '@budgetflow/domain';
import { OutboxRelay } from '@budgetflow/messaging';
import { AuthenticatedUser, ProblemException, RequestContext, invalidInput } from '@budgetflow/platform';
import { Injectable } from '@nestjs/common';
import { negotiableProposals } from '../packages/negotiation-context';
import { packageNotFound, requireNegotiator } from '../packages/package-access';
import { StoredPackage } from '../store/stored-package';
import { StoredProposal } from '../store/stored-proposal';
import { RoundTableDecision, WorkflowStore } from '../store/workflow-transaction';
import { Adoption, asAgreementExists, checkAdoptions, lockForAgreement, recordAgreement } from './agreement-closing';
import { PackageAgreementDto } from './package-agreement.dto';

/**
 * The budget agreement made from a negotiation package, as RR's secretariat confirms it, in one transaction that
 * closes the round. The domain's agreementFromPackage decides: a package that does not balance, or that holds a
 * proposal FU has not approved, is refused (409, every reason at once). Otherwise its proposals are adopted (as in
 * force, or with the package's amounts: RR's decision with the amended table beside the original), its initiatives
 * become the agreement's appropriations by chapter with their decision sentences (as generated, or as edited in the
 * request), every other proposal the workflow holds is settled, and agreement.adopted.v2 carries the document.
 */
@Injectable()
export class PackageAgreementService {
  constructor(
    private readonly store: WorkflowStore,
    private readonly relay: OutboxRelay,
  ) {}

  /** Records the agreement; returns its id. */
  async adopt(user: AuthenticatedUser, meetingId: string, dto: PackageAgreementDto, request: RequestContext): Promise<string> {
    // Packages are confidential: to anyone but a negotiator the package does not exist; the budget office keeps them but RR confirms.
    requireNegotiator(user.actor, dto.packageId);
    if (user.actor.role !== 'rr_secretariat')
      throw ProblemException.forbidden('workflow.wrong_role', 'Budgetaftalen bekræftes af RR-sekretariatet for Regionsrådet.');
    const typed = readRequest(dto);
    const id = await this.store
      .transaction(async (tx) => {
        const scene = await lockForAgreement(tx, meetingId);
        const pkg = await tx.lockPackage(dto.packageId);
        if (!pkg || pkg.roundId !== scene.meeting.roundId) throw packageNotFound(dto.packageId, ' i mødets budgetrunde');
        if (dto.packageVersion !== undefined && dto.packageVersion !== pkg.version)
          throw ProblemException.conflict(
            'package.version_conflict',
            `Pakken ${quote(pkg.content.name)} er gemt igen, siden version ${dto.packageVersion} blev gennemset; den aktuelle version er ${pkg.version}. Gennemse aftalen igen.`,
          );
        const plan = planOf(pkg, scene.inRound, await tx.tableDecisionsOf(pkg.roundId));
        const byId = new Map(scene.inRound.map((proposal) => [proposal.id, proposal]));
        const adoptions: Adoption[] = plan.adoptions.map((adoption) => ({
          proposal: byId.get(adoption.proposalId) as StoredProposal,
          outcome: adoption.outcome,
          amendedTable: adoption.amendedTable,
        }));
        checkAdoptions(adoptions, user);
        const document: AgreementDocument = {
          signatories: typed.signatories,
          date: dto.date,
          introduction: typed.introduction,
          chapters: chaptersOf(plan.chapters, typed),
          proposalIds: adoptions.map(({ proposal }) => proposal.id),
          packageName: pkg.content.name,
        };
        const signed = `budgetaftalen af ${dto.date} mellem ${joinDanish(typed.signatories.map((signatory) => signatory.name))}`;
        const decisionText = typed.text || `Vedtaget med ${signed}.`;
        const changedDecisionText = typed.text
          ? `${typed.text} Beløbene er ændret med forhandlingspakken ${quote(pkg.content.name)}.`
          : `Vedtaget med ændringer med ${signed}: beløbene fra forhandlingspakken ${quote(pkg.content.name)}.`;
        const act = { document, decisionText, changedDecisionText, packageId: pkg.id, packageVersion: pkg.version };
        return recordAgreement(tx, user, scene, act, adoptions, request);
      })
      .catch(asAgreementExists);
    this.relay.nudge();
    return id;
  }
}

/** The request read: trimmed texts, and every problem at once with its field. */
interface TypedAgreement {
  signatories: AgreementDocument['signatories'];
  introduction: string;
  chapters: { title: string; text: string }[];
  sentences: Map<string, { sentence: string; index: number }>;
  text: string;
}

function readRequest(dto: PackageAgreementDto): TypedAgreement {
  const issues: ValidationIssue[] = [];
  const signatories = dto.signatories.map((signatory, index) => {
    const name = cleanText(signatory.name);
    if (!name)
      issues.push({ code: 'agreement.signatory_empty', path: `signatories[${index}].name`, message: `Underskriver nr. ${index + 1} skal have et navn.` });
    return { kind: signatory.kind, name };
  });
  if (!isIsoDate(dto.date))
    issues.push({ code: 'agreement.date_invalid', path: 'date', message: `Aftalens dato ${quote(dto.date)} skal være en gyldig dato på formen ÅÅÅÅ-MM-DD.` });
  const seenChapters = new Set<string>();
  const chapters = (dto.chapters ?? []).map((chapter, index) => {
    const title = cleanText(chapter.title);
    if (!title)
      issues.push({ code: 'agreement.chapter_title_empty', path: `chapters[${index}].title`, message: `Kapitel nr. ${index + 1} skal have en titel.` });
    else if (seenChapters.has(nameKey(title)))
      issues.push({ code: 'agreement.chapter_duplicate', path: `chapters[${index}].title`, message: `Kapitlet ${quote(title)} står flere gange.` });
    seenChapters.add(nameKey(title));
    return { title, text: chapter.text.trim() };
  });
  const sentences = new Map<string, { sentence: string; index: number }>();
  (dto.decisionSentences ?? []).forEach((entry, index) => {
    const sentence = cleanText(entry.sentence);
    if (!sentence)
      issues.push({ code: 'agreement.sentence_empty', path: `decisionSentences[${index}].sentence`, message: 'Beslutningssætningen må ikke være tom.' });
    if (sentences.has(entry.initiativeKey))
      issues.push({
        code: 'agreement.sentence_duplicate',
        path: `decisionSentences[${index}].initiativeKey`,
        message: `Initiativet ${quote(entry.initiativeKey)} har allerede en beslutningssætning.`,
      });
    sentences.set(entry.initiativeKey, { sentence, index });
  });
  if (issues.length > 0) throw invalidInput(issues);
  return { signatories, introduction: dto.introduction?.trim() ?? '', chapters, sentences, text: dto.text?.trim() ?? '' };
}

/** The domain's plan for the package, or its refusal: unbalanced first (the package must change), else unapproved proposals. */
function planOf(pkg: StoredPackage, inRound: readonly StoredProposal[], decisions: readonly RoundTableDecision[]): AgreementPlan {
  const result = agreementFromPackage(pkg.content, negotiableProposals(inRound, decisions));
  if (result.ok) return result.value;
  const code = result.shortfalls.length > 0 ? 'agreement.package_unbalanced' : 'agreement.proposal_not_approved';
  throw ProblemException.of(code, result.message, { errors: [...result.issues] });
}

/**
 * The agreement's chapters: those the request names, in its order and with its texts (a chapter of no initiative is
 * text only), then the package's other chapters in the package's order without text. Each initiative with its
 * decision sentence as edited in the request, else as the domain generated it.
 */
function chaptersOf(drafts: readonly AgreementChapterDraft[], typed: TypedAgreement): AgreementChapter[] {
  const keys = new Set(drafts.flatMap((draft) => draft.initiatives.map((initiative) => initiative.key)));
  const unknown = [...typed.sentences].filter(([key]) => !keys.has(key));
  if (unknown.length > 0)
    throw invalidInput(
      unknown.map(([key, { index }]) => ({
        code: 'agreement.sentence_unknown_initiative',
        path: `decisionSentences[${index}].initiativeKey`,
        message: `Pakken har intet initiativ med nøglen ${quote(key)}.`,
      })),
    );
  const byKey = new Map(drafts.map((draft) => [nameKey(draft.title), draft]));
  const named = typed.chapters.map((chapter) => ({
    title: chapter.title,
    text: chapter.text,
    initiatives: byKey.get(nameKey(chapter.title))?.initiatives ?? [],
  }));
  const namedKeys = new Set(typed.chapters.map((chapter) => nameKey(chapter.title)));
  const rest = drafts
    .filter((draft) => !namedKeys.has(nameKey(draft.title)))
    .map((draft) => ({ title: draft.title, text: '', initiatives: draft.initiatives }));
  return [...named, ...rest].map((chapter) => ({ ...chapter, initiatives: chapter.initiatives.map((draft) => initiativeOf(draft, typed)) }));
}

function initiativeOf(draft: AgreementInitiativeDraft, typed: TypedAgreement): AgreementInitiative {
  return {
    key: draft.key,
    title: draft.title,
    text: draft.text,
    amounts: draft.amounts,
    sourceName: draft.sourceName,
    committee: draft.committee,
    area: draft.area,
    decisionSentence: typed.sentences.get(draft.key)?.sentence ?? draft.decisionSentence,
    appendixLine: draft.appendixLine,
  };
}
