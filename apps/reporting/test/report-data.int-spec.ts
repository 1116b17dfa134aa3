import { budget2026Proposals, budget2026Round, validateProposal } from '@budgetflow/domain';
import { ReportingDatabase } from '@budgetflow/reporting/data-access';
import { testDatabaseUrl } from '@budgetflow/testing';
import { randomUUID } from 'node:crypto';
import { ReportDataService } from '../src/app/reports/report-data.service';
import { reportInputHash } from '../src/app/reports/report-input';

// A round's data is loaded once per data version: a poll of unchanged data asks only for the version.
describe('reporting: the round data remembered per data version', () => {
  const db = new ReportingDatabase(testDatabaseUrl('REPORTING_DATABASE_URL'));
  const service = new ReportDataService(db);
  const roundId = randomUUID();
  const proposalId = randomUUID();

  beforeAll(async () => {
    const validated = validateProposal({ ...budget2026Proposals[0] }, budget2026Round);
    if (!validated.ok) throw new Error('the demo proposal is not valid');
    await db.reportRound.create({ data: { id: roundId, definition: budget2026Round as object, dataVersion: 1 } });
    await db.reportProposal.create({
      data: { id: proposalId, roundId, content: validated.value as object, state: 'submitted', stateSequence: 2, decisions: [] },
    });
  });
  afterAll(async () => {
    await db.reportProposal.deleteMany({ where: { roundId } });
    await db.reportRound.delete({ where: { id: roundId } });
    await db.$disconnect();
  });

  it('gives the same frozen data while the version lasts, and the changed data once the version counts up', async () => {
    const first = await service.load(roundId);
    expect(first.proposals.map((proposal) => proposal.state)).toEqual(['submitted']);
    expect(await service.load(roundId)).toBe(first);
    expect(Object.isFrozen(first.proposals[0])).toBe(true);
    const hashBefore = reportInputHash('rammeopfoelgning', first, null);

    // As the read model applies an event: the row and the round's data version in one transaction.
    await db.$transaction([
      db.reportProposal.update({ where: { id: proposalId }, data: { state: 'on_fu_agenda', stateSequence: 3 } }),
      db.reportRound.update({ where: { id: roundId }, data: { dataVersion: { increment: 1 } } }),
    ]);
    const second = await service.load(roundId);
    expect(second).not.toBe(first);
    expect(second.dataVersion).toBe(first.dataVersion + 1);
    expect(second.proposals.map((proposal) => proposal.state)).toEqual(['on_fu_agenda']);
    expect(reportInputHash('rammeopfoelgning', second, null)).not.toBe(hashBefore);
    // The remembered hash is the one a fresh computation gives for equal data.
    expect(reportInputHash('rammeopfoelgning', second, null)).toBe(reportInputHash('rammeopfoelgning', { ...second }, null));
  });

  it('still refuses an unknown round', async () => {
    await expect(service.load(randomUUID())).rejects.toMatchObject({ status: 404 });
  });
});
