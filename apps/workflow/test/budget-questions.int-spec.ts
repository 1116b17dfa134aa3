import { EventEnvelope, QuestionChangedV1, Topic, physicalTopic } from '@budgetflow/contracts';
import { Actor, copenhagenInstant } from '@budgetflow/domain';
import { KafkaPublisher } from '@budgetflow/messaging';
import { SettableClock } from '@budgetflow/platform';
import { TopicReader, bearer, expectEventually, testKafka } from '@budgetflow/testing';
import { WorkflowDatabase } from '@budgetflow/workflow/data-access';
import { NestExpressApplication } from '@nestjs/platform-express';
import { Response } from 'supertest';
import { WorkflowDriver, budgetOffice, reader } from './support/workflow-driver';
import { startWorkflowApp } from './support/workflow-app';

// Issue 30: budget questions, owned by the workflow, on the real PostgreSQL and Kafka, with the service's clock set.

const at = (date: string, time: string) => copenhagenInstant(date, time) as Date;
const jens: Actor = { role: 'politician', party: 'Venstre' };
const mette: Actor = { role: 'politician', party: 'Socialdemokratiet' };
const psu: Actor = { role: 'committee_secretariat', committee: 'PSU' };
const dns: Actor = { role: 'committee_secretariat', committee: 'DNS' };
const PEOPLE = new Map<Actor, { subject: string; name: string }>([
  [jens, { subject: 'jkrogh', name: 'Jens Krogh' }],
  [mette, { subject: 'mlund', name: 'Mette Lund' }],
  [budgetOffice, { subject: 'koncernoekonomi', name: 'Karen Holm' }],
  [psu, { subject: 'psu', name: 'Peter Sørensen' }],
]);
const auth = (actor: Actor) => bearer(actor, PEOPLE.get(actor) ?? {});
// The region's round: from 15 August kl. 8.00 until 24 August kl. 12.00, six days to answer.
const WINDOW = { opensOn: '2025-08-15', opensAt: '08:00', closesOn: '2025-08-24', closesAt: '12:00', answeringDays: 6 };

function expectProblem(response: Response, status: number, code: string): void {
  expect({ status: response.status, code: response.body.code }).toEqual({ status, code });
  expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
}

