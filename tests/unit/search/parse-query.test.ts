import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../../app/search/query/parse-query';

const codes = (q: string) => parseQuery(q).problems.map((p) => p.code);

describe('query syntax', () => {
  it('makes the unquoted words one phrase, keeps quoted phrases whole and reads exclusions', () => {
    const q = parseQuery('Kuik 2008 "soft balancing" -避險 -"power spectrum"');
    expect(q.include).toEqual([
      { text: 'Kuik 2008', phrase: false },
      { text: 'soft balancing', phrase: true },
    ]);
    expect(q.exclude).toEqual([
      { text: '避險', phrase: false },
      { text: 'power spectrum', phrase: true },
    ]);
    expect(q.problems).toEqual([]);
  });

  it('joins the unquoted words by one space, in the order typed, around quotes and exclusions', () => {
    expect(parseQuery('  Bien \t\n  Dong ').include).toEqual([
      { text: 'Bien Dong', phrase: false },
    ]);
    expect(parseQuery('避險 -軟制衡 策略').include).toEqual([{ text: '避險 策略', phrase: false }]);
    expect(parseQuery('"HD-981" 事件').include).toEqual([
      { text: '事件', phrase: false },
      { text: 'HD-981', phrase: true },
    ]);
    expect(parseQuery('a - b').include).toEqual([{ text: 'a - b', phrase: false }]);
  });

  it('keeps inner hyphens and the corpus’s own quotation marks literal', () => {
    expect(parseQuery('HD-981事件').include).toEqual([{ text: 'HD-981事件', phrase: false }]);
    expect(parseQuery('「避險」').include).toEqual([{ text: '「避險」', phrase: false }]);
    expect(parseQuery('-').include).toEqual([{ text: '-', phrase: false }]);
  });

  it('accepts the full-width quote as a phrase delimiter', () => {
    expect(parseQuery('＂soft balancing＂').include).toEqual([
      { text: 'soft balancing', phrase: true },
    ]);
  });

  it('reports what it had to decide', () => {
    expect(codes('')).toEqual(['empty']);
    expect(codes('   \t ')).toEqual(['empty']);
    expect(codes('""')).toEqual(['empty']);
    expect(codes('-越南')).toEqual(['only-exclusions']);
    expect(codes('"soft balancing')).toEqual(['unbalanced-quote']);
    expect(parseQuery('"soft balancing').include).toEqual([
      { text: 'soft balancing', phrase: true },
    ]);
    expect(codes('a\ud800')).toEqual(['lone-surrogate']);
    expect(codes('\u{1F600}')).toEqual([]);
  });
});
