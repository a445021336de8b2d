import { describe, expect, it } from 'vitest';
import { gallop } from '../../../app/search/engine/candidates';
import { CandidateIndex } from '../../../app/search/index/candidate-index';
import { indexKeys } from '../../../app/search/index/index-keys';
import { DEFAULT_FOLDS } from '../../../app/search/normalize/folds';
import { normalizeText } from '../../../app/search/normalize/normalize';
import { realDocument } from '../../helpers/real-document';

describe('gallop', () => {
  const list = [2, 3, 5, 8, 13, 21, 34, 55];
  it.each([
    [1, 0, 0],
    [2, 0, 0],
    [4, 0, 2],
    [13, 1, 4],
    [14, 4, 5],
    [55, 0, 7],
    [56, 3, 8],
  ])('first position ≥ %i from %i is %i', (target, from, expected) => {
    expect(gallop(list, target, from)).toBe(expected);
  });
});

describe('index keys', () => {
  it('cuts Han runs and words into overlapping bigrams, never across scripts', () => {
    expect(indexKeys('hd-981事件 越南對中國').bigrams.sort()).toEqual(
      ['hd', '98', '81', '事件', '越南', '南對', '對中', '中國'].sort(),
    );
    expect(indexKeys('gdp的').bigrams).toEqual(['gd', 'dp']);
    expect(indexKeys('越', 'bigrams').bigrams).toEqual([]);
  });

  it('keeps whole words in full mode', () => {
    expect(indexKeys('kuik 2008 越南', 'full')).toEqual({
      bigrams: ['越南'],
      words: ['kuik', '2008'],
    });
  });
});

describe('the flexsearch candidate index', () => {
  const blocks = realDocument().blocks;
  const normalized = blocks.map((b) => normalizeText(b.text, DEFAULT_FOLDS));
  const index = new CandidateIndex('bigrams');
  normalized.forEach((text, id) => index.add(id, text));
  const full = new CandidateIndex('full');
  normalized.forEach((text, id) => full.add(id, text));

  it('lists, ascending, exactly the records holding a bigram', () => {
    for (const key of ['越南', '对中', 'hd', '81']) {
      const expected = normalized.flatMap((t, id) => (t.includes(key) ? [id] : []));
      expect(index.postings(key, 'bigram').ids).toEqual(expected);
    }
    expect(index.postings('不存', 'bigram').ids).toEqual([]);
  });

  it('finds any substring of a word in full mode', () => {
    const expected = normalized.flatMap((t, id) => (t.includes('uik') ? [id] : []));
    expect(full.postings('uik', 'word').ids).toEqual(expected);
  });

  it('rejects records added out of order', () => {
    expect(() => new CandidateIndex().add(1, 'x')).toThrow(/out of order/u);
  });
});
