import { aRowInput, aTable, aTableInput, aTableOf, cellsOf, typedCells } from '../testing/proposal.builder';
import { aRound } from '../testing/round.builder';
import { aDecisionInput, anAmendedTableInput } from '../testing/workflow.builder';
import { ValidationIssue } from '../validation/validation-issue';
import { bodyOfOutcome, Decision, decisionAction, DecisionInput, DECISION_OUTCOMES, isDecisionOutcome, validateDecision } from './decision';
import { effectiveTable } from './effective-table';
import { applyAction } from './workflow-rules';
import { fuSecretariat, rrSecretariat } from '../testing/workflow.builder';

const round = aRound();

function codesAndPaths(input: DecisionInput): [string, string][] {
  const result = validateDecision(input, round);
  return result.ok ? [] : result.issues.map(({ code, path }: ValidationIssue) => [code, path]);
}

describe('validateDecision', () => {
  it('returns the decision, trimmed', () => {
    expect(validateDecision(aDecisionInput({ agendaItem: '  ', text: ' Godkendt. ' }), round)).toEqual({
      ok: true,
      value: { body: 'FU', outcome: 'approved', meetingDate: '2025-05-19', agendaItem: null, text: 'Godkendt.', amendedTable: null },
    });
  });

  it('parses an amended table with the proposal table rules', () => {
    const result = validateDecision(aDecisionInput({ outcome: 'approved_with_changes', amendedTable: anAmendedTableInput() }), round);
    expect(result.ok && result.value.amendedTable).toEqual(aTableOf(-500, -500, -500, -500));
  });

  it.each<[string, Partial<DecisionInput>, [string, string][]]>([
    ['an unknown body', { body: 'SU' }, [['decision.body_invalid', 'body']]],
    ['an RR outcome for FU', { outcome: 'adopted' }, [['decision.outcome_invalid', 'outcome']]],
    ['an FU outcome for RR', { body: 'RR', outcome: 'approved' }, [['decision.outcome_invalid', 'outcome']]],
    ['a bad meeting date', { meetingDate: '19. maj 2025' }, [['decision.meeting_date_invalid', 'meetingDate']]],
    ['no decision text', { text: ' ' }, [['decision.text_empty', 'text']]],
    ['changes without a table', { outcome: 'approved_with_changes' }, [['decision.amended_table_required', 'amendedTable']]],
    ['a table without changes', { amendedTable: anAmendedTableInput() }, [['decision.amended_table_not_allowed', 'amendedTable']]],
    [
      'an invalid amended table, with paths under amendedTable',
      { body: 'RR', outcome: 'adopted_with_changes', amendedTable: aTableInput(aRowInput({ cells: { ...typedCells('1.5', '-', '-', '-'), '2029': '1' } })) },
      [
        ['table.cell_invalid', 'amendedTable.rows[0].cells.2026'],
        ['table.unknown_column', 'amendedTable.rows[0].cells.2029'],
      ],
    ],
  ])('reports %s', (_why, overrides, expected) => {
    expect(codesAndPaths(aDecisionInput(overrides))).toEqual(expected);
  });

  it('maps every outcome to the workflow action that records it, and that action accepts the decision', () => {
    const actions = Object.values(DECISION_OUTCOMES)
      .flat()
      .map((outcome) => decisionAction({ outcome }));
    expect(actions).toEqual([
      'fu_approve',
      'fu_approve_with_changes',
      'fu_reject',
      'fu_postpone',
      'fu_return_to_committee',
      'rr_adopt',
      'rr_adopt_with_changes',
      'rr_not_adopt',
    ]);
    for (const outcome of DECISION_OUTCOMES.FU) {
      const amendedTable = outcome.endsWith('_with_changes') ? aTable() : null;
      expect(applyAction({ state: 'on_fu_agenda', committee: 'SU' }, decisionAction({ outcome }), fuSecretariat(), { amendedTable }).ok).toBe(true);
    }
    for (const outcome of DECISION_OUTCOMES.RR) {
      const amendedTable = outcome.endsWith('_with_changes') ? aTable() : null;
      expect(applyAction({ state: 'approved_by_fu', committee: 'SU' }, decisionAction({ outcome }), rrSecretariat(), { amendedTable }).ok).toBe(true);
    }
  });
});

describe('isDecisionOutcome and bodyOfOutcome', () => {
  it('know every outcome and the body it belongs to', () => {
    for (const body of ['FU', 'RR'] as const) {
      for (const outcome of DECISION_OUTCOMES[body]) {
        expect(isDecisionOutcome(outcome)).toBe(true);
        expect(bodyOfOutcome(outcome)).toBe(body);
      }
    }
  });

  it('refuses what is no outcome', () => {
    expect(isDecisionOutcome('submit')).toBe(false);
    expect(isDecisionOutcome(undefined)).toBe(false);
  });
});

describe('effectiveTable', () => {
  const original = aTableOf(-1000, -1000, -1000, -1000);
  const fuTable = aTableOf(-800, -800, -800, -800);
  const rrTable = aTableOf(-500, -500, -500, -500);
  function decision(meetingDate: string, amendedTable: Decision['amendedTable']): Pick<Decision, 'meetingDate' | 'amendedTable'> {
    return { meetingDate, amendedTable };
  }

  it('is the original without amended decisions', () => {
    expect(effectiveTable(original, [])).toBe(original);
    expect(effectiveTable(original, [decision('2025-05-19', null)])).toBe(original);
  });

  it('is the latest amended table', () => {
    expect(effectiveTable(original, [decision('2025-05-19', fuTable), decision('2025-09-24', rrTable)])).toBe(rrTable);
  });

  it('goes by meeting date, not list order', () => {
    expect(effectiveTable(original, [decision('2025-09-24', rrTable), decision('2025-05-19', fuTable)])).toBe(rrTable);
  });

  it('lets a plain later decision keep the earlier amendment', () => {
    expect(effectiveTable(original, [decision('2025-05-19', fuTable), decision('2025-09-24', null)])).toBe(fuTable);
  });

  it('takes the later entry on the same date', () => {
    expect(effectiveTable(original, [decision('2025-05-19', fuTable), decision('2025-05-19', rrTable)])).toBe(rrTable);
  });

  it('never changes the original', () => {
    const before = JSON.stringify(original);
    effectiveTable(original, [decision('2025-05-19', fuTable)]);
    expect(JSON.stringify(original)).toBe(before);
    expect(original.rows[0]?.cells).toEqual(cellsOf(-1000, -1000, -1000, -1000));
  });
});
