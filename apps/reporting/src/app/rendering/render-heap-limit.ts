import type { RenderJob } from './render-job';

// Measured on the generated 1,000-proposal catalogue (1,063 pages, 1.2 MB of text): under 200 MB is live at
// its peak, yet an uncapped worker lets its heap grow to about 440 MB before collecting. The estimate below
// gives such a catalogue 358 MB, and a larger round proportionally more.
const BASE_MB = 96;
const MB_PER_PROPOSAL = 0.12;
const MB_PER_MB_OF_TEXT = 120;
/** Below this, a job runs in one of the pool's lasting workers (without a cap), as small reports always do. */
export const OWN_WORKER_FROM_MB = 256;

/** The characters a proposal lays out as running text: its title and the bodies of its sections. */
function textLength(job: RenderJob): number {
  return job.bilag.proposals.reduce(
    (sum, { content }) => sum + content.title.length + content.sections.reduce((sections, section) => sections + section.body.length, 0),
    0,
  );
}

/**
 * The old-generation heap a job's worker gets, when the job is big enough to deserve a worker of its own: the
 * catalogue, the one report that lays out every proposal's text. A cap sized by the round makes V8 collect
 * garbage rather than grow (the peak stays near what is live); a job that outgrows it is rendered again
 * without one (see RenderPool).
 */
export function renderHeapLimitMb(job: RenderJob): number | undefined {
  if (job.key !== 'katalog' || job.format !== 'pdf') return undefined;
  const estimate = BASE_MB + MB_PER_PROPOSAL * job.bilag.proposals.length + (MB_PER_MB_OF_TEXT * textLength(job)) / 2 ** 20;
  return estimate >= OWN_WORKER_FROM_MB ? Math.ceil(estimate) : undefined;
}
