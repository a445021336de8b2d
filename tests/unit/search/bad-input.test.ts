// Bad input: every query has a defined result and never throws. Time is bounded by design (a term
// longer than every record is answered without a lookup; other work is proportional to the
// corpus); speed itself is measured by `npm run bench`, not asserted here.
import { describe, expect, it } from 'vitest';
import { realDocument } from '../../helpers/real-document';
import { plainCount, realEngine, scanBlocks } from '../../helpers/search';

const run = (query: string) => {
  const result = realEngine().search({ query });
  const summary = result.summary();
  return { result, summary, page: result.page(0), codes: result.info.problems.map((p) => p.code) };
};

describe('bad input', () => {
  it.each(['', '   ', '\t\n', '""', '" "'])('empty query %j: no hits, says why', (query) => {
    const { summary, page, codes } = run(query);
    expect(summary.total).toBe(0);
    expect(page.hits).toEqual([]);
    expect(codes.some((c) => c === 'empty' || c === 'nothing-searchable')).toBe(true);
  });

  it('a query that only excludes finds nothing and says so', () => {
    const { summary, codes } = run('-越南');
    expect(summary.total).toBe(0);
    expect(codes).toEqual(['only-exclusions']);
  });

  it.each([
    // With width folding on, the full-width comma and the ASCII one are the same character.
    ['，', ['，', ',']],
    ['。」', ['。」']],
    ['→', ['→']],
    ['‧', ['‧']],
  ])('only punctuation %j is searched literally', (query, literals) => {
    const { summary } = run(query);
    const expected = scanBlocks((t) => literals.reduce((n, l) => n + plainCount(t, l), 0));
    expect(summary.total).toBe(expected.size);
    expect(summary.occurrences).toBe([...expected.values()].reduce((a, b) => a + b, 0));
    expect(summary.total).toBeGreaterThan(0);
  });

  it('punctuation absent from the corpus finds nothing', () => {
    expect(run('§§').summary.total).toBe(0);
  });

  it.each(['.*', '(', '[a-z]+', '\\d', '$^', '|', '+?', '(?<x>)', '\\'])(
    'regex metacharacters %j are plain characters',
    (query) => {
      const { summary } = run(query);
      // With width folding on, ASCII ( also finds the article's full-width （.
      const widths = query === '(' ? ['(', '（'] : [query];
      const expected = scanBlocks((t) => widths.reduce((n, w) => n + plainCount(t, w), 0));
      expect(summary.total).toBe(expected.size);
      expect(summary.occurrences).toBe([...expected.values()].reduce((a, b) => a + b, 0));
    },
  );

  it.each(['\ud800', 'a\udc00b', '越\ud83d南', '\udfff\ud800'])(
    'lone surrogates %j are replaced and reported',
    (query) => {
      const { summary, codes } = run(query);
      expect(summary.total).toBe(0);
      expect(codes).toContain('lone-surrogate');
    },
  );

  it.each(['😀', '👨‍👩‍👧', '越南😀', '🇻🇳'])('emoji %j: searched literally, absent', (query) => {
    const { summary, codes } = run(query);
    expect(summary.total).toBe(0);
    expect(codes).toEqual([]);
  });

  it('a 100 KB query made of the article itself finds nothing (no block is that long)', () => {
    const text = realDocument()
      .blocks.map((b) => b.text)
      .join('');
    const query = text.repeat(Math.ceil(100_000 / text.length)).slice(0, 100_000);
    expect(query.length).toBe(100_000);
    const { summary } = run(`"${query}"`);
    expect(summary.total).toBe(0);
    expect(summary.plan).toMatch(/longer than every record/u);
  });

  it('a 100 KB query of one repeated word is one 100 KB phrase: nothing, at once', () => {
    const query = '越南 '.repeat(100_000 / 3);
    const { summary } = run(query);
    expect(summary.total).toBe(0);
    expect(summary.plan).toMatch(/longer than every record/u);
  });

  it('a 100 KB query of many different words finds nothing and returns', () => {
    const words = Array.from({ length: 12_000 }, (_, i) => `w${i.toString(36)}`);
    const query = words.join(' ').slice(0, 100_000);
    const { summary } = run(query);
    expect(summary.total).toBe(0);
  });

  it('repeated quoted phrases count once', () => {
    const { summary } = run('"越南" "越南" 越南');
    const expected = scanBlocks((t) => plainCount(t, '越南'));
    expect(summary.total).toBe(expected.size);
    expect(summary.occurrences).toBe([...expected.values()].reduce((a, b) => a + b, 0));
  });

  it('an unclosed quote runs to the end of the query', () => {
    const { summary, codes } = run('"Kuik 2008');
    expect(codes).toEqual(['unbalanced-quote']);
    expect(summary.total).toBe(scanBlocks((t) => plainCount(t, 'Kuik 2008')).size);
  });
});
