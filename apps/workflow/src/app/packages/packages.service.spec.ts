import { Actor, InitiativeInput, PackageInput, budget2026Round } from '@budgetflow/domain';
import { AuthenticatedUser } from '@budgetflow/platform';
import { demoSnapshot } from '../store/testing/demo-snapshot';
import { InMemoryWorkflowStore } from '../store/testing/in-memory-workflow-store';
import { problemDetailsOf, problemOf } from '../testing/problem-of';
import { PackageReadsService } from './package-reads.service';
import { PackagesService } from './packages.service';

const ROUND = '11111111-1111-4111-8111-111111111111';
const user = (actor: Actor, name: string): AuthenticatedUser => ({ id: `${actor.role}-1`, name, actor });
const office = user({ role: 'budget_office' }, 'Karen Holm');
const rr = user({ role: 'rr_secretariat' }, 'Rikke Rasmussen');
const outsiders = [
  user({ role: 'reader' }, 'Lars Eriksen'),
  user({ role: 'fu_secretariat' }, 'Frederik Underbjerg'),
  user({ role: 'committee_secretariat', committee: 'SU' }, 'Søren Ulriksen'),
];
const every = (text: string) => ({ '2026': text, '2027': text, '2028': text, permanent: text });

/** B26-SU-01 (−10,0 every year, approved by FU) and a reserve for medicine of 3,0 in 2026–2027 from the råderum. */
const medicine: InitiativeInput = {
  key: 'medicin',
  chapter: 'Hospitaler',
  title: 'Reserve til medicinudgifter',
  amounts: { '2026': '3,0', '2027': '3,0', '2028': '-', permanent: '-' },
  area: 'Hospitaler',
};
const balanced: PackageInput = {
  name: 'Forhandlingsoplæg 1',
  raaderum: every('0'),
  proposals: [{ proposalId: demoSnapshot(ROUND, 0, 'approved_by_fu', 4).proposalId }],
  initiatives: [medicine],
};

