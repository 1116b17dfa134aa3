import { MaterialPublishedV1, WorkflowEvent, qualifiedType } from '@budgetflow/contracts';
import { Actor, budget2026Round } from '@budgetflow/domain';
import { AuthenticatedUser } from '@budgetflow/platform';
import { InMemoryWorkflowStore } from '../store/testing/in-memory-workflow-store';
import { problemDetailsOf } from '../testing/problem-of';
import { PublicationsService } from './publications.service';

const ROUND = '11111111-1111-4111-8111-111111111111';
const user = (actor: Actor, name?: string): AuthenticatedUser => ({ id: `${actor.role}-1`, ...(name ? { name } : {}), actor });
const office = user({ role: 'budget_office' }, 'Karen Holm');
const request = { correlationId: 'c-1', requestId: 'r-1' };
const first = { title: 'Materiale til FU’s 1. behandling', date: '2025-05-19', dataVersion: 12 };

describe('publishing a round’s material (unit, in-memory store)', () => {
  let store: InMemoryWorkflowStore;
  let publications: PublicationsService;

  beforeEach(() => {
    store = new InMemoryWorkflowStore();
    store.addRound(ROUND, budget2026Round);
    publications = new PublicationsService(store);
  });

  it('records the publication and its event, keyed by the round', async () => {
    const published = await publications.publish(office, ROUND, first, request);
    expect(published).toMatchObject({ ...first, roundId: ROUND, publishedBy: 'Karen Holm', current: true, replaces: null, replacedBy: null });
    const [event] = store.tables.outbox;
    expect(event && qualifiedType(event.envelope)).toBe('material.published.v1');
    expect(event?.envelope.aggregateId).toBe(ROUND);
    const payload: MaterialPublishedV1 = WorkflowEvent.MaterialPublished.payload(event?.envelope as never);
    expect(payload).toEqual({ publicationId: published.id, roundId: ROUND, ...first, publishedAt: published.publishedAt, replaces: null });
  });

  it('replaces the current publication with a later one and keeps the earlier listed, saying when and by which', async () => {
    const earlier = await publications.publish(office, ROUND, first, request);
    const later = await publications.publish(office, ROUND, { title: 'Budgetaftalen og dens bilag', date: '2025-09-24', dataVersion: 40 }, request);
    expect(later).toMatchObject({ current: true, replaces: earlier.id });
    const listed = await publications.list(ROUND);
    expect(listed.map((publication) => [publication.title, publication.current, publication.replacedBy])).toEqual([
      ['Budgetaftalen og dens bilag', true, null],
      ['Materiale til FU’s 1. behandling', false, later.id],
    ]);
    expect(store.tables.outbox.map((event) => event.envelope.sequence)).toEqual([1, 2]);
  });

  it('is the budget office’s act only, refused before anything is written', async () => {
    for (const role of ['reader', 'fu_secretariat', 'rr_secretariat'] as const) {
      const problem = await problemDetailsOf(publications.publish(user({ role }), ROUND, first, request));
      expect([problem.status, problem.code]).toEqual([403, 'publication.budget_office_only']);
    }
    expect(store.tables.publications).toEqual([]);
  });

  it('refuses bad input with every field named in Danish, and an unknown round', async () => {
    const invalid = await problemDetailsOf(publications.publish(office, ROUND, { title: '', date: '19. maj', dataVersion: 0 }, request));
    expect(invalid.errors?.map((found) => found.path)).toEqual(['title', 'date', 'dataVersion']);
    const unknown = await problemDetailsOf(publications.publish(office, '22222222-2222-4222-8222-222222222222', first, request));
    expect([unknown.status, unknown.code]).toEqual([404, 'round.not_found']);
    expect(store.tables.outbox).toEqual([]);
  });
});
