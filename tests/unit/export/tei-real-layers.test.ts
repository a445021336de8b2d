/**
 * The curated layers and the alignment of the real article in its TEI export: claims, evidence
 * and their support links, editorial choices and notes, Vietnamese items, citations, and the
 * alignment's links, differences and summary links. Expected values come from the data files
 * read as plain JSON (not through the code under test) and from golden counts in README.md.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildTei } from '../../../app/export/tei/export-tei';
import { loadTeiInputs } from '../../../app/export/tei/load-tei-inputs';
import { EXPECTED_REPLACEMENTS } from '../../helpers/editorial-replacements';
import { DOC_ID, realDocument } from '../../helpers/real-document';
import { byXmlId, parseXml, teiElements, XML_NS, xmlId } from '../../helpers/tei';
import {
  blockIdOf,
  blockOf,
  isProjects,
  ownText,
  textBetween as textBetweenIn,
} from '../../helpers/tei-text';

const result = buildTei(loadTeiInputs(realDocument()));
const tei = parseXml(result.xml);
const text = teiElements(tei, 'text')[0] as Element;
const standOff = (type: string) =>
  teiElements(tei, 'standOff').find((s) => s.getAttribute('type') === type) as Element;

const readJson = <T>(path: string): T =>
  JSON.parse(readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8')) as T;
type RawAnnotation = {
  id: string;
  body: { type: string; purpose: string; source?: string; value?: string }[];
  target: { selector: { value: string; refinedBy: { type: string; exact?: string } }[] };
};
const layer = (name: string) =>
  readJson<{ items: RawAnnotation[] }>(`annotations/${DOC_ID}/${name}.jsonld`).items;
const local = (id: string) => id.split(':').at(-1) ?? '';
const quoteOf = (a: RawAnnotation) =>
  a.target.selector.map((s) => s.refinedBy.exact).find((e) => e !== undefined) ?? '';
const classes = (a: RawAnnotation) =>
  a.body
    .filter((b) => b.purpose === 'classifying')
    .map((b) => (b.source ?? '').replace('urn:triglot:vocab#', ''));
const links = (a: RawAnnotation) =>
  a.body.filter((b) => b.purpose === 'linking').map((b) => b.source ?? '');
const textBody = (a: RawAnnotation, purpose: string) =>
  a.body.find((b) => b.type === 'TextualBody' && b.purpose === purpose)?.value;

/** The author's text between two anchors of the same block. */
const textBetween = (startId: string, endId: string) => textBetweenIn(tei, startId, endId);

const squeeze = (s: string) => s.replace(/\s+/gu, '');
const byFirst = <T extends unknown[]>(rows: T[]) =>
  [...rows].sort((a, b) => String(a[0]).localeCompare(String(b[0])));
const targets = (el: Element) => (el.getAttribute('target') ?? '').split(' ');

describe('TEI export of nguyen-2020: claims and evidence', () => {
  const spans = (type: string) =>
    teiElements(
      teiElements(standOff('annotations'), 'spanGrp').find(
        (g) => g.getAttribute('type') === type,
      ) as Element,
      'span',
    );

  it('writes nothing to fall back on and reports no problem: every layer is placed by position', () => {
    expect(result.problems).toEqual([]);
    expect(Object.fromEntries(result.counts.dropped)).toEqual({});
    // Only the three corrections that propose no replacement are notes on anchored passages.
    expect(Object.fromEntries(result.counts.standoff)).toEqual({ 'editorial-note': 3 });
  });

  it.each([
    ['claim', 102],
    ['evidence', 164],
  ] as const)('lists every %s as an anchored <span> with its role, over its quote', (name, n) => {
    const items = layer(name);
    expect(items).toHaveLength(n);
    const written = spans(name);
    expect(written.map((s) => [xmlId(s), s.getAttribute('subtype')])).toEqual(
      items.map((a) => [`${name}.${local(a.id)}`, classes(a)[1]]),
    );
    for (const [i, a] of items.entries()) {
      const id = `${name}.${local(a.id)}`;
      // Tables and figures are written with indentation between their cells and lines.
      expect(squeeze(textBetween(`${id}.start`, `${id}.end`)), id).toBe(squeeze(quoteOf(a)));
      const said = textBody(a, name === 'claim' ? 'describing' : 'commenting');
      expect(written[i]?.textContent ?? '', id).toBe(said ?? '');
      expect(isProjects(written[i] as Element), id).toBe(true);
    }
  });

  it('links every piece of evidence to each claim it supports (332 links)', () => {
    const group = teiElements(standOff('annotations'), 'linkGrp').find(
      (g) => g.getAttribute('type') === 'support',
    ) as Element;
    const expected = layer('evidence').flatMap((a) =>
      links(a).map((claim) => `#evidence.${local(a.id)} #claim.${local(claim)}`),
    );
    expect(expected).toHaveLength(332);
    expect(teiElements(group, 'link').map((l) => l.getAttribute('target'))).toEqual(expected);
  });
});

