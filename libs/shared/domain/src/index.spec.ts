import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as domain from './index';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  // Import statements and require calls only, not the word "from" in comments or texts.
  return [...text.matchAll(/(?:\bfrom\s+|^import\s+)(['"])([^'"]+)\1;|\brequire\((['"])([^'"]+)\3\)/gm)].map((match) => (match[2] ?? match[4]) as string);
}

describe('@budgetflow/domain public API', () => {
  it('exports exactly these runtime values', () => {
    expect(Object.keys(domain).sort()).toEqual(
      [
        'CLOSING_REASONS',
        'closingStep',
        'isNewerState',
        'COMMITTEE_ACTIONS',
        'FRAME_STATE_GROUPS',
        'UNCOUNTED_STATES',
        'sumOfStates',
        'decisionInForce',
        'amountInForce',
        'tableInForce',
        'DANISH_TIME_ZONE',
        'danishDateTime',
        'danishIsoDate',
        'danishLongDate',
        'danishLongDateTime',
        'danishTime',
        'holderOf',
        'isFinalState',
        'mayReadProposal',
        'readableDraftsOf',
        'PRINTABLE_RANGES',
        'checkText',
        'cleanText',
        'isPrintableCodePoint',
        'joinDanish',
        'normalizeText',
        'textProblem',
        'quote',
        'excerpt',
        'MAX_EXCERPT_CHARACTERS',
        'csvTextField',
        'spreadsheetText',
        'PROPOSAL_LIMITS',
        'AGREEMENT_LIMITS',
        'NEGOTIATORS',
        'mayNegotiate',
        'ACTIONS_NEEDING_AMENDED_TABLE',
        'ACTIONS_NEEDING_REMARK',
        'AREA_LABEL',
        'COMMITTEE_KINDS',
        'COMMITTEE_KIND_LABELS',
        'COUNTED_STATES',
        'DECISION_BODY_LABELS',
        'DECISION_OUTCOMES',
        'DECISION_OUTCOME_LABELS',
        'EMPTY_CELL_TEXT',
        'MAX_AMOUNT',
        'MAX_TITLE_LENGTH',
        'MAX_YEAR_COLUMNS',
        'NO_CONSEQUENCE',
        'PERMANENT',
        'PERMANENT_LABEL',
        'PROPOSAL_KINDS',
        'PROPOSAL_KIND_LABELS',
        'PROPOSAL_STATES',
        'PROPOSAL_STATE_LABELS',
        'ROLES',
        'ROLE_LABELS',
        'ROUND_DATE_LABELS',
        'ROUND_DATE_ORDER',
        'ROW_CATEGORIES',
        'ROW_CATEGORY_LABELS',
        'SECTION_KINDS',
        'SECTION_KIND_LABELS',
        'TABLE_SUM_LABEL',
        'THOUSANDS_PER_MIO',
        'WORKFLOW_ACTIONS',
        'WORKFLOW_ACTION_LABELS',
        'WORKFLOW_TRANSITIONS',
        'YEAR_TABLE_LABELS',
        'addAmounts',
        'allowedActions',
        'applyAction',
        'budget2026Proposals',
        'budget2026Round',
        'categoryTotals',
        'columnKeys',
        'decideImport',
        'columnLabel',
        'columnTotal',
        'decisionAction',
        'describeActor',
        'actorDisplayText',
        'roleOnRecord',
        'lapseReason',
        'bodyOfOutcome',
        'isDecisionOutcome',
        'describeAmounts',
        'effectiveTable',
        'fagudvalg',
        'findCommittee',
        'formatAmount',
        'formatMio',
        'formatProposalReference',
        'nextProposalReferences',
        'frameStatus',
        'isAmount',
        'isAmountInRange',
        'isIsoDate',
        'isProposalState',
        'isWorkflowAction',
        'negate',
        'parseAmount',
        'parseAmountOrThrow',
        'parseProposalReference',
        'readPastedAmounts',
        'roundColumns',
        'splitPastedBlock',
        'subtract',
        'sumAmounts',
        'sumOptionalAmounts',
        'tableHeading',
        'tableTotals',
        'validateConsequenceTable',
        'validateDecision',
        'validateProposal',
        'validateRound',
        'yearColumnKey',
        'yearTable',
        'INCLUDABLE_STATES',
        'RAADERUM_KEY',
        'RAADERUM_NAME',
        'sourceHeading',
        'PACKAGE_LIMITS',
        'PUBLICATION_LIMITS',
        'PUBLISHERS',
        'mayPublish',
        'validatePublication',
        'validatePackage',
        'sameTable',
        'initiativeItemKey',
        'isChangedByPackage',
        'packageItems',
        'proposalItemKey',
        'BALANCED_MESSAGE',
        'balanceOf',
        'packageBalance',
        'comparePackages',
        'DECISION_SENTENCE_OPENING',
        'agreementAmounts',
        'appendixLine',
        'decisionSentence',
        'purposeOf',
        'agreementFromPackage',
        'describePackageChanges',
        'nameKey',
      ].sort(),
    );
  });

  it('imports nothing but its own files at runtime (fast-check only in tests and test support)', () => {
    const foreign = sourceFiles(__dirname).flatMap((file) => {
      const testOnly = file.endsWith('.spec.ts') || relative(__dirname, file).startsWith('testing');
      return importsOf(file)
        .filter((specifier) => !specifier.startsWith('.'))
        .filter((specifier) => !(testOnly && (specifier === 'fast-check' || specifier.startsWith('node:'))))
        .map((specifier) => `${relative(__dirname, file)}: ${specifier}`);
    });
    expect(foreign).toEqual([]);
  });

  it('never lets the runtime code import test support', () => {
    const leaks = sourceFiles(__dirname)
      .filter((file) => !file.endsWith('.spec.ts') && !relative(__dirname, file).startsWith('testing'))
      .filter((file) => importsOf(file).some((specifier) => specifier.includes('testing/')));
    expect(leaks).toEqual([]);
  });
});
