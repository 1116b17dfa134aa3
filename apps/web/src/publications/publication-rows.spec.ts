import type { PublicationStatusView, PublicationView } from '../api/views';
import { publicEdition, publicationRows, somePending } from './publication-rows';

const ROUND = '00000000-0000-4000-8000-000000000001';

function published(id: string, title: string, current: boolean, replacedBy: string | null = null): PublicationView {
  return {
    id,
    roundId: ROUND,
    title,
    date: '2025-05-19',
    dataVersion: 42,
    publishedAt: '2025-05-19T08:00:00.000Z',
    publishedBy: 'Karen Holm',
    current,
    replaces: null,
    replacedBy,
    replacedAt: replacedBy ? '2025-05-20T08:00:00.000Z' : null,
  };
}

function status(id: string, state: PublicationStatusView['status'], extra: Partial<PublicationStatusView> = {}): PublicationStatusView {
  return { id, title: id, dataVersion: 42, status: state, reason: null, href: null, ...extra };
}

describe('publicationRows', () => {
  const newest = published('b', 'Materiale til RR’s 1. behandling', true);
  const earlier = published('a', 'Materiale til FU’s 1. behandling', false, 'b');

  it('gives each publication the state of its pages and, when ready, their address; a failed one its reason', () => {
    const rows = publicationRows(
      [newest, earlier],
      [status('b', 'failed', { reason: 'Runden er ændret siden; udgiv igen.' }), status('a', 'ready', { href: '/offentligt/udgivelser/a' })],
    );
    expect(rows.map((row) => [row.id, row.state, row.href, row.reason])).toEqual([
      ['b', 'failed', null, 'Runden er ændret siden; udgiv igen.'],
      ['a', 'ready', '/offentligt/udgivelser/a', null],
    ]);
  });

  it('keeps the workflow’s order and current mark, and names what replaced an earlier one', () => {
    const rows = publicationRows([newest, earlier], []);
    expect(rows.map((row) => [row.title, row.current, row.replacedByTitle])).toEqual([
      ['Materiale til RR’s 1. behandling', true, null],
      ['Materiale til FU’s 1. behandling', false, 'Materiale til RR’s 1. behandling'],
    ]);
  });

  it('counts one reporting has not heard of yet as being built, and asks again while any is', () => {
    const rows = publicationRows([newest], []);
    expect(rows[0]?.state).toBe('pending');
    expect(somePending(rows)).toBe(true);
    expect(somePending(publicationRows([newest], [status('b', 'ready', { href: '/offentligt/udgivelser/b' })]))).toBe(false);
  });
});

describe('publicEdition', () => {
  it('is the newest publication whose pages are built: an earlier one while the newest is being built or failed', () => {
    const rows = publicationRows(
      [published('c', 'Tredje', true), published('b', 'Anden', false, 'c'), published('a', 'Første', false, 'b')],
      [status('c', 'pending'), status('b', 'ready', { href: '/offentligt/udgivelser/b' }), status('a', 'ready', { href: '/offentligt/udgivelser/a' })],
    );
    expect(publicEdition(rows)?.title).toBe('Anden');
  });

  it('is none before any publication is built', () => {
    expect(publicEdition(publicationRows([published('a', 'Første', true)], [status('a', 'failed', { reason: 'x' })]))).toBeNull();
  });
});
