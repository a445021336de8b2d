/**
 * The TEI writers for the layers other helpers are still curating (claims, evidence, editorial
 * notes, Vietnamese items) and for the alignment, on the real article with the small fixture
 * layers of tests/fixtures/tei (FORMAT.md shape) and an in-memory alignment.
 */
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildTei } from '../../../app/export/tei/export-tei';
import { loadTeiInputs } from '../../../app/export/tei/load-tei-inputs';
import { TeiInputError } from '../../../app/export/tei/tei-input-error';
import type { AlignmentInput } from '../../../app/export/tei/tei-inputs';
import { realDocument } from '../../helpers/real-document';
import type { ClaimAnnotation } from '../../../annotations/model/annotation';
import {
  FIXTURE_ALIGNMENT,
  FIXTURE_ANNOTATIONS,
  fixtureInputs,
  placed,
} from '../../helpers/tei-fixture-inputs';
import { byXmlId, parseXml, teiElements, TEI_NS, XML_NS, xmlId } from '../../helpers/tei';
import {
  blockIdOf,
  blockOf,
  isProjects,
  ownText,
  textBetween as textBetweenIn,
} from '../../helpers/tei-text';

const document = realDocument();
const blockText = (id: string) => document.blocks.find((b) => b.id === id)?.text ?? '';
const inputs = fixtureInputs;
const alignment = FIXTURE_ALIGNMENT;
const FIXTURES = FIXTURE_ANNOTATIONS;

const result = buildTei(inputs());
const tei = parseXml(result.xml);
const text = teiElements(tei, 'text')[0] as Element;
const standOff = (type: string) =>
  teiElements(tei, 'standOff').find((s) => s.getAttribute('type') === type) as Element;

/** The author's text between two anchors (or elements) of the same block. */
const textBetween = (startId: string, endId: string, doc: Document = tei) =>
  textBetweenIn(doc, startId, endId);

describe('TEI layers: claims and evidence', () => {
  it('lists claims as anchored <span>s with the project’s paraphrase', () => {
    const group = teiElements(standOff('annotations'), 'spanGrp').find(
      (g) => g.getAttribute('type') === 'claim',
    ) as Element;
    const spans = teiElements(group, 'span');
    expect(spans.map((s) => [xmlId(s), s.getAttribute('subtype'), s.getAttribute('resp')])).toEqual(
      [
        ['claim.thesis', 'thesis', '#triglot'],
        ['claim.turning-point', 'sub-claim', '#triglot'],
      ],
    );
    expect(spans[0]?.textContent).toMatch(/hedging to soft balancing/);
    expect(textBetween('claim.thesis.start', 'claim.thesis.end')).toBe(
      '越南對中國政策已經漸漸地從過去的「避險」策略轉向成一種「軟制衡」',
    );
  });

  it('keeps overlapping passages apart and lets them cross a page break', () => {
    expect(textBetween('evidence.e-hd981.start', 'evidence.e-hd981.end')).toBe(
      '中國的海洋石油鑽井平台HD-981放置在越中南海爭議海域中進行勘探',
    );
    // The evidence lies inside the sub-claim's passage and both end at the same character;
    // the page break falls inside both. Anchors are milestones, so any overlap stays well-formed.
    const order = Array.from(byXmlId(tei, 'b.s1-p4').getElementsByTagName('*'))
      .map((e) => xmlId(e) ?? (e.localName === 'pb' ? `pb${e.getAttribute('n')}` : null))
      .filter((id): id is string => !!id && /claim|e-hd981|pb/.test(id));
    expect(order).toEqual([
      'claim.thesis.start',
      'claim.thesis.end',
      'claim.turning-point.start',
      'evidence.e-hd981.start',
      'pb146',
      'claim.turning-point.end',
      'evidence.e-hd981.end',
    ]);
  });

  it('places evidence inside a footnote and links each piece of evidence to the claims it supports', () => {
    expect(blockIdOf(blockOf(byXmlId(tei, 'evidence.e-2014-riots.start')))).toBe('fn-1');
    const links = teiElements(standOff('annotations'), 'link').map((l) => l.getAttribute('target'));
    expect(links).toEqual([
      '#evidence.e-hd981 #claim.thesis',
      '#evidence.e-hd981 #claim.turning-point',
      '#evidence.e-2014-riots #claim.turning-point',
    ]);
  });
});

