import { MaterialPublishedV1, WorkflowEvent } from '@budgetflow/contracts';
import { actorDisplayText, mayPublish, validatePublication } from '@budgetflow/domain';
import { newEvent } from '@budgetflow/messaging';
import { AuthenticatedUser, ProblemException, RequestContext, invalidInput } from '@budgetflow/platform';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { eventContext } from '../actions/record-change';
import { StoredPublication } from '../store/stored-publication';
import { WorkflowStore } from '../store/workflow-transaction';
import { PublicationDto } from './publication.dto';
import { PublicationView } from './publication.view';
import { toPublicationView } from './to-publication-view';

export const ONLY_THE_BUDGET_OFFICE = 'Kun Koncernøkonomi kan udgive en rundes materiale på det offentlige websted.';

/**
 * Publishing a round's material on the region's website: the budget office's act, in one transaction with its
 * record and its event (material.published.v1, aggregate = round). The newest publication is the round's current
 * one; the one it replaces keeps its row with when and by which. The reporting service builds the public pages from
 * the event. Publishing is possible also after the agreement has closed the round (the agreement is material too).
 */
@Injectable()
export class PublicationsService {
  constructor(private readonly store: WorkflowStore) {}

  async publish(user: AuthenticatedUser, roundId: string, dto: PublicationDto, request: RequestContext): Promise<PublicationView> {
    if (!mayPublish(user.actor.role)) throw ProblemException.forbidden('publication.budget_office_only', ONLY_THE_BUDGET_OFFICE);
    const input = validatePublication(dto);
    if (!input.ok) throw invalidInput(input.issues);
    return this.store.transaction(async (tx) => {
      if (!(await tx.lockRoundForPublication(roundId))) throw roundNotFound(roundId);
      const current = (await tx.publicationsOf(roundId))[0] ?? null;
      const publishedAt = new Date();
      const publication: StoredPublication = {
        id: randomUUID(),
        roundId,
        ...input.value,
        publishedAt,
        publishedBy: user.id,
        publishedByName: user.name ?? actorDisplayText({ id: user.id, role: user.actor.role }),
        replacesId: current?.id ?? null,
        replacedById: null,
        replacedAt: null,
      };
      await tx.insertPublication(publication);
      if (current) await tx.markReplaced(current.id, publication.id, publishedAt);
      const payload: MaterialPublishedV1 = {
        publicationId: publication.id,
        roundId,
        title: publication.title,
        date: publication.date,
        dataVersion: publication.dataVersion,
        publishedAt: publishedAt.toISOString(),
        replaces: publication.replacesId,
      };
      const sequence = await tx.countRoundEvent(roundId);
      await tx.publish(newEvent(WorkflowEvent.MaterialPublished, { id: roundId, sequence }, payload, eventContext(user, request)));
      return toPublicationView(publication);
    });
  }

  /** The round's publications, newest (the current one) first. */
  async list(roundId: string): Promise<PublicationView[]> {
    return this.store.transaction(async (tx) => {
      if (!(await tx.findRound(roundId))) throw roundNotFound(roundId);
      return (await tx.publicationsOf(roundId)).map(toPublicationView);
    });
  }
}

function roundNotFound(roundId: string): ProblemException {
  return ProblemException.notFound(`Budgetrunden ${roundId} (endnu ikke modtaget fra indsendelsen)`, 'round.not_found');
}
