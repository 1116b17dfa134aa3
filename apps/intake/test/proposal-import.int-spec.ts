import { Actor, ProposalDraftInput, budget2026Proposals, budget2026Round } from '@budgetflow/domain';
import { IntakeDatabase } from '@budgetflow/intake/data-access';
import { bearer, binaryBody, importHeadings, importLines, importWorkbook, proposalsWorkbook, roundRequest } from '@budgetflow/testing';
import { NestExpressApplication } from '@nestjs/platform-express';
import { Workbook } from 'exceljs';
import request from 'supertest';
import { expectProblem, startIntakeApp, stopIntakeApp, writtenState } from './support/intake-test-app';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const YEARS = [2026, 2027, 2028];
const su: Actor = { role: 'committee_secretariat', committee: 'SU' };
const dns: Actor = { role: 'committee_secretariat', committee: 'DNS' };
const psu: Actor = { role: 'committee_secretariat', committee: 'PSU' };
const budgetOffice: Actor = { role: 'budget_office' };

/** A valid one-row proposal of a committee, with overrides. */
function aProposal(reference: string, overrides: Partial<ProposalDraftInput> = {}): ProposalDraftInput {
  return {
    reference,
    committee: reference.split('-')[1] ?? 'SU',
    title: `Forslag ${reference}`,
    area: 'Aalborg Universitetshospital',
    kind: 'omstilling',
    sections: [{ kind: 'beskrivelse', body: 'Forslaget beskrevet.' }],
    table: { rows: [{ label: 'Drift', category: 'drift', cells: { '2026': '-1,0', '2027': '-1,0', '2028': '-1,0', permanent: '-1,0' } }] },
    ...overrides,
  };
}