describe('TEI layers: editorial notes', () => {
  const choice = (id: string) => {
    const el = byXmlId(tei, id);
    expect(el.localName).toBe('choice');
    const corr = teiElements(el, 'corr')[0] as Element;
    return [
      teiElements(el, 'sic')[0]?.textContent,
      corr.textContent,
      corr.getAttribute('resp'),
      corr.getAttribute('cert'),
    ];
  };

  it('writes replacements as <choice><sic/><corr resp="#triglot"/></choice> with a note after', () => {
    expect(choice('editorial.hoang-sa')).toEqual(['Hoảng Sa', 'Hoàng Sa', '#triglot', 'high']);
    expect(choice('editorial.four-goods-year')).toEqual(['2003', '2002', '#triglot', 'medium']);
    expect(choice('editorial.trong-visit-date')).toEqual([
      '2015年10月6日至7日',
      '2015年7月6日至10日',
      '#triglot',
      'high',
    ]);
    const note = byXmlId(tei, 'editorial.four-goods-year.note');
    expect([
      note.getAttribute('type'),
      note.getAttribute('resp'),
      note.getAttribute('target'),
    ]).toEqual(['editorial', '#triglot', '#editorial.four-goods-year']);
    expect(teiElements(note, 'ref')[0]?.getAttribute('target')).toMatch(
      /^https:\/\/thactrang\.com\//,
    );
  });

  it('nests a correction inside the Vietnamese word and the timeline date it corrects', () => {
    const hoangSa = byXmlId(tei, 'editorial.hoang-sa');
    expect(hoangSa.parentElement?.localName).toBe('foreign');
    expect((hoangSa.parentElement as Element).getAttributeNS(XML_NS, 'lang')).toBe('vi');
    const visit = byXmlId(tei, 'editorial.trong-visit-date');
    expect(visit.parentElement?.localName).toBe('date');
    expect(visit.parentElement?.getAttribute('from')).toBe('2015-10-06');
  });

  it('writes a correction that is not a replacement as a note on an anchored passage', () => {
    const note = byXmlId(tei, 'editorial.party-congress');
    expect(note.localName).toBe('note');
    expect([note.getAttribute('target'), note.getAttribute('targetEnd')]).toEqual([
      '#editorial.party-congress.start',
      '#editorial.party-congress.end',
    ]);
    expect(note.textContent).toMatch(/^Correction: the Seventh National Congress/);
    expect(textBetween('editorial.party-congress.start', 'editorial.party-congress.end')).toBe(
      '全國人民代表大會',
    );
  });

  it('keeps the author’s text whole: the <sic> is the text, the project’s <corr> and notes are not', () => {
    for (const id of ['s2.3.2-p4', 's4.1-p3', 'appendix-e29', 's1-p2']) {
      expect(ownText(byXmlId(tei, `b.${id}`)), id).toBe(blockText(id));
    }
  });
});

describe('TEI layers: Vietnamese items', () => {
  it('writes items as <rs ref>, with <foreign xml:lang="vi"> inside where they are in Latin script', () => {
    const rs = teiElements(text, 'rs').map((r) => [
      r.getAttribute('ref'),
      ownText(r),
      teiElements(r, 'foreign')[0]?.getAttributeNS(XML_NS, 'lang') ?? null,
    ]);
    expect(rs).toEqual([
      ['#viet.nguyen-phu-trong', '阮富仲', null],
      ['#viet.quan-dao-hoang-sa', 'Quần đảo Hoảng Sa', 'vi'],
      ['#viet.doi-moi', 'Doi Moi', 'vi'],
    ]);
    // The detected run for the same words is not written twice.
    const hoangSa = teiElements(text, 'foreign').filter((f) =>
      (f.textContent ?? '').startsWith('Quần đảo'),
    );
    expect(hoangSa).toHaveLength(1);
  });

  it('lists each item as an <entry> with the article’s forms and the project’s standard spelling', () => {
    const entry = byXmlId(tei, 'viet.quan-dao-hoang-sa');
    const forms = teiElements(entry, 'form').map((f) => [
      f.getAttribute('type'),
      f.textContent,
      f.getAttribute('resp'),
    ]);
    expect(forms).toEqual([
      ['article', 'Quần đảo Hoảng Sa', null],
      ['standard', 'Quần đảo Hoàng Sa', '#triglot'],
    ]);
    expect(teiElements(entry, 'def')[0]?.textContent).toBe('Paracel Islands');
    expect(
      teiElements(byXmlId(tei, 'viet.nguyen-phu-trong'), 'form')[0]?.getAttributeNS(XML_NS, 'lang'),
    ).toBe('zh-Hant');
  });
});

