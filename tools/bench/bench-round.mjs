// A benchmark round in the running services: `size` proposals drafted and submitted by their committees, and the
// workflow service caught up with them. Shared by the decision-latency and render-responsiveness benchmarks.
import { ApiClient, waitFor } from '../demo/api-client.mjs';
import { benchRoundBody, proposalInputs } from './intake-load.mjs';

const SETUP_CONCURRENCY = 8;

/** Creates the round and its submitted proposals; returns the round, the submitted proposals and the clients used. */
export async function submittedRound({ urls, token, size, label }) {
  const as = async (url, role, committee) => new ApiClient(url, await token(role, committee));
  const office = { intake: await as(urls.intake, 'budget_office'), workflow: await as(urls.workflow, 'budget_office') };
  const reader = await as(urls.reporting, 'reader');
  const { id: roundId, round } = await office.intake.post('/rounds', benchRoundBody(label));
  const committees = {};
  for (const { code, kind } of round.committees) if (kind === 'fagudvalg') committees[code] = await as(urls.intake, 'committee_secretariat', code);
  const next = proposalInputs();
  const inputs = Array.from({ length: size }, () => next());
  await inParallel(inputs, SETUP_CONCURRENCY, async (input) => {
    const draft = await committees[input.committee].post(`/rounds/${roundId}/proposals`, input);
    await committees[input.committee].post(`/proposals/${draft.id}/submit`, { version: draft.version });
  });
  const submitted = await waitFor('the workflow service to receive the submitted proposals', async () => {
    const items = await allProposals(office.workflow, roundId);
    return items.length === size && items.every((proposal) => proposal.state === 'submitted') ? items : undefined;
  });
  await waitFor('the workflow service to receive the round', () => office.workflow.get(`/rounds/${roundId}/decisions`).catch(() => undefined));
  return { roundId, round, submitted, office, reader, as };
}

/** Every proposal of the round, page by page. */
export async function allProposals(client, roundId) {
  const items = [];
  for (let page = 1; ; page += 1) {
    const result = await client.get(`/proposals?roundId=${roundId}&pageSize=100&page=${page}`);
    items.push(...result.items);
    if (items.length >= result.total || result.items.length === 0) return items;
  }
}

/**
 * Fetches the round's reports and fact sheets (only the one of `changedProposalId` when given: a decision changes no
 * other) in their current version once, rendering what is not stored yet.
 */
export async function settle(reader, roundId, changedProposalId) {
  const { reports, factSheets } = await reader.get(`/rounds/${roundId}/reports`);
  const sheets = changedProposalId ? factSheets.filter((sheet) => sheet.href.includes(changedProposalId)) : factSheets;
  // A report that cannot be made yet (the agreement's, before the agreement) answers 409: the bench leaves it out.
  for (const { href, etag } of [...reports.filter((report) => report.notYetAvailable === null), ...sheets]) {
    const response = await fetch(`${reader.baseUrl}${href}`, { headers: { Authorization: `Bearer ${reader.token}`, 'If-None-Match': etag } });
    await response.arrayBuffer();
    if (response.status !== 200 && response.status !== 304) throw new Error(`GET ${href} answered ${response.status}`);
  }
}

/** Runs `work` over the items, at most `concurrency` at a time. */
export async function inParallel(items, concurrency, work) {
  const queue = [...items];
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (queue.length) await work(queue.shift());
    }),
  );
}