// Proposals from a spreadsheet, through the intake API: all or nothing, located problems, drafts only, version-guarded.
describe('intake: proposals imported from a spreadsheet', () => {
  let app: NestExpressApplication;
  let roundId: string;
  const http = () => request(app.getHttpServer());
  const tokens = new Map<string, string>();
  const token = (actor: Actor) => tokens.get(JSON.stringify(actor)) ?? '';
  const upload = (actor: Actor, bytes: Buffer, options: { type?: string; dryRun?: boolean; key?: string; round?: string } = {}) => {
    const call = http()
      .post(`/rounds/${options.round ?? roundId}/proposals/import${options.dryRun ? '?dryRun=true' : ''}`)
      .set('Authorization', token(actor))
      .set('Content-Type', options.type ?? XLSX);
    if (options.key) call.set('Idempotency-Key', options.key);
    return call.send(bytes);
  };
  let rounds = 0;
  // Round names are unique: each test its own Budget 2026.
  const newRound = async () =>
    (
      await http()
        .post('/rounds')
        .set('Authorization', token(budgetOffice))
        .send(roundRequest(budget2026Round, { name: `Budget 2026 nr. ${++rounds}` }))
        .expect(201)
    ).body.id as string;

  beforeAll(async () => {
    for (const actor of [su, dns, psu, budgetOffice, { role: 'reader' }, { role: 'fu_secretariat' }] as Actor[])
      tokens.set(JSON.stringify(actor), await bearer(actor));
    app = await startIntakeApp();
    roundId = await newRound();
  }, 60_000);
  afterAll(() => stopIntakeApp(app));

  const template = async (actor: Actor, round: string) => {
    const response = await http().get(`/rounds/${round}/proposals/import-template.xlsx`).set('Authorization', token(actor)).buffer(true).parse(binaryBody);
    const bytes = response.body as Buffer;
    if (response.status !== 200) return { status: response.status, problem: JSON.parse(bytes.toString('utf8')), bytes, example: [], explained: [] };
    expect(response.headers['content-type']).toBe(XLSX);
    const workbook = new Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Forslag', 'Vejledning']);
    const example: [string, string][] = [];
    workbook.getWorksheet('Forslag')?.eachRow((row, number) => {
      if (number > 1) example.push([String(row.getCell(1).value), String(row.getCell(2).value ?? '')]);
    });
    const explained: string[] = [];
    workbook.getWorksheet('Vejledning')?.eachRow((row) => explained.push(String(row.getCell(1).value)));
    return { status: 200, problem: undefined, bytes, example, explained: explained.filter((line) => line.startsWith('Næste ledige referencer')) };
  };

  it('offers the template of the round with the downloading committee’s code and next free references, drafts and withdrawn ones counted', async () => {
    const round = await newRound();
    const name = `Budget 2026 nr. ${rounds}`;
    await upload(psu, await importWorkbook(YEARS, [...importLines(aProposal('B26-PSU-01'), YEARS), ...importLines(aProposal('B26-PSU-02'), YEARS)]), {
      round,
    }).expect(201);
    await upload(su, await importWorkbook(YEARS, importLines(aProposal('B26-SU-01'), YEARS)), { round }).expect(201);
    const drafts = await http().get('/proposals').query({ roundId: round, committee: 'PSU' }).set('Authorization', token(psu)).expect(200);
    const second = drafts.body.items.find((item: { reference: string }) => item.reference === 'B26-PSU-02');
    await http().post(`/proposals/${second.id}/withdraw`).set('Authorization', token(psu)).send({ version: second.version }).expect(200);

    // PSU: its code in the example at its next reference (after -01, a draft, and -02, withdrawn), and the next five.
    const forPsu = await template(psu, round);
    expect(forPsu.example).toEqual([
      ['B26-PSU-03', 'PSU'],
      ['B26-PSU-03', ''],
    ]);
    expect(forPsu.explained).toEqual([
      `Næste ledige referencer for udvalget PSU i ${name}: B26-PSU-03, B26-PSU-04, B26-PSU-05, B26-PSU-06 og B26-PSU-07 (numre, der er brugt af kladder og tilbagetrukne forslag, gives ikke igen).`,
    ]);
    // Imported as it is, the template gives PSU's next draft.
    const preview = await upload(psu, forPsu.bytes, { round, dryRun: true }).expect(200);
    expect(preview.body.proposals.map((proposal: { reference: string; change: string }) => [proposal.reference, proposal.change])).toEqual([
      ['B26-PSU-03', 'create'],
    ]);

    // The budget office imports on any committee's behalf: every fagudvalg's next references, the example for the first.
    const forOffice = await template(budgetOffice, round);
    expect(forOffice.example.map(([reference]) => reference)).toEqual(['B26-SU-02', 'B26-SU-02']);
    expect(forOffice.explained.map((line) => line.split(':')[1]?.split(',')[0]?.trim())).toEqual(['B26-SU-02', 'B26-DNS-01', 'B26-PSU-03', 'B26-UAR-01']);

    // The template tells of drafts, so only those who may import get it.
    for (const actor of [{ role: 'reader' }, { role: 'fu_secretariat' }] as Actor[]) {
      const refused = await template(actor, round);
      expect(refused.status).toBe(403);
      expect(refused.problem).toMatchObject({ code: 'proposal.import_not_allowed' });
    }
  }, 60_000);

  it('previews with dryRun=true without writing anything, then imports a committee’s own proposals as drafts', async () => {
    const round = await newRound();
    const mine = budget2026Proposals.filter((proposal) => proposal.committee === 'SU');
    const bytes = await proposalsWorkbook(mine);
    const before = await writtenState(app);
    const preview = await upload(su, bytes, { dryRun: true, round }).expect(200);
    expect(preview.body).toMatchObject({ dryRun: true, sheet: 'Forslag', created: 2, updated: 0 });
    expect(
      preview.body.proposals.map((proposal: { reference: string; change: string; id: string | null }) => [proposal.reference, proposal.change, proposal.id]),
    ).toEqual([
      ['B26-SU-01', 'create', null],
      ['B26-SU-02', 'create', null],
    ]);
    expect(preview.body.proposals[0].totals).toEqual({ '2026': -10000, '2027': -10000, '2028': -10000, permanent: -10000 });
    expect(await writtenState(app)).toEqual(before);

    const imported = await upload(su, bytes, { round }).expect(201);
    expect(imported.body).toMatchObject({ dryRun: false, created: 2, updated: 0 });
    const [first] = imported.body.proposals;
    const read = await http()
      .get(`/proposals/${first.id}`)
      .set('Authorization', await bearer(su))
      .expect(200);
    expect(read.body).toMatchObject({ reference: 'B26-SU-01', state: 'draft', version: 1, committee: 'SU' });
    const history = await http()
      .get(`/proposals/${first.id}/history`)
      .set('Authorization', await bearer(su))
      .expect(200);
    expect(history.body.map((line: { action: string }) => line.action)).toEqual(['create']);
  }, 60_000);

  it('updates the committee’s own draft with the same reference only with its current version', async () => {
    const round = await newRound();
    const proposal = aProposal('B26-SU-01');
    await upload(su, await importWorkbook(YEARS, importLines(proposal, YEARS)), { round }).expect(201);
    const changed = { ...proposal, title: 'Ny titel' };

    const missing = await upload(su, await importWorkbook(YEARS, importLines(changed, YEARS)), { round });
    expectProblem(missing, 422, 'import.invalid');
    expect(missing.body.errors).toEqual([expect.objectContaining({ code: 'proposal.version_required', path: 'Forslag!C2' })]);

    const updated = await upload(su, await importWorkbook(YEARS, importLines(changed, YEARS, 1)), { round }).expect(201);
    expect(updated.body).toMatchObject({ created: 0, updated: 1, proposals: [{ reference: 'B26-SU-01', change: 'update', version: 2 }] });

    const stale = await upload(su, await importWorkbook(YEARS, importLines({ ...proposal, title: 'Tredje titel' }, YEARS, 1)), { round });
    expectProblem(stale, 422, 'import.invalid');
    expect(stale.body.errors).toEqual([expect.objectContaining({ code: 'proposal.version_conflict', path: 'Forslag!C2', value: '1' })]);

    // Once submitted, the proposal is no longer a draft: an import never touches it.
    const id = updated.body.proposals[0].id as string;
    await http()
      .post(`/proposals/${id}/submit`)
      .set('Authorization', await bearer(su))
      .send({})
      .expect(200);
    const submitted = await upload(su, await importWorkbook(YEARS, importLines(changed, YEARS, 3)), { round });
    expect(submitted.body.errors).toEqual([expect.objectContaining({ code: 'proposal.import_not_draft', path: 'Forslag!A2' })]);
  }, 60_000);

  it('lets a committee import only for itself, and the budget office on its behalf with its own history line, visible only to that committee', async () => {
    const round = await newRound();
    const bytes = await importWorkbook(YEARS, importLines(aProposal('B26-SU-01'), YEARS));
    const refused = await upload(dns, bytes, { round });
    expectProblem(refused, 422, 'import.invalid');
    expect(refused.body.errors).toEqual([expect.objectContaining({ code: 'workflow.not_owner', path: 'Forslag!B2', value: 'SU' })]);
    expectProblem(await upload({ role: 'reader' }, bytes, { round }), 403, 'proposal.import_not_allowed');
    expectProblem(await upload({ role: 'fu_secretariat' }, bytes, { round }), 403, 'proposal.import_not_allowed');

    const imported = await upload(budgetOffice, bytes, { round }).expect(201);
    const id = imported.body.proposals[0].id as string;
    const history = await http()
      .get(`/proposals/${id}/history`)
      .set('Authorization', await bearer(su))
      .expect(200);
    expect(history.body).toEqual([expect.objectContaining({ action: 'import_on_behalf', actorRole: 'budget_office', toState: 'draft' })]);
    await http()
      .get(`/proposals/${id}`)
      .set('Authorization', await bearer(dns))
      .expect(404);
    // The draft is the committee's: it submits it, the budget office cannot.
    await http()
      .post(`/proposals/${id}/submit`)
      .set('Authorization', await bearer(budgetOffice))
      .send({})
      .expect(403);
    await http()
      .post(`/proposals/${id}/submit`)
      .set('Authorization', await bearer(su))
      .send({})
      .expect(200);
  }, 60_000);

  it('answers a sheet with twenty kinds of mistakes with twenty located problems, and writes nothing', async () => {
    const round = await newRound();
    const headings = [...importHeadings(YEARS), 'Kommentar'];
    const line = (proposal: ProposalDraftInput, change: (cells: (string | number | null)[]) => void = () => undefined) => {
      const [first] = importLines(proposal, YEARS);
      const cells = [...(first ?? []), null];
      change(cells);
      return cells;
    };
    const lines: (string | number | null)[][] = [
      line(aProposal('B26-SU-01'), (c) => (c[3] = null)), // 2: title empty
      line(aProposal('B26-SU-02'), (c) => (c[3] = 'To\nlinjer')), // 3: title on two lines
      line(aProposal('B26-SU-03'), (c) => (c[4] = null)), // 4: area empty
      line(aProposal('B26-SU-04'), (c) => (c[5] = 'Besparelse')), // 5: unknown kind
      line(aProposal('B26-SU-05'), (c) => (c[0] = 'SU-5')), // 6: reference of the wrong form
      line(aProposal('B26-SU-06'), (c) => (c[0] = 'B26-DNS-06')), // 7: reference of another committee
      line(aProposal('B26-XX-01'), (c) => (c[1] = 'XX')), // 8: unknown committee
      line(aProposal('B26-SU-08'), (c) => (c[14] = null)), // 9: row without text
      line(aProposal('B26-SU-09'), (c) => (c[15] = 'Diverse')), // 10: unknown category
      line(aProposal('B26-SU-10'), (c) => (c[17] = 'abc')), // 11: amount that is not a number
      line(aProposal('B26-SU-11'), (c) => (c[18] = 0.1234)), // 12: amount finer than 1.000 kr.
      line(aProposal('B26-SU-12'), (c) => c.splice(16, 4, null, null, null, null)), // 13: row without amounts
      line(aProposal('B26-SU-13')), // 14 and 15: the same row twice
      line(aProposal('B26-SU-13'), (c) => c.splice(1, 13, ...Array(13).fill(null))),
      line(aProposal('B26-SU-14')), // 16 and 17: another title on the second line
      line(
        aProposal('B26-SU-14', {
          table: { rows: [{ label: 'Indkøb', category: 'drift', cells: { '2026': '-1,0', '2027': '-', '2028': '-', permanent: '-' } }] },
        }),
        (c) => {
          c.splice(1, 13, ...Array(13).fill(null));
          c[3] = 'En anden titel';
        },
      ),
      line(aProposal('B26-SU-15'), (c) => (c[0] = null)), // 18: no reference
      line(aProposal('B26-SU-16'), (c) => (c[2] = 'to')), // 19: version not a number
      line(aProposal('B26-SU-17'), (c) => (c[13] = 'Indledning')), // 20: unknown section in the order
      line(aProposal('B26-SU-18'), (c) => (c[7] = 'Godt 😀')), // 21: a character the bilag cannot print
      line(
        aProposal('B26-SU-19', {
          kind: 'udvidelse',
          table: { rows: [{ label: 'Drift', category: 'drift', cells: { '2026': '1,0', '2027': '1,0', '2028': '1,0', permanent: '1,0' } }] },
        }),
      ), // 22: expansion without funding
    ];
    const before = await writtenState(app);
    const response = await upload(budgetOffice, await importWorkbook(YEARS, lines, headings), { round });
    expectProblem(response, 422, 'import.invalid');
    const found = response.body.errors.map((error: { code: string; path: string; value: string | null }) => [error.path, error.code, error.value]);
    expect(found).toEqual([
      ['Forslag!U1', 'import.unknown_column', 'Kommentar'],
      ['Forslag!D2', 'proposal.title_empty', null],
      ['Forslag!D3', 'text.line_break', 'To\nlinjer'],
      ['Forslag!E4', 'proposal.area_empty', null],
      ['Forslag!F5', 'proposal.kind_invalid', 'Besparelse'],
      ['Forslag!A6', 'proposal.reference_invalid', 'SU-5'],
      ['Forslag!A7', 'proposal.reference_mismatch', 'B26-DNS-06'],
      ['Forslag!B8', 'proposal.committee_unknown', 'XX'],
      ['Forslag!O9', 'table.row_label_empty', null],
      ['Forslag!P10', 'table.category_invalid', 'Diverse'],
      ['Forslag!R11', 'table.cell_invalid', 'abc'],
      ['Forslag!S12', 'table.cell_invalid', '0.1234'],
      ['Forslag!Q13', 'table.row_empty', null],
      ['Forslag!O15', 'table.duplicate_row_label', 'Drift'],
      ['Forslag!D17', 'import.conflicting_value', 'En anden titel'],
      ['Forslag!A18', 'import.reference_missing', null],
      ['Forslag!C19', 'import.version_invalid', 'to'],
      ['Forslag!N20', 'import.section_order_invalid', 'Indledning'],
      ['Forslag!H21', 'text.unprintable_character', 'Godt 😀'],
      ['Forslag!G22', 'proposal.funding_source_missing', null],
    ]);
    for (const error of response.body.errors) expect(error).toMatchObject({ sheet: 'Forslag', row: expect.any(Number), message: expect.stringMatching(/\S/) });
    expect(await writtenState(app)).toEqual(before);
  }, 60_000);

  it('reads CSV in UTF-8 and in Windows-1252', async () => {
    const round = await newRound();
    const headings = importHeadings(YEARS);
    const csv = (reference: string) =>
      [
        headings,
        [
          'B26-SU-0' + reference.slice(-1),
          'SU',
          '',
          'Økonomisk styring på Ålborg',
          'Ærø',
          'Omstilling/besparelse',
          '',
          'Baggrund med æøå.',
          '',
          '',
          '',
          '',
          '',
          '',
          'Drift',
          'Drift',
          '-0,125',
          '-',
          '-',
          '-',
        ],
      ]
        .map((line) => line.join(';'))
        .join('\r\n');
    await upload(su, Buffer.from(`\ufeff${csv('1')}`, 'utf8'), { round, type: 'text/csv' }).expect(201);
    const latin = await upload(su, Buffer.from(csv('2'), 'latin1'), { round, type: 'text/csv; charset=windows-1252' }).expect(201);
    const read = await http()
      .get(`/proposals/${latin.body.proposals[0].id}`)
      .set('Authorization', await bearer(su))
      .expect(200);
    expect(read.body.content).toMatchObject({ title: 'Økonomisk styring på Ålborg', area: 'Ærø' });
    expect(read.body.totals['2026']).toBe(-125);
  }, 60_000);

  it('refuses files it cannot read with a clear 4xx problem, writing nothing', async () => {
    const round = await newRound();
    const before = await writtenState(app);
    expectProblem(
      await upload(su, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13]), { round, type: 'application/octet-stream' }),
      415,
      'import.not_a_spreadsheet',
    );
    const compound = Buffer.concat([
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      Buffer.alloc(1024),
      Buffer.from('EncryptionInfo', 'utf16le'),
    ]);
    expectProblem(await upload(su, compound, { round }), 422, 'import.encrypted');
    expectProblem(await upload(su, Buffer.alloc(10 * 1024 * 1024 + 1, 0x41), { round, type: 'text/csv' }), 413, 'request.too_large');
    const json = await http()
      .post(`/rounds/${round}/proposals/import`)
      .set('Authorization', await bearer(su))
      .send({ rows: [] });
    expectProblem(json, 415, 'import.not_a_spreadsheet');
    const multipart = await http()
      .post(`/rounds/${round}/proposals/import`)
      .set('Authorization', await bearer(su))
      .attach('file', Buffer.from('a;b'), 'forslag.csv');
    expect([415, 400]).toContain(multipart.status);
    expect(multipart.body.code).toEqual(expect.any(String));

    const workbook = new Workbook();
    const sheet = workbook.addWorksheet('Forslag');
    sheet.addRow(importHeadings(YEARS));
    sheet.addRow(importLines(aProposal('B26-SU-01'), YEARS)[0] ?? []);
    sheet.getCell('Q2').value = { formula: 'SUM(Z1:Z9)' } as never;
    sheet.mergeCells('D3:E3');
    const refused = await upload(su, Buffer.from(await workbook.xlsx.writeBuffer()), { round });
    expectProblem(refused, 422, 'import.invalid');
    expect(refused.body.errors.map((error: { code: string; path: string }) => [error.code, error.path])).toEqual([
      ['import.merged_cells', 'Forslag!D3'],
      ['import.formula_without_value', 'Forslag!Q2'],
    ]);
    const many = Array.from({ length: 5001 }, (_row, index) => [`B26-SU-${index}`]);
    expectProblem(await upload(su, await importWorkbook(YEARS, many, ['Reference']), { round }), 413, 'import.too_many_rows');
    expect(await writtenState(app)).toEqual(before);
  }, 120_000);

  it('answers a repeated upload with the same Idempotency-Key with the first answer, creating nothing new', async () => {
    const round = await newRound();
    const bytes = await importWorkbook(YEARS, importLines(aProposal('B26-SU-01'), YEARS));
    const first = await upload(su, bytes, { round, key: 'import-once' }).expect(201);
    const again = await upload(su, bytes, { round, key: 'import-once' }).expect(201);
    expect(again.body).toEqual(first.body);
    expect(await app.get(IntakeDatabase).proposal.count({ where: { roundId: round } })).toBe(1);
    // The same key with another file is a different request.
    const other = await upload(su, await importWorkbook(YEARS, importLines(aProposal('B26-SU-02'), YEARS)), { round, key: 'import-once' });
    expect(other.status).toBe(422);
  }, 60_000);

  it('imports 1,000 proposals spread over the four committees in one transaction (the time is printed)', async () => {
    const round = await newRound();
    const committees = ['SU', 'DNS', 'PSU', 'UAR'];
    const proposals = Array.from({ length: 1000 }, (_proposal, index) => {
      const committee = committees[index % 4] as string;
      const reference = `B26-${committee}-${String(Math.floor(index / 4) + 1).padStart(2, '0')}`;
      const rows = [{ label: 'Drift', category: 'drift', cells: { '2026': '-1,0', '2027': '-1,5', '2028': '-2,0', permanent: '-2,0' } }];
      if (index % 3 === 0) rows.push({ label: 'Indkøb', category: 'drift', cells: { '2026': '-0,125', '2027': '-', '2028': '-', permanent: '-' } });
      return aProposal(reference, { title: `Forslag nummer ${index + 1}`, table: { rows } });
    });
    const bytes = await importWorkbook(
      YEARS,
      proposals.flatMap((proposal) => importLines(proposal, YEARS)),
    );
    const started = performance.now();
    const response = await upload(budgetOffice, bytes, { round });
    const seconds = (performance.now() - started) / 1000;
    expect(response.status).toBe(201);
    expect(response.body.created).toBe(1000);
    // Reported, not asserted: the machine is shared.
    console.log(
      `1,000-proposal import (${bytes.length} bytes, ${proposals.reduce((count, proposal) => count + proposal.table.rows.length, 0)} lines): ${seconds.toFixed(1)} s`,
    );
    const db = app.get(IntakeDatabase);
    expect(await db.proposal.count({ where: { roundId: round, state: 'draft' } })).toBe(1000);
    expect(await db.proposalHistory.count({ where: { action: 'import_on_behalf', proposal: { roundId: round } } })).toBe(1000);
  }, 600_000);
});
