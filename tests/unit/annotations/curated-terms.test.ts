/**
 * The curated glossary and `term` layer of nguyen-2020, checked against the real Document with
 * this test's own implementation of the coverage rule of annotations/FORMAT.md (leftmost-longest
 * over every surface form of every term; Chinese by exact substring, English case-insensitively
 * at word boundaries).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Block } from '../../../corpus/model/document';
import { sliceCodePoints, utf16ToCodePoint } from '../../../corpus/text/code-points';
import { DOC_ID, realDocument } from '../../helpers/real-document';

interface Term {
  id: string;
  zh: string[];
  enForms?: string[];
  en: string;
  enSource: string;
  vi?: string;
  viSource?: string;
  attributedTo?: string;
  definition: string;
  definitionSource: string;
}
interface Exclusion {
  termId: string;
  blockId: string;
  exact: string;
  prefix: string;
  reason: string;
}
interface Tag {
  id: string;
  termId: string;
  blockId: string;
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
}
interface Occurrence {
  blockId: string;
  start: number;
  end: number;
  termId: string;
}

const folder = new URL(`../../../annotations/${DOC_ID}/`, import.meta.url);
const glossary = JSON.parse(readFileSync(new URL('glossary.json', folder), 'utf8')) as {
  terms: Term[];
  exclusions: Exclusion[];
};
const layer = JSON.parse(readFileSync(new URL('term.jsonld', folder), 'utf8')) as {
  id: string;
  type: string;
  items: Record<string, unknown>[];
};
const blocks = realDocument().blocks;
const blockText = (id: string) => (blocks.find((b) => b.id === id) as Block).text;
const termIds = new Set(glossary.terms.map((t) => t.id));

/** A term annotation read back from its W3C JSON-LD (the shape FORMAT.md fixes). */
function readTag(item: Record<string, unknown>): Tag {
  const body = item.body as { purpose: string; source: string }[];
  expect(body[0]).toEqual({
    type: 'SpecificResource',
    purpose: 'classifying',
    source: 'urn:triglot:vocab#term',
  });
  const link = body.find((b) => b.purpose === 'linking') as { source: string };
  const glossaryPrefix = `urn:triglot:glossary:${DOC_ID}#`;
  expect(link.source.startsWith(glossaryPrefix)).toBe(true);
  type Refinement = { type: string; exact?: string; prefix?: string; suffix?: string } & {
    start?: number;
    end?: number;
  };
  const selectors = (item.target as { selector: { value: string; refinedBy: Refinement }[] })
    .selector;
  const quote = selectors.find((s) => s.refinedBy.type === 'TextQuoteSelector')?.refinedBy;
  const position = selectors.find((s) => s.refinedBy.type === 'TextPositionSelector')?.refinedBy;
  expect(new Set(selectors.map((s) => s.value)).size).toBe(1);
  return {
    id: item.id as string,
    termId: link.source.slice(glossaryPrefix.length),
    blockId: selectors[0]?.value ?? '',
    start: position?.start ?? -1,
    end: position?.end ?? -1,
    exact: quote?.exact ?? '',
    prefix: quote?.prefix ?? '',
    suffix: quote?.suffix ?? '',
  };
}
const tags = layer.items.map(readTag);

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every candidate match of every surface form, then leftmost-longest selection per block. */
function occurrencesIn(block: Block): Occurrence[] {
  const candidates: Occurrence[] = [];
  const add = (index: number, length: number, termId: string) =>
    candidates.push({
      blockId: block.id,
      start: utf16ToCodePoint(block.text, index),
      end: utf16ToCodePoint(block.text, index + length),
      termId,
    });
  for (const term of glossary.terms) {
    for (const form of term.zh) {
      for (let i = block.text.indexOf(form); i >= 0; i = block.text.indexOf(form, i + 1)) {
        add(i, form.length, term.id);
      }
    }
    for (const form of term.enForms ?? []) {
      const pattern = new RegExp(`(?<![A-Za-z0-9])${escapeRegExp(form)}(?![A-Za-z0-9])`, 'gi');
      for (const m of block.text.matchAll(pattern)) add(m.index, m[0].length, term.id);
    }
  }
  candidates.sort((a, b) => a.start - b.start || b.end - a.end);
  const chosen: Occurrence[] = [];
  let cursor = 0;
  for (const c of candidates) {
    if (c.start < cursor) continue;
    chosen.push(c);
    cursor = c.end;
  }
  return chosen;
}
const occurrences = blocks.flatMap(occurrencesIn);
const key = (o: { blockId: string; start: number; end: number }) =>
  `${o.blockId}@${o.start}-${o.end}`;