describe('negotiation packages (unit, in-memory store)', () => {
  let store: InMemoryWorkflowStore;
  let packages: PackagesService;
  let reads: PackageReadsService;

  beforeEach(() => {
    store = new InMemoryWorkflowStore();
    store.addRound(ROUND, budget2026Round);
    store.addProposal(demoSnapshot(ROUND, 0, 'approved_by_fu', 4));
    store.addProposal(demoSnapshot(ROUND, 1, 'approved_by_fu', 4));
    packages = new PackagesService(store);
    reads = new PackageReadsService(store);
  });

  it('creates a package with its balance by the domain, its first history line, and no event', async () => {
    const created = await packages.create(office, ROUND, balanced);
    expect(created).toMatchObject({ roundId: ROUND, version: 1, createdBy: { id: 'budget_office-1', name: 'Karen Holm', role: 'budget_office' } });
    expect(created.content.initiatives[0]?.amounts).toEqual({ '2026': 3000, '2027': 3000, '2028': null, permanent: null });
    expect(created.balance.balanced).toBe(true);
    expect(created.balance.sources[0]?.columns.map((column) => column.balance)).toEqual([7000, 7000, 10000, 10000]);
    expect(await reads.history(rr, created.id)).toEqual([expect.objectContaining({ version: 1, action: 'created', changes: [], copiedFrom: null })]);
    expect(await reads.list(rr, ROUND)).toEqual([created]);
    expect(store.tables.outbox).toEqual([]);
  });

  it('refuses a package the domain refuses, naming each field, and stores nothing', async () => {
    const refusal = await problemDetailsOf(packages.create(office, ROUND, { ...balanced, initiatives: [{ ...medicine, amounts: every('tre') }] }));
    expect(refusal).toMatchObject({ status: 400, code: 'request.invalid' });
    expect(refusal.errors?.map((error) => error.path)).toEqual(expect.arrayContaining(['initiatives[0].amounts.2026']));
    expect(store.tables.packages.size).toBe(0);
  });

  it('is confidential: a reader, FU and a committee are told no package exists (404), not that they may not see it', async () => {
    const created = await packages.create(office, ROUND, balanced);
    for (const outsider of outsiders) {
      const notFound = { status: 404, code: 'package.not_found' };
      expect(await problemOf(reads.get(outsider, created.id))).toEqual(notFound);
      expect(await problemOf(reads.list(outsider, ROUND))).toEqual(notFound);
      expect(await problemOf(reads.history(outsider, created.id))).toEqual(notFound);
      expect(await problemOf(packages.create(outsider, ROUND, balanced))).toEqual(notFound);
      expect(await problemOf(packages.update(outsider, created.id, balanced, 1))).toEqual(notFound);
      expect(await problemOf(packages.copy(outsider, created.id, {}))).toEqual(notFound);
    }
  });

  it('saves on the current version, and refuses a save on an older one with who saved since and what changed', async () => {
    const created = await packages.create(office, ROUND, balanced);
    const second = await packages.update(
      rr,
      created.id,
      { ...balanced, proposals: [...(balanced.proposals ?? []), { proposalId: demoSnapshot(ROUND, 1, 'approved_by_fu', 4).proposalId }] },
      1,
    );
    expect([second.version, second.updatedBy.name, second.createdBy.name]).toEqual([2, 'Rikke Rasmussen', 'Karen Holm']);

    const refusal = await problemDetailsOf(packages.update(office, created.id, { ...balanced, name: 'Karens oplæg' }, 1));
    expect(refusal).toMatchObject({ status: 409, code: 'package.version_conflict' });
    expect(refusal.detail).toMatch(/gemt af Rikke Rasmussen, siden du hentede version 1; den aktuelle version er 2/);
    expect(refusal.errors).toEqual([{ code: 'package.changed_since', path: 'version', message: 'Forslaget B26-SU-02 er taget med.' }]);
    expect((await reads.get(office, created.id)).content.name).toBe('Forhandlingsoplæg 1');

    expect(await reads.history(office, created.id)).toEqual([
      expect.objectContaining({ version: 1, action: 'created' }),
      expect.objectContaining({
        version: 2,
        action: 'updated',
        changes: ['Forslaget B26-SU-02 er taget med.'],
        actor: expect.objectContaining({ name: 'Rikke Rasmussen' }),
      }),
    ]);
    expect(store.tables.outbox).toEqual([]);
  });

  it('copies a package under a new name, keeping the initiatives’ keys, and compares the two', async () => {
    const created = await packages.create(office, ROUND, balanced);
    const copy = await packages.copy(rr, created.id, {});
    expect([copy.id === created.id, copy.version, copy.content.name]).toEqual([false, 1, 'Kopi af Forhandlingsoplæg 1']);
    expect(await reads.history(rr, copy.id)).toEqual([expect.objectContaining({ version: 1, action: 'copied', copiedFrom: created.id })]);
    const changed = await packages.update(rr, copy.id, { ...balanced, name: 'Forhandlingsoplæg 2', initiatives: [{ ...medicine, amounts: every('12,0') }] }, 1);
    expect(changed.balance.message).toBe(
      'Pakken balancerer ikke: råderummet er overskredet med 2,0 mio. kr. i 2026, 2,0 mio. kr. i 2027, 2,0 mio. kr. i 2028 og 2,0 mio. kr. varigt.',
    );

    const comparison = await reads.compare(office, ROUND, [created.id, copy.id]);
    expect(comparison.packages.map((compared) => [compared.id, compared.name, compared.balanced])).toEqual([
      [created.id, 'Forhandlingsoplæg 1', true],
      [copy.id, 'Forhandlingsoplæg 2', false],
    ]);
    expect(comparison.items.find((item) => item.key === 'initiative:medicin')).toMatchObject({
      differences: ['amounts'],
      differingColumns: ['2026', '2027', '2028', 'permanent'],
    });
    expect(await problemOf(reads.compare(office, ROUND, [created.id, created.id]))).toEqual({ status: 400, code: 'request.invalid' });
  });

  it('answers an unknown round or package with 404, and refuses changes once the agreement has closed the round', async () => {
    expect(await problemOf(packages.create(office, '22222222-2222-4222-8222-222222222222', balanced))).toEqual({ status: 404, code: 'round.not_found' });
    expect(await problemOf(reads.get(office, '33333333-3333-4333-8333-333333333333'))).toEqual({ status: 404, code: 'package.not_found' });
    const created = await packages.create(office, ROUND, balanced);
    store.tables.agreements.push({ id: 'agreement-1', roundId: ROUND } as never);
    expect(await problemOf(packages.update(office, created.id, balanced, 1))).toEqual({ status: 409, code: 'workflow.round_closed' });
    expect(await problemOf(packages.copy(office, created.id, {}))).toEqual({ status: 409, code: 'workflow.round_closed' });
    expect((await reads.get(rr, created.id)).version).toBe(1);
  });
});
