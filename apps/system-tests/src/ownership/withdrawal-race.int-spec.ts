import { ReportingDatabase } from '@budgetflow/reporting/data-access';
import { bearer, expectEventually, proposalRequest, roundRequest } from '@budgetflow/testing';
import { setTimeout as sleep } from 'node:timers/promises';
import request from 'supertest';
import { reportText } from '../support/reports';
import { useRunningServices } from '../support/services';

const RACES = 60;
const su = { role: 'committee_secretariat', committee: 'SU' } as const;
const budgetOffice = { role: 'budget_office' } as const;
const reader = { role: 'reader' } as const;

interface Race {
  id: string;
  withdrawal: number;
  scheduling: number;
}

// The committee withdraws a submitted proposal at the moment the budget office puts it on FU's agenda. The
// workflow holds the proposal and decides both, one after the other: exactly one wins, the loser is told so at
// once, and intake, workflow and the bilag all end with the winner's state.
describe('a withdrawal and a scheduling of the same proposal, at the same moment', () => {
  const services = useRunningServices();

  it(`has one answer for each of ${RACES} races with varied delays, and every service and bilag shows it`, async () => {
    const { intake, workflow, reporting } = services;
    const [committee, office, readerAuth] = await Promise.all([bearer(su), bearer(budgetOffice), bearer(reader)]);
    const round = await request(intake.getHttpServer()).post('/rounds').set('Authorization', office).send(roundRequest()).expect(201);
    const roundId = round.body.id as string;
    const ids: string[] = [];
    for (let index = 1; index <= RACES; index += 1) {
      const reference = `B26-SU-${String(index).padStart(2, '0')}`;
      const created = await request(intake.getHttpServer())
        .post(`/rounds/${roundId}/proposals`)
        .set('Authorization', committee)
        .send(proposalRequest('B26-SU-01', { reference }))
        .expect(201);
      await request(intake.getHttpServer()).post(`/proposals/${created.body.id}/submit`).set('Authorization', committee).send({}).expect(200);
      ids.push(created.body.id);
    }
    await expectEventually(
      async () => {
        const listed = await request(workflow.getHttpServer())
          .get(`/proposals?roundId=${roundId}&state=submitted&pageSize=100`)
          .set('Authorization', readerAuth)
          .expect(200);
        expect(listed.body.total).toBe(RACES);
      },
      { timeoutMs: 60_000 },
    );
    const meeting = await request(workflow.getHttpServer())
      .post('/meetings')
      .set('Authorization', office)
      .send({ roundId, body: 'FU', date: '2025-05-19' })
      .expect(201);

    const races: Race[] = [];
    for (const [index, id] of ids.entries()) {
      // 0-38 ms apart, the withdrawal first in even races and the scheduling first in odd ones: the close ones are
      // real races, and the far ones make sure both outcomes occur (the withdrawal's path through intake is longer).
      const delay = (index % 20) * 2;
      const withdraw = async () => {
        if (index % 2 === 1) await sleep(delay);
        return (await request(intake.getHttpServer()).post(`/proposals/${id}/withdraw`).set('Authorization', committee).send({})).status;
      };
      const schedule = async () => {
        if (index % 2 === 0) await sleep(delay);
        return (await request(workflow.getHttpServer()).post(`/meetings/${meeting.body.id}/agenda-items`).set('Authorization', office).send({ proposalId: id }))
          .status;
      };
      const [withdrawal, scheduling] = await Promise.all([withdraw(), schedule()]);
      races.push({ id, withdrawal, scheduling });
    }

    // The owner's final state, and what each side was told.
    const owner = new Map<string, string>();
    for (const race of races) {
      const state = (await request(workflow.getHttpServer()).get(`/proposals/${race.id}`).set('Authorization', readerAuth).expect(200)).body.state as string;
      owner.set(race.id, state);
      const committeeWon = race.withdrawal === 200;
      expect({ race, state }).toEqual({ race, state: committeeWon ? 'withdrawn' : 'on_fu_agenda' });
      // Exactly one of the two acts succeeded; the other got the holder's refusal (409), never a later reversal.
      expect([race.withdrawal, race.scheduling].sort()).toEqual(committeeWon ? [200, 409] : [201, 409]);
    }
    const withdrawn = races.filter((race) => owner.get(race.id) === 'withdrawn').length;
    // Both outcomes must occur, or the race was not a race.
    expect(withdrawn).toBeGreaterThan(0);
    expect(withdrawn).toBeLessThan(RACES);

    // Intake and the reporting read model follow the owner, proposal by proposal.
    const readModel = reporting.get(ReportingDatabase);
    await expectEventually(
      async () => {
        const listed = await request(intake.getHttpServer()).get(`/proposals?roundId=${roundId}&pageSize=100`).set('Authorization', readerAuth).expect(200);
        const intakeStates = new Map<string, string>(listed.body.items.map((proposal: { id: string; state: string }) => [proposal.id, proposal.state]));
        const reported = await readModel.reportProposal.findMany({ where: { roundId }, select: { id: true, state: true } });
        const reportedStates = new Map(reported.map((proposal) => [proposal.id, proposal.state]));
        for (const id of ids)
          expect({ id, intake: intakeStates.get(id), reporting: reportedStates.get(id) }).toEqual({ id, intake: owner.get(id), reporting: owner.get(id) });
      },
      { timeoutMs: 60_000 },
    );

    // Each act is on record once in both services' histories; the refused one is not an act (it changed nothing).
    for (const race of races) {
      const winner = owner.get(race.id) === 'withdrawn' ? 'withdraw' : 'schedule_for_fu';
      for (const app of [intake, workflow]) {
        const history = await request(app.getHttpServer()).get(`/proposals/${race.id}/history`).set('Authorization', readerAuth).expect(200);
        expect(history.body.map((entry: { action: string }) => entry.action)).toEqual(['create', 'submit', winner]);
      }
    }

    // The bilag count exactly the proposals the workflow has on the agenda: the withdrawn ones are left out.
    const scheduled = RACES - withdrawn;
    expect(await reportText(reporting, roundId, 'udmoentning')).toContain(`Medtaget er de ${scheduled} forslag`);
  }, 300_000);
});
