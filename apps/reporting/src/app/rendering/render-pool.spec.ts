import { Logger } from '@nestjs/common';
import { generatedBilagData } from '@budgetflow/reporting/bilag/testing';
import { RenderPool } from './render-pool';

// Real worker threads (they compile the sources as they load them, so each start takes seconds).
jest.setTimeout(180_000);

describe('RenderPool', () => {
  const bilag = generatedBilagData(40);
  let pool: RenderPool | undefined;

  afterEach(async () => {
    await pool?.onApplicationShutdown();
    jest.restoreAllMocks();
  });

  it('renders a catalogue that outgrows its heap cap once more without a cap', async () => {
    const warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    // 8 MB cannot hold even the worker's code: the capped worker runs out of memory for certain.
    pool = new RenderPool(1, (job) => (job.key === 'katalog' ? 8 : undefined));
    const pdf = await pool.render({ key: 'katalog', format: 'pdf', bilag, proposalId: null });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('outgrew its heap cap of 8 MB'));
    // The pool goes on with its lasting worker.
    const frameStatus = await pool.render({ key: 'rammeopfoelgning', format: 'pdf', bilag, proposalId: null });
    expect(frameStatus.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('gives a capped catalogue the place of an idle lasting worker and takes jobs on after it', async () => {
    pool = new RenderPool(1, (job) => (job.key === 'katalog' ? 512 : undefined));
    const [frameStatus, catalogue, overview] = await Promise.all([
      pool.render({ key: 'rammeopfoelgning', format: 'pdf', bilag, proposalId: null }),
      pool.render({ key: 'katalog', format: 'pdf', bilag, proposalId: null }),
      pool.render({ key: 'vedtaget', format: 'xlsx', bilag, proposalId: null }),
    ]);
    expect(frameStatus.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(catalogue.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // An XLSX is a ZIP file.
    expect(overview.subarray(0, 2).toString('latin1')).toBe('PK');
  });

  it('abandons a render under way and one waiting when their signal is aborted, and renders the next job', async () => {
    pool = new RenderPool(1, () => undefined);
    const stopping = new AbortController();
    const running = pool.render({ key: 'katalog', format: 'pdf', bilag: generatedBilagData(400), proposalId: null }, stopping.signal);
    const waiting = pool.render({ key: 'vedtaget', format: 'pdf', bilag, proposalId: null }, stopping.signal);
    const unrelated = pool.render({ key: 'rammeopfoelgning', format: 'pdf', bilag, proposalId: null });
    stopping.abort();
    await expect(running).rejects.toThrow('The render was abandoned');
    await expect(waiting).rejects.toThrow('The render was abandoned');
    // The job without the signal gets a new worker in the ended one's place.
    expect((await unrelated).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await expect(pool.render({ key: 'vedtaget', format: 'pdf', bilag, proposalId: null }, stopping.signal)).rejects.toThrow('The render was abandoned');
  });
});