/** The occurrence an exclusion names: same term and block, same text, text before ending in prefix. */
function occurrencesNamedBy(x: Exclusion): Occurrence[] {
  return occurrences.filter((o) => {
    if (o.blockId !== x.blockId || o.termId !== x.termId) return false;
    const text = blockText(o.blockId);
    return (
      sliceCodePoints(text, o.start, o.end) === x.exact &&
      sliceCodePoints(text, 0, o.start).endsWith(x.prefix)
    );
  });
}

/** Plain count of `needle` over every block's text. */
const plainCount = (needle: string) =>
  blocks.reduce((n, b) => n + b.text.split(needle).length - 1, 0);

describe('the nguyen-2020 glossary', () => {
  it('holds at least 30 terms with unique kebab-case ids and unique surface forms', () => {
    expect(glossary.terms.length).toBeGreaterThanOrEqual(30);
    expect(termIds.size).toBe(glossary.terms.length);
    for (const t of glossary.terms) expect(t.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    const forms = glossary.terms.flatMap((t) => [...t.zh, ...(t.enForms ?? [])]);
    expect(new Set(forms.map((f) => f.toLowerCase())).size).toBe(forms.length);
  });

  it('labels every entry: English source, Vietnamese only as the project’s, definitions as the project’s', () => {
    for (const t of glossary.terms) {
      expect(t.zh.length, t.id).toBeGreaterThan(0);
      expect(['article', 'project'], t.id).toContain(t.enSource);
      expect(t.en.trim().length, t.id).toBeGreaterThan(0);
      if (t.vi !== undefined) expect(t.viSource, t.id).toBe('project');
      else expect(t.viSource, t.id).toBeUndefined();
      expect(t.definitionSource, t.id).toBe('project');
      expect(t.definition.length, t.id).toBeGreaterThan(30);
    }
  });

  it('takes the English marked as the article’s from the article, and every surface form from the text', () => {
    const all = blocks.map((b) => b.text).join('\n');
    for (const t of glossary.terms) {
      for (const form of t.zh) expect(all, `${t.id}: ${form}`).toContain(form);
      for (const form of t.enForms ?? []) expect(all.toLowerCase()).toContain(form.toLowerCase());
      if (t.enSource === 'article') expect(all.toLowerCase(), t.id).toContain(t.en.toLowerCase());
    }
  });

  it('attributes terms only to works the article cites', () => {
    const all = blocks.map((b) => b.text).join('\n');
    for (const t of glossary.terms) {
      for (const label of t.attributedTo?.split('; ') ?? []) {
        if (label.endsWith('(this article)')) continue;
        const [, name, year] = /^(.+?) ?(\d{4})$/.exec(label) ?? [];
        expect(name, `${t.id}: ${label}`).toBeDefined();
        const cited = new RegExp(`${escapeRegExp(name as string)}\\s*（?${year}`);
        expect(all, `${t.id}: ${label}`).toMatch(cited);
      }
    }
  });
});

describe('the nguyen-2020 term layer', () => {
  it('is an AnnotationPage of term annotations with readable, unique ids', () => {
    expect(layer.id).toBe(`urn:triglot:layer:${DOC_ID}:term`);
    expect(layer.type).toBe('AnnotationPage');
    expect(new Set(tags.map((t) => t.id)).size).toBe(tags.length);
    for (const [i, tag] of tags.entries()) {
      expect(tag.id).toMatch(new RegExp(`^urn:triglot:anno:${DOC_ID}:term:${tag.termId}-\\d+$`));
      expect(layer.items[i]?.motivation).toBe('identifying');
    }
  });

  it('links every tag to an existing glossary entry', () => {
    for (const tag of tags) expect(termIds.has(tag.termId), tag.id).toBe(true);
  });

  it('quotes the block text exactly at every tag’s position, with its context', () => {
    for (const tag of tags) {
      const text = blockText(tag.blockId);
      expect(sliceCodePoints(text, tag.start, tag.end), tag.id).toBe(tag.exact);
      expect(sliceCodePoints(text, 0, tag.start).endsWith(tag.prefix), tag.id).toBe(true);
      expect(sliceCodePoints(text, tag.end).startsWith(tag.suffix), tag.id).toBe(true);
    }
  });

  it('covers every occurrence of every surface form exactly once, by a tag or an exclusion', () => {
    const tagged = new Map(tags.map((t) => [key(t), t]));
    expect(tagged.size).toBe(tags.length);
    const excluded = new Map<string, Exclusion>();
    for (const x of glossary.exclusions) {
      for (const o of occurrencesNamedBy(x)) excluded.set(key(o), x);
    }
    for (const o of occurrences) {
      const tag = tagged.get(key(o));
      const exclusion = excluded.get(key(o));
      expect(Number(!!tag) + Number(!!exclusion), key(o)).toBe(1);
      if (tag) expect(tag.termId, tag.id).toBe(o.termId);
    }
    const spans = new Set(occurrences.map(key));
    for (const tag of tags)
      expect(spans.has(key(tag)), `${tag.id} is not an occurrence`).toBe(true);
    expect(tags.length + glossary.exclusions.length).toBe(occurrences.length);
  });

  it('tags at least one occurrence of every term', () => {
    const used = new Set(tags.map((t) => t.termId));
    for (const t of glossary.terms) expect(used.has(t.id), t.id).toBe(true);
  });

  it('gives every exclusion a reason and one real occurrence', () => {
    for (const x of glossary.exclusions) {
      expect(termIds.has(x.termId), x.termId).toBe(true);
      expect(x.reason.length, JSON.stringify(x)).toBeGreaterThan(20);
      expect(occurrencesNamedBy(x), JSON.stringify(x)).toHaveLength(1);
    }
  });

  it('excludes 「充分的條件」 as the ordinary phrase in 2.2 but tags the defined term in 2.3.2', () => {
    const mine = (termId: string, blockId: string) =>
      tags.filter((t) => t.termId === termId && t.blockId === blockId).map((t) => t.exact);
    expect(mine('sufficient-condition', 's2.3.2-p9')).toEqual([
      '充分的條件',
      'sufficient condition',
    ]);
    expect(mine('sufficient-condition', 's2.2-p4')).toEqual([]);
    expect(glossary.exclusions.map((x) => `${x.termId}@${x.blockId}`)).toContain(
      'sufficient-condition@s2.2-p4',
    );
  });
});

describe('golden occurrence counts (plain scan of the block texts)', () => {
  const chineseTags = (termId: string) =>
    tags.filter((t) => t.termId === termId && !/[A-Za-z]/.test(t.exact));

  // Counted in source.txt with whitespace removed, less the two surviving running heads (pp. 145
  // and 169) that print the title 「從「避險」到「軟制衡」…」: 軟制衡 33 − 2, 避險 55 − 2, 扈從 29.
  it('軟制衡: 31, every one tagged soft-balancing', () => {
    expect(plainCount('軟制衡')).toBe(31);
    expect(chineseTags('soft-balancing')).toHaveLength(plainCount('軟制衡'));
  });

  it('避險: 53, every one tagged hedging (避險者 once, as the hedger)', () => {
    expect(plainCount('避險')).toBe(53);
    const hedging = chineseTags('hedging');
    expect(hedging).toHaveLength(plainCount('避險'));
    expect(hedging.filter((t) => t.exact === '避險者')).toHaveLength(1);
  });

  it('扈從: 29, bandwagoning except Kuik’s 有限的扈從', () => {
    expect(plainCount('扈從')).toBe(29);
    expect(chineseTags('bandwagoning').length + chineseTags('limited-bandwagoning').length).toBe(
      plainCount('扈從'),
    );
    expect(chineseTags('limited-bandwagoning').map((t) => t.exact)).toEqual(['有限的扈從']);
  });

  it('the English abstract and glosses: hedging/hedger 8 times, soft balancing 6 times', () => {
    const english = (pattern: RegExp) =>
      blocks.reduce((n, b) => n + (b.text.match(pattern)?.length ?? 0), 0);
    const englishTags = (termId: string) =>
      tags.filter((t) => t.termId === termId && /[A-Za-z]/.test(t.exact)).length;
    expect(english(/\bhedg(ing|er)\b/gi)).toBe(8);
    expect(englishTags('hedging')).toBe(8);
    expect(english(/\bsoft balancing\b/gi)).toBe(6);
    expect(englishTags('soft-balancing')).toBe(6);
  });
});