describe('budget questions (PostgreSQL, Kafka, the clock set by the test)', () => {
  const clock = new SettableClock(at('2025-08-14', '09:00'));
  let app: NestExpressApplication;
  let publisher: KafkaPublisher;
  let events: TopicReader;
  let db: WorkflowDatabase;

  beforeAll(async () => {
    app = await startWorkflowApp(clock);
    publisher = new KafkaPublisher(testKafka());
    events = new TopicReader(physicalTopic(Topic.WorkflowEvents, process.env['KAFKA_TOPIC_PREFIX']));
    await events.start();
    db = app.get(WorkflowDatabase);
  }, 60_000);
  afterAll(async () => {
    await events?.stop();
    await publisher?.close();
    await app?.close();
  });

  /** A round of its own with the window set (by the budget office, before it opens). */
  const roundWithWindow = async () => {
    const driver = new WorkflowDriver(app, publisher);
    await driver.round();
    clock.set(at('2025-08-14', '09:00'));
    await driver
      .http()
      .put(`/rounds/${driver.story.roundId}/question-window`)
      .set('Authorization', await auth(budgetOffice))
      .send(WINDOW)
      .expect(200);
    return driver;
  };
  const ask = async (driver: WorkflowDriver, actor: Actor, body: Record<string, unknown>) =>
    driver
      .http()
      .post(`/rounds/${driver.story.roundId}/questions`)
      .set('Authorization', await auth(actor))
      .send(body);
  const act = async (driver: WorkflowDriver, actor: Actor, id: string, what: string, body: Record<string, unknown> = {}) =>
    driver
      .http()
      .post(`/questions/${id}/${what}`)
      .set('Authorization', await auth(actor))
      .send(body);
  const read = async (driver: WorkflowDriver, actor: Actor, path: string) =>
    driver
      .http()
      .get(path)
      .set('Authorization', await auth(actor));

  it('sets the window (the budget office only, checked field by field), and refuses a question before it opens and after it closes', async () => {
    const driver = await roundWithWindow();
    const roundId = driver.story.roundId;
    const window = await read(driver, jens, `/rounds/${roundId}/question-window`).then((response) => response.body);
    expect(window).toMatchObject({
      state: 'not_yet_open',
      answeringDays: 6,
      closesAt: '2025-08-24T10:00:00.000Z',
      typed: { opensOn: '2025-08-15', opensAt: '08:00', closesOn: '2025-08-24', closesAt: '12:00' },
      text: 'Der kan stilles spørgsmål fra 15. august 2025 kl. 08.00 til 24. august 2025 kl. 12.00.',
    });
    const byMember = await driver
      .http()
      .put(`/rounds/${roundId}/question-window`)
      .set('Authorization', await auth(jens))
      .send(WINDOW);
    expectProblem(byMember, 403, 'question.budget_office_only');
    const backwards = await driver
      .http()
      .put(`/rounds/${roundId}/question-window`)
      .set('Authorization', await auth(budgetOffice))
      .send({ ...WINDOW, closesOn: '2025-08-01', answeringDays: 0 });
    expectProblem(backwards, 400, 'request.invalid');
    expect(backwards.body.errors.map((error: { path: string }) => error.path)).toEqual(['closesOn', 'answeringDays']);

    const early = await ask(driver, jens, { text: 'Hvor mange vikarlæger var der i 2024?' });
    expectProblem(early, 409, 'question.window_not_open');
    expect(early.body.detail).toBe('Der kan stilles budgetspørgsmål fra 15. august 2025 kl. 08.00.');

    clock.set(at('2025-08-24', '11:59'));
    const inTime = await ask(driver, jens, { text: 'Hvor mange vikarlæger var der i 2024?' });
    expect(inTime.status).toBe(201);
    expect(inTime.body).toMatchObject({
      number: 1,
      title: 'Spørgsmål nr. 1',
      state: 'asked',
      asker: { name: 'Jens Krogh', party: 'Venstre' },
      askedAt: '2025-08-24T09:59:00.000Z',
    });

    clock.set(at('2025-08-24', '12:00'));
    const before = await db.question.count();
    const late = await ask(driver, mette, { text: 'Hvad koster B26-PSU-01?' });
    expectProblem(late, 409, 'question.deadline_passed');
    expect(late.body.detail).toBe('Fristen for budgetspørgsmål udløb 24. august 2025 kl. 12.00; der kan ikke stilles flere spørgsmål.');
    expect(await db.question.count()).toBe(before);
    expect(await db.questionRound.findUnique({ where: { roundId } })).toMatchObject({ lastNumber: 1 });
  });

  it('lets the budget office close the window early; a question after that is refused, with who closed it and when', async () => {
    const driver = await roundWithWindow();
    clock.set(at('2025-08-20', '15:30'));
    const closed = await driver
      .http()
      .post(`/rounds/${driver.story.roundId}/question-window/close`)
      .set('Authorization', await auth(budgetOffice))
      .send({});
    expect(closed.status).toBe(200);
    expect(closed.body).toMatchObject({ state: 'closed', closedEarlyAt: at('2025-08-20', '15:30').toISOString() });
    clock.set(at('2025-08-21', '09:00'));
    const late = await ask(driver, jens, { text: 'Et spørgsmål for sent.' });
    expectProblem(late, 409, 'question.deadline_passed');
    expect(late.body.detail).toBe('Koncernøkonomi lukkede for budgetspørgsmål 20. august 2025 kl. 15.30; der kan ikke stilles flere spørgsmål.');
    const again = await driver
      .http()
      .post(`/rounds/${driver.story.roundId}/question-window/close`)
      .set('Authorization', await auth(budgetOffice))
      .send({});
    expectProblem(again, 409, 'question.window_not_open');
  });

  it('keeps an answer from the members until the budget office approves it; then every member reads it, with the history on record', async () => {
    const driver = await roundWithWindow();
    const proposal = await driver.submitted('B26-PSU-01');
    clock.set(at('2025-08-18', '10:15'));
    const asked = await ask(driver, mette, {
      text: 'Hvad betyder B26-PSU-01 for nattevagterne i Aalborg?',
      proposalIds: [proposal.id],
      bilag: ['Forslag til omstillingstemaer, Budget 2026'],
    });
    expect(asked.status).toBe(201);
    const id: string = asked.body.id;

    // Routed: reworded for clarity (the original kept) and assigned to PSU with a deadline six days later.
    const reworded = await act(driver, budgetOffice, id, 'reword', { text: 'Hvilke konsekvenser har B26-PSU-01 for nattevagterne i Aalborg?' });
    expect(reworded.body).toMatchObject({ reworded: true, originalText: 'Hvad betyder B26-PSU-01 for nattevagterne i Aalborg?' });
    const assigned = await act(driver, budgetOffice, id, 'assign', { answerer: { kind: 'committee', committee: 'PSU' } });
    expect(assigned.body).toMatchObject({
      state: 'assigned',
      answerer: { label: 'Udvalgssekretariatet for PSU' },
      deadline: at('2025-08-24', '10:15').toISOString(),
    });
    const unknown = await act(driver, budgetOffice, id, 'assign', { answerer: { kind: 'committee', committee: 'XX' } });
    expectProblem(unknown, 400, 'request.invalid');
    expect(unknown.body.errors[0]).toMatchObject({ code: 'question.unknown_committee', path: 'answerer.committee' });

    // The answerer's draft, with a small table of amounts: only the budget office and PSU see it.
    const answer = {
      text: 'Forslaget fjerner én nattevagt pr. døgn på afsnit P3.',
      table: { rows: [{ label: 'Nattevagter', cells: { '2026': '-0,6', '2027': '-1,2', '2028': '-1,2', permanent: '-1,2' } }] },
    };
    expect((await act(driver, dns, id, 'answer', answer)).status).toBe(404);
    const drafted = await act(driver, psu, id, 'answer', answer);
    expect(drafted.status).toBe(200);
    expect(drafted.body.answer).toMatchObject({
      text: answer.text,
      table: { rows: [{ label: 'Nattevagter', cells: { '2026': -600, permanent: -1200 } }] },
      approvedAt: null,
    });
    const ownQuestion = await read(driver, mette, `/questions/${id}`);
    expect(ownQuestion.body).toMatchObject({ state: 'answered', answer: null, remark: null });
    expectProblem(await read(driver, jens, `/questions/${id}`), 404, 'question.not_found');
    expectProblem(await read(driver, reader, `/questions/${id}`), 404, 'question.not_found');
    expect((await read(driver, jens, `/rounds/${driver.story.roundId}/questions`)).body).toEqual([]);
    expect((await read(driver, mette, `/questions/${id}/history`)).body.map((line: { text: string | null }) => line.text)).not.toContain(answer.text);
    // A member cannot approve (the rules), and the act changes nothing.
    expectProblem(await act(driver, mette, id, 'approve'), 403, 'question.wrong_role');

    const sentBack = await act(driver, budgetOffice, id, 'send-back', { remark: 'Angiv beløbet for 2026 i teksten.' });
    expect(sentBack.body).toMatchObject({ state: 'sent_back', remark: 'Angiv beløbet for 2026 i teksten.' });
    expectProblem(await act(driver, budgetOffice, id, 'send-back', { remark: ' ' }), 409, 'question.invalid_transition');
    const improved = { ...answer, text: `${answer.text} Det sparer 0,6 mio. kr. i 2026.` };
    expect((await act(driver, psu, id, 'answer', improved)).status).toBe(200);
    expect((await read(driver, mette, `/questions/${id}`)).body.answer).toBeNull();
    const approved = await act(driver, budgetOffice, id, 'approve', { version: (await read(driver, budgetOffice, `/questions/${id}`)).body.version });
    expect(approved.body).toMatchObject({
      state: 'approved',
      answer: { text: improved.text, approvedBy: 'Karen Holm, Koncernøkonomi', answeredBy: 'Peter Sørensen, Udvalgssekretariatet for PSU' },
    });

    // Published: every member and reader reads it; the drafts and the remark stay with the budget office and PSU.
    for (const actor of [mette, jens, reader]) {
      const seen = await read(driver, actor, `/questions/${id}`);
      expect([seen.status, seen.body.answer?.text, seen.body.remark, seen.body.mine]).toEqual([200, improved.text, null, actor === mette]);
    }
    const history = (await read(driver, jens, `/questions/${id}/history`)).body;
    expect(history.map((line: { act: string; actor: string }) => `${line.act}: ${line.actor}`)).toEqual([
      'ask: Mette Lund, Regionsrådsmedlem (Socialdemokratiet)',
      'reword: Karen Holm, Koncernøkonomi',
      'assign: Karen Holm, Koncernøkonomi',
      'answer: Peter Sørensen, Udvalgssekretariatet for PSU',
      'send_back: Karen Holm, Koncernøkonomi',
      'answer: Peter Sørensen, Udvalgssekretariatet for PSU',
      'approve: Karen Holm, Koncernøkonomi',
    ]);
    expect(history.filter((line: { text: string | null }) => line.text === answer.text || line.text === 'Angiv beløbet for 2026 i teksten.')).toEqual([]);
    expect(history[0].at).toBe(at('2025-08-18', '10:15').toISOString());

    // The events: one per act, each with the snapshot; an answer only in question.approved.v1.
    const envelopes = async () =>
      events.messages.map((message) => JSON.parse(message.value) as EventEnvelope<QuestionChangedV1>).filter((envelope) => envelope.aggregateId === id);
    await expectEventually(async () => expect(await envelopes()).toHaveLength(7));
    const published = await envelopes();
    expect(published.map((envelope) => `${envelope.type}.v${envelope.version} #${envelope.sequence}`)).toEqual([
      'question.asked.v1 #1',
      'question.reworded.v1 #2',
      'question.assigned.v1 #3',
      'question.answered.v1 #4',
      'question.sent-back.v1 #5',
      'question.answered.v1 #6',
      'question.approved.v1 #7',
    ]);
    expect(published.slice(0, 6).map((envelope) => envelope.payload.question.answer)).toEqual([null, null, null, null, null, null]);
    expect(JSON.stringify(published.slice(0, 6))).not.toContain('nattevagt pr. døgn');
    expect(published[6]?.payload.question).toMatchObject({
      number: 1,
      asker: { name: 'Mette Lund', party: 'Socialdemokratiet' },
      originalText: 'Hvad betyder B26-PSU-01 for nattevagterne i Aalborg?',
      answerer: { kind: 'committee', committee: 'PSU' },
      proposalIds: [proposal.id],
      answer: { text: improved.text, table: { rows: [{ label: 'Nattevagter' }] } },
    });
    expect(published[0]?.actor).toMatchObject({ role: 'politician', party: 'Socialdemokratiet', name: 'Mette Lund' });
  });

  it('shows what is overdue to the budget office and the answerer, by the service’s clock', async () => {
    const driver = await roundWithWindow();
    clock.set(at('2025-08-18', '10:00'));
    const id = (await ask(driver, jens, { text: 'Hvad koster akutberedskabet?' })).body.id as string;
    await act(driver, budgetOffice, id, 'assign', { answerer: { kind: 'budget_office' } });
    const overdue = (actor: Actor) => read(driver, actor, `/rounds/${driver.story.roundId}/questions?overdue=true`).then((response) => response.body);
    clock.set(at('2025-08-24', '09:59'));
    expect(await overdue(budgetOffice)).toEqual([]);
    clock.set(at('2025-08-24', '10:00'));
    expect((await overdue(budgetOffice)).map((question: { id: string; overdue: boolean }) => [question.id, question.overdue])).toEqual([[id, true]]);
    // The budget office answers itself; delivered, it is no longer overdue while it waits for approval.
    expect((await act(driver, budgetOffice, id, 'answer', { text: 'Omkring 210 mio. kr. om året.' })).body.overdue).toBe(false);
  });

  it('names the field of every malformed body, in Danish', async () => {
    const driver = await roundWithWindow();
    clock.set(at('2025-08-18', '10:00'));
    const noText = await ask(driver, jens, { proposalIds: ['B26-SU-01'] });
    expectProblem(noText, 400, 'request.invalid');
    expect(noText.body.errors.map((error: { path: string }) => error.path)).toEqual(['text']);
    const unknownProposal = await ask(driver, jens, { text: 'Hvad koster det?', proposalIds: ['B26-SU-01'] });
    expect(unknownProposal.body.errors).toEqual([
      { code: 'question.unknown_proposal', path: 'proposalIds[0]', message: 'Runden har intet indsendt forslag med id B26-SU-01.' },
    ]);
    const id = (await ask(driver, jens, { text: 'Hvad koster det?' })).body.id as string;
    for (const [what, body, path] of [
      ['assign', {}, 'answerer'],
      ['assign', { answerer: { kind: 'udvalg' } }, 'answerer.kind'],
      ['reword', { text: '' }, 'text'],
      ['merge', { intoQuestionId: 'nr. 1' }, 'intoQuestionId'],
    ] as const) {
      const response = await act(driver, budgetOffice, id, what, body);
      expectProblem(response, 400, 'request.invalid');
      expect([what, response.body.errors[0].path]).toEqual([what, path]);
    }
    await act(driver, budgetOffice, id, 'assign', { answerer: { kind: 'budget_office' } });
    const badTable = await act(driver, budgetOffice, id, 'answer', { text: 'Svar.', table: { rows: [{ label: 'Vikarer', cells: { '2026': '1,2,3' } }] } });
    expectProblem(badTable, 400, 'request.invalid');
    expect(badTable.body.errors.map((error: { path: string }) => error.path)).toContain('table.rows[0].cells.2026');
  });

  it('merges a duplicate into the question that answers it, keeping its number', async () => {
    const driver = await roundWithWindow();
    clock.set(at('2025-08-18', '10:00'));
    const first = (await ask(driver, jens, { text: 'Hvor mange vikarlæger var der i 2024?' })).body;
    const second = (await ask(driver, mette, { text: 'Hvad brugte regionen på vikarlæger i 2024?' })).body;
    expectProblem(await act(driver, budgetOffice, first.id, 'merge', { intoQuestionId: first.id }), 409, 'question.merge_invalid');
    const merged = await act(driver, budgetOffice, second.id, 'merge', { intoQuestionId: first.id });
    expect(merged.body).toMatchObject({ number: 2, state: 'merged', mergedInto: { questionId: first.id, number: 1 } });
    expectProblem(await act(driver, budgetOffice, first.id, 'merge', { intoQuestionId: second.id }), 409, 'question.merge_invalid');
  });

  it('numbers questions arriving at once without gaps or duplicates; a refused one takes no number', async () => {
    const driver = await roundWithWindow();
    clock.set(at('2025-08-20', '10:00'));
    const asks = Array.from({ length: 40 }, (_, index) =>
      // Every fifth is refused (no text): it must not use up a number.
      ask(driver, index % 2 === 0 ? jens : mette, { text: index % 5 === 4 ? ' ' : `Spørgsmål ${index} om budgettet?` }),
    );
    const answers = await Promise.all(asks);
    expect(answers.map((response) => response.status).sort()).toEqual([...Array(32).fill(201), ...Array(8).fill(400)]);
    const numbers = answers.filter((response) => response.status === 201).map((response) => response.body.number as number);
    expect([...numbers].sort((a, b) => a - b)).toEqual(Array.from({ length: 32 }, (_, index) => index + 1));
    const stored = await db.question.findMany({ where: { roundId: driver.story.roundId }, select: { number: true }, orderBy: { number: 'asc' } });
    expect(stored.map((row) => row.number)).toEqual(Array.from({ length: 32 }, (_, index) => index + 1));
    // Each member lists its own questions only (none are approved).
    const jensOwn = (await read(driver, jens, `/rounds/${driver.story.roundId}/questions`)).body;
    expect(jensOwn.every((question: { asker: { name: string }; mine: boolean }) => question.asker.name === 'Jens Krogh' && question.mine)).toBe(true);
    expect(jensOwn).toHaveLength(16);
  });

  it('gives a member 404 for the negotiation packages, as a reader', async () => {
    const driver = await roundWithWindow();
    expectProblem(await read(driver, jens, `/rounds/${driver.story.roundId}/packages`), 404, 'package.not_found');
    expectProblem(await read(driver, jens, `/packages/${driver.story.roundId}`), 404, 'package.not_found');
    const create = await driver
      .http()
      .post(`/rounds/${driver.story.roundId}/packages`)
      .set('Authorization', await auth(jens))
      .send({ name: 'Mit oplæg', proposals: [], initiatives: [] });
    expectProblem(create, 404, 'package.not_found');
  });
});
