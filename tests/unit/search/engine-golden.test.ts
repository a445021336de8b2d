// Golden tests on the real article: every expected count is computed here by a plain scan of the
// block texts (or of source.txt), never by the engine.
import { describe, expect, it } from 'vitest';
import { realDocument, rawSource } from '../../helpers/real-document';
import {
  engineMatches,
  plainCount,
  realEngine,
  scanBlocks,
  simpleLatinFold,
} from '../../helpers/search';

describe('exact substrings in Chinese', () => {
  it.each([
    '越南',
    '軟制衡',
    '避險',
    '南海',
    '美國',
    '川普',
    '印太戰略',
    '越南對中國',
    '權力不對稱',
  ])('%s: every block and every occurrence, as a plain scan finds them', (query) => {
    const expected = scanBlocks((text) => plainCount(text, query));
    expect(expected.size).toBeGreaterThan(0);
    expect(engineMatches(query)).toEqual(expected);
  });

  it('never matches a two-character word whose characters are merely scattered', () => {
    const { blocks } = realDocument();
    const scattered = blocks.filter(
      (b) => b.text.includes('越') && b.text.includes('美') && !b.text.includes('越美'),
    );
    expect(scattered.length).toBeGreaterThan(10);
    const hits = engineMatches('越美');
    for (const block of scattered) expect(hits.has(block.id)).toBe(false);
    expect(hits).toEqual(scanBlocks((text) => plainCount(text, '越美')));
  });

  it('finds Traditional text from a Simplified query', () => {
    expect(engineMatches('软制衡')).toEqual(scanBlocks((text) => plainCount(text, '軟制衡')));
    expect(engineMatches('越南对中国')).toEqual(
      scanBlocks((text) => plainCount(text, '越南對中國')),
    );
  });
});

describe('Latin, numbers, citations and mixed queries', () => {
  it.each(['HD-981', 'Kuik', '2008', '12.07%', 'HD-981事件', 'RIMPAC'])('%s', (query) => {
    expect(engineMatches(query)).toEqual(scanBlocks((text) => plainCount(text, query)));
  });

  it('folds case', () => {
    expect(engineMatches('hd-981')).toEqual(scanBlocks((text) => plainCount(text, 'HD-981')));
    expect(engineMatches('"SOFT BALANCING"')).toEqual(
      scanBlocks((text) => plainCount(text.toLowerCase(), 'soft balancing')),
    );
  });

  it('reads the unquoted words as one phrase: Kuik 2008 is not Kuik（2008）', () => {
    const expected = scanBlocks((text) => plainCount(text, 'Kuik 2008'));
    expect(expected.size).toBeGreaterThan(0);
    expect(engineMatches('Kuik 2008')).toEqual(expected);
    expect(engineMatches('  Kuik \t 2008 ')).toEqual(expected);
    // The narrative citations 「Kuik（2008, …）」 hold both words but not the phrase.
    const narrativeOnly = [...scanBlocks((text) => plainCount(text, 'Kuik（2008')).keys()].filter(
      (id) => !expected.has(id),
    );
    expect(narrativeOnly.length).toBeGreaterThan(0);
    const hits = engineMatches('Kuik 2008');
    for (const id of narrativeOnly) expect(hits.has(id), id).toBe(false);
    expect(engineMatches('2008 Kuik').size).toBe(
      scanBlocks((t) => plainCount(t, '2008 Kuik')).size,
    );
  });

  it('matches a quoted phrase as one substring', () => {
    expect(engineMatches('"Kuik 2008"')).toEqual(
      scanBlocks((text) => plainCount(text, 'Kuik 2008')),
    );
  });

  it('requires every phrase when there are several, and counts each', () => {
    const expected = scanBlocks((text) => {
      const kuik = plainCount(text, 'Kuik');
      const year = plainCount(text, '2008');
      return kuik && year ? kuik + year : 0;
    });
    expect(expected.size).toBeGreaterThan(0);
    expect(engineMatches('Kuik "2008"')).toEqual(expected);
    expect(engineMatches('"Kuik" "2008"')).toEqual(expected);
  });

  it('drops blocks holding an excluded term', () => {
    const expected = scanBlocks((text) => (text.includes('軟制衡') ? 0 : plainCount(text, '避險')));
    expect(engineMatches('避險 -軟制衡')).toEqual(expected);
  });
});

describe('Vietnamese with and without diacritics', () => {
  it.each([
    ['Bien Dong', 'bien dong'],
    ['Hoang Sa', 'hoang sa'],
    ['"tiet nhien"', 'tiet nhien'],
    ['Biển Đông', 'bien dong'],
    ['nam quoc son ha', 'nam quoc son ha'],
    ['tau la', 'tau la'],
  ])('%s: the whole query as one substring of the folded text', (query, phrase) => {
    const expected = scanBlocks((text) => plainCount(simpleLatinFold(text), phrase));
    expect(expected.size).toBeGreaterThan(0);
    expect(engineMatches(query)).toEqual(expected);
  });

  it('counts Biển Đông once, not Biển and Đông apart', () => {
    expect(engineMatches('Bien Dong')).toEqual(new Map([['s1-p2', 1]]));
    expect(engineMatches('Bien Dong')).toEqual(scanBlocks((text) => plainCount(text, 'Biển Đông')));
  });

  it('misses Biển Đông when the diacritic fold is off', () => {
    expect(engineMatches({ query: 'Bien Dong', folds: { diacritics: false } }).size).toBe(0);
    expect(engineMatches({ query: 'Biển Đông', folds: { diacritics: false } }).size).toBe(1);
  });
});

describe('the raw source agrees', () => {
  // Terms that never stand in a running head nor break across a line, so source.txt (joined
  // where a Chinese word breaks at a line end) holds exactly the occurrences the blocks hold.
  it.each(['HD-981', 'Kuik', '2008', '12.07%', '川普', '印太戰略', '南海', 'Biển Đông'])(
    '%s',
    (query) => {
      const joined = rawSource().replace(/\n\s*/gu, '');
      const result = realEngine().search({ query: `"${query}"` });
      expect(result.summary().occurrences).toBe(plainCount(joined, query));
    },
  );
});

describe('folds are switchable per query', () => {
  it('exact mode compares code points', () => {
    const exact = { case: false, width: false, diacritics: false, script: false };
    expect(engineMatches({ query: 'hd-981', folds: exact }).size).toBe(0);
    expect(engineMatches({ query: 'HD-981', folds: exact })).toEqual(engineMatches('HD-981'));
    expect(engineMatches({ query: '软制衡', folds: exact }).size).toBe(0);
    expect(engineMatches({ query: '軟制衡', folds: exact })).toEqual(
      scanBlocks((text) => plainCount(text, '軟制衡')),
    );
  });

  it('width folding finds full-width queries', () => {
    expect(engineMatches('ＨＤ－９８１')).toEqual(engineMatches('HD-981'));
    expect(engineMatches({ query: 'ＨＤ－９８１', folds: { width: false } }).size).toBe(0);
    // The article writes （ ） in full width: with width folding an ASCII parenthesis finds them.
    expect(engineMatches('Kuik(2008')).toEqual(
      scanBlocks((text) => plainCount(text, 'Kuik（2008')),
    );
  });

  it('script folding can be turned off', () => {
    expect(engineMatches({ query: '软制衡', folds: { script: false } }).size).toBe(0);
  });
});
