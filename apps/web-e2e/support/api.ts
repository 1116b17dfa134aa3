import { DANISH_TIME_ZONE, budget2026Round } from '@budgetflow/domain';
import { roundRequest } from '@budgetflow/testing/requests';
import type { Locator } from '@playwright/test';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { env, expect } from './fixtures';

// What the tests do through the services' APIs (as the budget office does it in its own tools): a development token
// per role, as the test system's seed uses.

type Service = 'intake' | 'workflow' | 'reporting';

async function token(role: string, committee?: string): Promise<string> {
  const module = pathToFileURL(join(__dirname, '..', '..', '..', 'tools', 'auth', 'tokens.mjs')).href;
  const { mintToken } = (await import(module)) as { mintToken(options: Record<string, unknown>): Promise<string> };
  // A council member's qualifier is its party, a committee secretariat's its committee.
  const qualifier = role === 'politician' ? { party: committee } : { committee };
  return mintToken({ secret: env('E2E_JWT_SECRET'), audience: env('E2E_JWT_AUDIENCE'), role, ...qualifier, expiresIn: '10m' });
}

const base = (service: Service) => (service === 'intake' ? env('E2E_INTAKE_URL') : service === 'workflow' ? env('E2E_WORKFLOW_URL') : env('E2E_REPORTING_URL'));

/** One call as `role`; the answer's status and JSON body. */
export async function callAs(
  role: string,
  committee: string | undefined,
  service: Service,
  method: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(`${base(service)}${path}`, {
    method,
    headers: { authorization: `Bearer ${await token(role, committee)}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined };
}

// The calendar day in Danish time, as the pages count days («om 10 dage»); UTC's day differs from 23.00 or 22.00 UTC on.
const DANISH_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: DANISH_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });
const isoDay = (offsetDays: number) => DANISH_DAY.format(new Date(Date.now() + offsetDays * 86_400_000));

/**
 * A round of the test's own (Budget 2026's committees, frames and columns under another name), so that what the test
 * creates leaves the other tests' round alone; its deadline is `deadlineInDays` from today.
 */
export async function createRound(name: string, deadlineInDays = 10): Promise<string> {
  const answer = await callAs(
    'budget_office',
    undefined,
    'intake',
    'POST',
    '/rounds',
    roundRequest(budget2026Round, {
      name,
      dates: {
        framesApprovedByFu: isoDay(-20),
        proposalDeadline: isoDay(deadlineInDays),
        committeeWorkApprovedByFu: isoDay(deadlineInDays + 20),
        rrAdoption: isoDay(deadlineInDays + 60),
      },
    }),
  );
  expect(answer.status, JSON.stringify(answer.body)).toBe(201);
  return answer.body.id as string;
}

/** The budget office returns a submitted proposal, once the workflow has heard of the submission (an event away). */
export async function returnAsBudgetOffice(proposalId: string, remark: string): Promise<void> {
  await expect
    .poll(async () => (await callAs('budget_office', undefined, 'workflow', 'POST', `/proposals/${proposalId}/return`, { remark })).status, { timeout: 30_000 })
    .toBe(200);
}

/** A block of cells pasted into a cell, as the browser delivers a paste from a spreadsheet (text/plain, tab-separated). */
export async function paste(cell: Locator, text: string): Promise<void> {
  await cell.focus();
  await cell.evaluate((element, data) => {
    const transfer = new DataTransfer();
    transfer.setData('text/plain', data);
    element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
  }, text);
}

/** A PDF from a service as `role` (e.g. a bilag from reporting). */
export async function fetchPdfAs(role: string, path: string, service: Service = 'reporting'): Promise<Buffer> {
  const response = await fetch(`${base(service)}${path}`, { headers: { authorization: `Bearer ${await token(role)}`, accept: 'application/pdf' } });
  expect(response.status, path).toBe(200);
  expect(response.headers.get('content-type')).toContain('application/pdf');
  return Buffer.from(await response.arrayBuffer());
}