describe('TEI alignment', () => {
  const group = teiElements(standOff('alignment'), 'linkGrp')[0] as Element;
  const ends = (id: string) => (byXmlId(tei, id).getAttribute('target') ?? '').split(' ');

  it('writes one link per pair, typed by status; one-sided pairs as <ptr>, n:m sides through <join>', () => {
    expect(group.getAttribute('type')).toBe('alignment');
    expect(
      Array.from(group.children).map((c) => [c.localName, xmlId(c), c.getAttribute('type')]),
    ).toEqual([
      ['link', 'al.link.1', 'exact'],
      ['link', 'al.link.2', 'exact'],
      ['link', 'al.link.3', 'partial'],
      ['ptr', 'al.link.4', 'added'],
      ['link', 'al.link.5', 'exact'],
      ['link', 'al.link.6', 'partial'],
    ]);
    expect(ends('al.link.1')).toEqual(['#title.zh-Hant', '#al.seg.title-en']);
    expect(ends('al.link.3')).toEqual(['#al.join.1', '#al.seg.en-2']);
    expect(ends('al.join.1')).toEqual(['#al.seg.zh-2', '#al.seg.zh-3']);
    expect(ends('al.link.4')).toEqual(['#al.seg.en-3']);
    const note = teiElements(standOff('alignment'), 'note')[0] as Element;
    expect([note.getAttribute('target'), isProjects(note), note.textContent]).toEqual([
      '#al.link.3',
      true,
      'Fixture note: two sentences against one.',
    ]);
  });

  it('marks the aligned segments in the text', () => {
    const seg = byXmlId(tei, 'al.seg.zh-1');
    expect(seg.textContent).toBe(
      '學界一般認為，冷戰結束後，隨著中國的快速崛起，包括越南在內的東亞小國對中國所採取的外交策略偏向「避險」或「接納」。',
    );
    expect(byXmlId(tei, 'al.seg.en-1').textContent).toBe(
      'The conventional wisdom assumes that East Asian countries have been adopting “hedging” or “accommodating” strategy toward China since the end of the Cold War.',
    );
    expect(byXmlId(tei, 'al.seg.kw-zh-1').textContent).toBe('越中關係');
    expect(byXmlId(tei, 'al.seg.kw-en-1').textContent).toBe('Vietnam-China Relations');
    expect(byXmlId(tei, 'title.zh-Hant').localName).toBe('title');
  });

  it('moves an element that would cross another to an anchored standOff span', () => {
    // The segment outranks the term it crosses: the term becomes an anchored span.
    expect(byXmlId(tei, 'al.seg.crossing').localName).toBe('seg');
    const term = byXmlId(tei, 'term.hedging-1');
    expect([term.localName, term.getAttribute('ana'), term.getAttribute('from')]).toEqual([
      'span',
      '#gloss.hedging',
      '#term.hedging-1.start',
    ]);
    expect(textBetween('term.hedging-1.start', 'term.hedging-1.end')).toBe('避險');
    expect(result.counts.standoff.get('term')).toBe(1);
  });

  it('rejects an alignment that names what does not exist', () => {
    const broken = (change: Partial<AlignmentInput>) => () =>
      buildTei(inputs({ alignment: { ...alignment, ...change } }));
    expect(broken({ pairs: [{ zh: ['zh-1'], en: ['nowhere'], status: 'exact' }] })).toThrow(
      /alignment pair 1: unknown segment "nowhere"/,
    );
    expect(broken({ pairs: [{ zh: ['zh-1'], en: ['en-1'], status: 'close' as 'exact' }] })).toThrow(
      /status "close" is not one of exact, partial, added, omitted/,
    );
    expect(
      broken({ segments: [{ id: 'x', blockId: 'abstract-p1', start: 10, end: 99999 }], pairs: [] }),
    ).toThrow(/alignment segment x: \[10, 99999\) is outside abstract-p1/);
    expect(broken({ pairs: [{ zh: [], en: [], status: 'omitted' }] })).toThrow(TeiInputError);
  });
});