describe('TEI export of nguyen-2020: editorial notes', () => {
  const notes = layer('editorial');

  it('writes the 26 proposed replacements as <choice>, the quote as <sic>, the replacement as the project’s <corr>', () => {
    const choices = teiElements(text, 'choice');
    const expected = Object.entries(EXPECTED_REPLACEMENTS).filter(([, r]) => r !== null);
    expect(choices).toHaveLength(26);
    expect(
      byFirst(
        choices.map((c) => [
          (xmlId(c) ?? '').replace('editorial.', ''),
          ownText(teiElements(c, 'sic')[0] as Element),
          teiElements(c, 'corr')[0]?.textContent,
        ]),
      ),
    ).toEqual(
      byFirst(
        notes
          .filter((n) => EXPECTED_REPLACEMENTS[local(n.id)] !== null)
          .map((n) => [local(n.id), quoteOf(n), EXPECTED_REPLACEMENTS[local(n.id)]]),
      ),
    );
    expect(expected).toHaveLength(26);
    for (const corr of teiElements(text, 'corr')) {
      expect(isProjects(corr)).toBe(true);
      expect(corr.getAttribute('cert')).toMatch(/^(high|medium|low)$/u);
    }
  });

  it('follows every note with the whole correction, the reasoning and the sources, all the project’s', () => {
    const written = teiElements(text, 'note').filter((n) => n.getAttribute('type') === 'editorial');
    expect(written).toHaveLength(29);
    for (const n of notes) {
      const replacement = EXPECTED_REPLACEMENTS[local(n.id)];
      const id = `editorial.${local(n.id)}`;
      const note = byXmlId(tei, replacement === null ? id : `${id}.note`);
      expect(isProjects(note), id).toBe(true);
      const content = note.textContent ?? '';
      expect(content.startsWith(`Correction: ${textBody(n, 'editing')}`), id).toBe(true);
      expect(content, id).toContain(textBody(n, 'commenting'));
      expect(teiElements(note, 'ref').map((r) => r.getAttribute('target'))).toEqual(links(n));
      if (replacement === null) {
        expect(textBetween(`${id}.start`, `${id}.end`)).toBe(quoteOf(n));
        expect([note.getAttribute('target'), note.getAttribute('targetEnd')]).toEqual([
          `#${id}.start`,
          `#${id}.end`,
        ]);
      } else expect(note.getAttribute('target')).toBe(`#${id}`);
    }
  });
});

