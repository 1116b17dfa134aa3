import { MAX_INPUT_DEPTH, MAX_INPUT_NODES, inspectInput } from './body-shape.pipe';
import { FixedWindowCounter } from './rate-limit';
import { MAX_INT32, parseStrictInt } from './strict-int';

describe('inspectInput: the shape of a body before class-transformer sees it', () => {
  const deep = (depth: number) => JSON.parse(`${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`);

  it('accepts ordinary input and reports nothing', () => {
    expect(inspectInput({ title: 'Øget kapacitet – «fase 2»', table: { rows: [{ cells: { '2026': '−2,2' } }] } })).toEqual([]);
  });

  it('refuses nesting deeper than the limit, iteratively (no stack overflow at depth 100 000)', () => {
    expect(inspectInput(deep(MAX_INPUT_DEPTH - 1))).toEqual([]);
    expect(inspectInput(deep(MAX_INPUT_DEPTH + 1))).toBe('too_deep');
    expect(inspectInput(JSON.parse(`${'['.repeat(100_000)}${']'.repeat(100_000)}`))).toBe('too_deep');
  });

  it('refuses more values than the limit', () => {
    expect(inspectInput(Object.fromEntries(Array.from({ length: MAX_INPUT_NODES + 1 }, (_, index) => [`f${index}`, 1])))).toBe('too_many_values');
    expect(inspectInput({ rows: Array.from({ length: MAX_INPUT_NODES + 1 }, () => 0) })).toBe('too_many_values');
  });

  it('refuses __proto__, constructor and prototype keys as unknown fields', () => {
    expect(inspectInput(JSON.parse('{"__proto__":{"x":1},"a":{"constructor":1,"prototype":2}}'))).toEqual([
      { code: 'request.unknown_field', path: '__proto__', message: 'Feltet «__proto__» er ikke et kendt felt.' },
      { code: 'request.unknown_field', path: 'a.constructor', message: 'Feltet «a.constructor» er ikke et kendt felt.' },
      { code: 'request.unknown_field', path: 'a.prototype', message: 'Feltet «a.prototype» er ikke et kendt felt.' },
    ]);
  });

  it('applies the domain text rule to every string, naming its path', () => {
    expect(inspectInput({ sections: [{ body: 'a\u0000b' }], title: 'x\ud800' })).toEqual([
      expect.objectContaining({ code: 'text.nul_character', path: 'sections[0].body' }),
      expect.objectContaining({ code: 'text.broken_character', path: 'title' }),
    ]);
  });
});

describe('parseStrictInt: one parser for integers typed into URLs', () => {
  it.each([
    ['16', 16],
    ['0', 0],
    ['2147483647', MAX_INT32],
  ])('reads %s', (raw, value) => {
    expect(parseStrictInt(raw)).toBe(value);
  });
  it.each([['0x10'], ['1e1'], ['1e20'], ['16.0'], ['+16'], [' 16'], ['016'], ['2147483648'], ['-1'], [''], ['١٦'], [undefined], [['1', '2']]])(
    'refuses %p',
    (raw) => {
      expect(parseStrictInt(raw)).toBeUndefined();
    },
  );
});

describe('FixedWindowCounter', () => {
  it('allows `limit` hits per key and window, then refuses until the window ends', () => {
    let now = 0;
    const counter = new FixedWindowCounter('subject', 2, 60_000, () => now);
    expect([counter.hit('a'), counter.hit('a'), counter.hit('a')].map((hit) => hit.allowed)).toEqual([true, true, false]);
    expect(counter.hit('b').allowed).toBe(true);
    expect(counter.hit('a')).toEqual({ allowed: false, remaining: 0, resetSeconds: 60 });
    now = 59_500;
    expect(counter.hit('a').resetSeconds).toBe(1);
    now = 60_000;
    expect(counter.hit('a')).toEqual({ allowed: true, remaining: 1, resetSeconds: 60 });
    expect(counter.policy()).toBe('"subject";q=2;w=60');
  });
});