describe('TEI layers: bad input', () => {
  const fixtureClaim = (): ClaimAnnotation => {
    const found = loadTeiInputs(document, FIXTURES).annotations.find(
      (a) => a.annotation.layer === 'claim',
    )?.annotation;
    if (found?.layer !== 'claim') throw new Error('fixture claim missing');
    return found;
  };

  it('lists an annotation whose quote is not in its block as an orphan, and goes on', () => {
    const thesis = fixtureClaim();
    const moved = {
      ...thesis,
      id: 'urn:triglot:anno:nguyen-2020:claim:moved',
      target: {
        ...thesis.target,
        position: { ...thesis.target.position, start: 0, end: 7 },
        quote: { ...thesis.target.quote, exact: '這句話不在文中' },
      },
    };
    const out = buildTei(inputs({ annotations: [placed(moved)] }));
    expect(out.problems).toHaveLength(1);
    expect(out.problems[0]?.where).toBe(moved.id);
    expect(out.problems[0]?.message).toMatch(/^orphan: /u);
    const orphans = teiElements(parseXml(out.xml), 'note').filter(
      (n) => n.getAttribute('type') === 'orphan',
    );
    expect(orphans).toHaveLength(1);
    expect(orphans[0]?.textContent).toMatch(/這句話不在文中/);
    expect(orphans[0]?.textContent).toContain(out.problems[0]?.message.slice('orphan: '.length));
  });

  it('reports evidence that supports a claim that is not there, and writes no link for it', () => {
    const evidence = loadTeiInputs(document, FIXTURES).annotations.filter(
      (a) => a.annotation.layer === 'evidence',
    );
    const out = buildTei(inputs({ annotations: evidence }));
    expect(out.problems.map((p) => p.message)).toContain(
      'supports "urn:triglot:anno:nguyen-2020:claim:thesis", which is not a placed claim',
    );
    const groups = teiElements(parseXml(out.xml), 'linkGrp').map((g) => g.getAttribute('type'));
    expect(groups).toEqual(['alignment']);
  });

  it('escapes the project’s text, and writes where it was found an annotation whose stored position is stale, saying so', () => {
    const thesis = fixtureClaim();
    const stale = {
      ...thesis,
      paraphrase: 'A <b> & "c" ]]>',
      target: { ...thesis.target, position: { ...thesis.target.position, start: 3, end: 9 } },
    };
    const out = buildTei(inputs({ annotations: [placed(stale)] }));
    const doc = parseXml(out.xml);
    expect(byXmlId(doc, 'claim.thesis').textContent).toBe('A <b> & "c" ]]>');
    expect(textBetween('claim.thesis.start', 'claim.thesis.end', doc)).toBe(
      thesis.target.quote.exact,
    );
    expect(out.problems).toEqual([
      {
        where: thesis.id,
        message: expect.stringMatching(
          /^placed by quote match at s1-p4 \[\d+, \d+\): its stored position is stale/u,
        ) as unknown as string,
      },
    ]);
  });

  it('stops with a clear error on a malformed layer file, naming the file and the annotation', () => {
    const dir = mkdtempSync(join(tmpdir(), 'triglot-tei-'));
    mkdirSync(join(dir, 'nguyen-2020'));
    writeFileSync(
      join(dir, 'nguyen-2020', 'claim.jsonld'),
      JSON.stringify({
        type: 'AnnotationPage',
        items: [{ id: 'urn:x', type: 'Annotation', body: [], target: {} }],
      }),
    );
    expect(() => loadTeiInputs(document, dir)).toThrow(
      /claim\.jsonld: urn:x: no classifying body names the layer .*\[missing-layer\]/,
    );
    writeFileSync(join(dir, 'nguyen-2020', 'claim.jsonld'), '{ not json');
    expect(() => loadTeiInputs(document, dir)).toThrow(/claim\.jsonld: not valid JSON/);
  });

  it('refuses text that XML cannot carry, naming the block', () => {
    const broken = {
      ...document,
      blocks: document.blocks.map((b) =>
        b.id === 's1-p1' ? { ...b, text: `${b.text}\u0007` } : b,
      ),
    };
    expect(() => buildTei({ ...inputs(), document: broken })).toThrow(
      /s1-p1: U\+0007 at code point \d+ cannot be written in XML/,
    );
  });
});

describe('TEI layers: every inline element is in the TEI namespace', () => {
  it('has no element outside the TEI namespace', () => {
    const foreignNs = Array.from(tei.getElementsByTagName('*')).filter(
      (e) => e.namespaceURI !== TEI_NS,
    );
    expect(foreignNs).toEqual([]);
  });
});