describe('TEI export of nguyen-2020: Vietnamese items and citations', () => {
  const tags = layer('vietnamese');
  const itemsJson = readJson<{
    items: { id: string; vi: string | null; gloss: string; forms: { text: string }[] }[];
  }>(`corpus/${DOC_ID}/vietnamese.json`);
  const itemOf = (a: RawAnnotation) => (links(a)[0] ?? '').split('#')[1] ?? '';

  it('writes every tag of the Vietnamese layer as <rs ref> over its quote', () => {
    const rs = teiElements(text, 'rs').filter((r) => r.getAttribute('type') === 'vietnamese');
    expect(tags).toHaveLength(223);
    expect(byFirst(rs.map((r) => [xmlId(r), r.getAttribute('ref'), ownText(r)]))).toEqual(
      byFirst(tags.map((a) => [`vietnamese.${local(a.id)}`, `#viet.${itemOf(a)}`, quoteOf(a)])),
    );
  });

  it('lists every item of the item file as an <entry> with its forms, standard spelling and gloss', () => {
    const entries = teiElements(standOff('vietnamese'), 'entry');
    expect(entries.map(xmlId)).toEqual(itemsJson.items.map((i) => `viet.${i.id}`));
    for (const [i, item] of itemsJson.items.entries()) {
      const entry = entries[i] as Element;
      const forms = teiElements(entry, 'form');
      expect(
        forms.filter((f) => f.getAttribute('type') === 'article').map((f) => f.textContent),
      ).toEqual(item.forms.map((f) => f.text));
      const standard = forms.filter((f) => f.getAttribute('type') === 'standard');
      expect(standard.map((f) => [f.textContent, f.getAttribute('resp')])).toEqual(
        item.vi === null ? [] : [[item.vi, '#triglot']],
      );
      expect(teiElements(entry, 'def').map((d) => [d.textContent, isProjects(d)])).toEqual([
        [item.gloss, true],
      ]);
    }
    const mofa = byXmlId(tei, 'viet.ministry-of-foreign-affairs');
    expect(
      teiElements(mofa, 'form').map((f) => [f.textContent, f.getAttributeNS(XML_NS, 'lang')]),
    ).toContainEqual(['Vietnam MOFA', 'en']);
  });

  it('writes the 151 citations of the citation parser as <bibl>, 122 parenthetical and 29 narrative', () => {
    // Golden counts: README "Citation lookup", checked against an independent reading of source.txt.
    const bibls = teiElements(text, 'bibl');
    expect(bibls).toHaveLength(151);
    const kinds = bibls.map((b) => b.getAttribute('subtype'));
    expect(kinds.filter((k) => k === 'parenthetical')).toHaveLength(122);
    expect(kinds.filter((k) => k === 'narrative')).toHaveLength(29);
    const parts = (b: Element) =>
      ['author', 'date', 'biblScope'].map((name) => teiElements(b, name)[0]?.textContent ?? '');
    const pape = bibls.filter((b) => b.getAttribute('n') === 'pape-2005');
    expect(pape.map((b) => [ownText(b), ...parts(b)])).toContainEqual([
      'Pape（2005, 36-38）',
      'Pape',
      '2005',
      '36-38',
    ]);
    // An outlet that is also a Vietnamese item: the <author> stays a child of <bibl>.
    const outlet = bibls.find((b) => b.getAttribute('n') === 'vietnam-mofa-2004') as Element;
    const author = teiElements(outlet, 'author')[0] as Element;
    expect(author.parentElement).toBe(outlet);
    expect(teiElements(author, 'rs')[0]?.getAttribute('ref')).toBe(
      '#viet.ministry-of-foreign-affairs',
    );
  });
});

describe('TEI export of nguyen-2020: the alignment', () => {
  type Segment = { id: string; text: string; blockId?: string; metadata?: string };
  type Pair = {
    id: string;
    zh: string[];
    en: string[];
    status: string;
    differences?: { kind: string; zh?: string; en?: string; explanation: string }[];
    note?: { text: string };
  };
  type Unit = { zh: Segment[]; en: Segment[]; pairs: Pair[] };
  const alignment = readJson<{
    title: Unit;
    keywords: Unit;
    abstract: Unit;
    summaryLinks: {
      en: string;
      passages: { blockId: string; start?: number; text?: string }[];
      note?: { text: string };
    }[];
  }>(`corpus/${DOC_ID}/alignment.json`);
  const units = [alignment.title, alignment.keywords, alignment.abstract];
  const pairs = units.flatMap((u) => u.pairs);
  const segments = new Map(units.flatMap((u) => [...u.zh, ...u.en]).map((s) => [s.id, s]));
  const group = (type: string) =>
    teiElements(standOff('alignment'), 'linkGrp').find(
      (g) => g.getAttribute('type') === type,
    ) as Element;
  /** The author's text a pointer leads to, through a `<join>` to its parts. */
  const resolve = (pointer: string): string[] => {
    const el = byXmlId(tei, pointer.slice(1));
    if (el.localName === 'join') return targets(el).flatMap(resolve);
    return [el.localName === 'title' ? (el.textContent ?? '') : ownText(el)];
  };

  it('writes one link per pair of alignment.json, typed by its status, joining its segments', () => {
    const written = Array.from(group('alignment').children);
    expect(written.map((l) => [l.localName, xmlId(l), l.getAttribute('type')])).toEqual(
      pairs.map((p) => ['link', `al.link.${p.id}`, p.status]),
    );
    expect(pairs).toHaveLength(17);
    for (const [i, pair] of pairs.entries()) {
      const [zh = '', en = ''] = targets(written[i] as Element);
      const text = (ids: string[]) => ids.map((id) => segments.get(id)?.text);
      expect(resolve(zh), pair.id).toEqual(text(pair.zh));
      expect(resolve(en), pair.id).toEqual(text(pair.en));
    }
    expect(xmlId(byXmlId(tei, 'title.zh-Hant'))).toBe('title.zh-Hant');
  });

  it('writes the differences and notes of each pair as the project’s notes on its link', () => {
    const notes = teiElements(standOff('alignment'), 'note');
    const differences = notes.filter((n) => n.getAttribute('type') === 'difference');
    expect(differences).toHaveLength(28);
    expect(
      differences.map((n) => [
        n.getAttribute('target'),
        n.getAttribute('subtype'),
        teiElements(n, 'mentioned').map((m) => m.textContent),
      ]),
    ).toEqual(
      pairs.flatMap((p) =>
        (p.differences ?? []).map((d) => [
          `#al.link.${p.id}`,
          d.kind,
          [d.zh, d.en].filter((w) => w !== undefined),
        ]),
      ),
    );
    for (const [i, n] of differences.entries())
      expect(n.textContent).toContain(
        pairs.flatMap((p) => p.differences ?? [])[i]?.explanation ?? '?',
      );
    const pairNotes = notes.filter((n) => n.getAttribute('type') === 'alignment');
    expect(pairNotes.map((n) => [n.getAttribute('target'), n.textContent])).toEqual(
      pairs.filter((p) => p.note).map((p) => [`#al.link.${p.id}`, p.note?.text]),
    );
    expect(notes.every(isProjects)).toBe(true);
  });

  it('links each English abstract sentence to every body passage it summarises (49 links)', () => {
    const written = teiElements(group('summary'), 'link');
    const expected = alignment.summaryLinks.flatMap((l) =>
      l.passages.map((p) => [segments.get(l.en)?.text, p]),
    );
    expect(written).toHaveLength(49);
    expect(written).toHaveLength(expected.length);
    for (const [i, link] of written.entries()) {
      const [sentence = '', passage = ''] = targets(link);
      const [en, p] = expected[i] as [string, { blockId: string; start?: number; text?: string }];
      expect(resolve(sentence)).toEqual([en]);
      if (p.start === undefined) expect(passage).toBe(`#b.${p.blockId}`);
      else {
        const seg = byXmlId(tei, passage.slice(1));
        expect([seg.getAttribute('type'), ownText(seg)]).toEqual(['summarised', p.text]);
        expect(blockIdOf(blockOf(seg))).toBe(p.blockId);
      }
    }
    const notes = teiElements(standOff('alignment'), 'note').filter(
      (n) => n.getAttribute('type') === 'summary',
    );
    expect(notes.map((n) => n.textContent)).toEqual(
      alignment.summaryLinks.filter((l) => l.note).map((l) => l.note?.text),
    );
  });
});
