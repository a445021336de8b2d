/**
 * The curated `claim` and `evidence` layers of nguyen-2020, read back from their W3C JSON-LD and
 * checked against the real Document: what a reader of the argument outline relies on.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CLAIM_ROLES, EVIDENCE_TYPES } from '../../../annotations/model/annotation';
import type { Block } from '../../../corpus/model/document';
import { sliceCodePoints } from '../../../corpus/text/code-points';
import { DOC_ID, realDocument } from '../../helpers/real-document';

interface Body {
  type: string;
  purpose: string;
  source?: string;
  value?: string;
  language?: string;
  creator?: { id: string };
}
interface Item {
  id: string;
  type: string;
  motivation: string;
  body: Body[];
  target: {
    source: string;
    selector: {
      type: string;
      value: string;
      refinedBy: { type: string; exact?: string; prefix?: string; suffix?: string } & {
        start?: number;
        end?: number;
      };
    }[];
  };
}
interface Page {
  '@context': string;
  id: string;
  type: string;
  items: Item[];
}
/** One annotation as the reader sees it: its local id, place, quote and what its bodies say. */
interface Read {
  local: string;
  blockId: string;
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
  kind: string;
  links: string[];
  texts: Body[];
}

const folder = new URL(`../../../annotations/${DOC_ID}/`, import.meta.url);
const loadPage = (layer: string) =>
  JSON.parse(readFileSync(new URL(`${layer}.jsonld`, folder), 'utf8')) as Page;
const claimPage = loadPage('claim');
const evidencePage = loadPage('evidence');
const blocks = realDocument().blocks;
const blockById = new Map(blocks.map((b) => [b.id, b]));
const VOCAB = 'urn:triglot:vocab#';
const annoPrefix = (layer: string) => `urn:triglot:anno:${DOC_ID}:${layer}:`;

function readItem(layer: string, item: Item): Read {
  const classifying = item.body.filter((b) => b.purpose === 'classifying');
  const quote = item.target.selector.find((s) => s.refinedBy.type === 'TextQuoteSelector');
  const position = item.target.selector.find((s) => s.refinedBy.type === 'TextPositionSelector');
  return {
    local: item.id.slice(annoPrefix(layer).length),
    blockId: quote?.value ?? '',
    start: position?.refinedBy.start ?? -1,
    end: position?.refinedBy.end ?? -1,
    exact: quote?.refinedBy.exact ?? '',
    prefix: quote?.refinedBy.prefix ?? '',
    suffix: quote?.refinedBy.suffix ?? '',
    kind: (classifying[1]?.source ?? '').replace(VOCAB, ''),
    links: item.body.filter((b) => b.purpose === 'linking').map((b) => b.source ?? ''),
    texts: item.body.filter((b) => b.type === 'TextualBody'),
  };
}
const claims = claimPage.items.map((i) => readItem('claim', i));
const evidence = evidencePage.items.map((i) => readItem('evidence', i));
const claimById = new Map(claims.map((c) => [c.local, c]));
const evidenceById = new Map(evidence.map((e) => [e.local, e]));
const claimIri = (local: string) => `${annoPrefix('claim')}${local}`;
const supportOf = (local: string) => evidence.filter((e) => e.links.includes(claimIri(local)));
const sectionOf = (a: Read) => (blockById.get(a.blockId) as Block).section;

const segmenter = new Intl.Segmenter('und', { granularity: 'grapheme' });
const graphemes = (s: string) => Array.from(segmenter.segment(s), (g) => g.segment);

// Paragraphs of 參 and 肆 that sum up what the preceding paragraphs proved: they restate claims
// whose evidence is annotated where it is given, and add none of their own.
const SUMMARY_PARAGRAPHS: Record<string, { opens: string; reason: string }> = {
  's4.2-p10': { opens: '總而言之', reason: 'sums up 肆二: the three noes are being adjusted' },
  's4.4-p1': { opens: '由上述', reason: 'sums up 肆一–肆三 before the rival explanations' },
  's4.4-p10': { opens: '簡言之', reason: 'sums up the discussion and restates the theory' },
};

// Claims no evidence passage supports directly, each with the reason.
const UNSUPPORTED_CLAIMS: Record<string, string> = {
  'thesis-abstract': 'the thesis restated in the abstract; its support is linked to `thesis`',
  'thesis-abstract-en': 'the thesis in the English abstract',
  'thesis-framework': 'the thesis announced as the plan of 貳一',
  'c-critique-abstract': 'the abstract’s summary of c-critique-one-sided',
  'c-punitive-factor-abstract': 'the abstract’s summary of c-punitive-factor',
  'c-incentive-factor-abstract': 'the abstract’s summary of c-incentive-factor',
  'c-soft-abstract': 'the abstract’s summary of c-soft-not-hard',
  'rival-dispute-easing': 'an unattributed view the article reports only to reject it',
  'c-cannot-hedge': 'deduced from the theory of 貳三（二）, not from new evidence',
  conclusion: 'restates the thesis',
  'conclusion-punitive': 'restates c-punitive-factor',
  'conclusion-incentive': 'restates c-incentive-factor',
  'conclusion-soft': 'restates c-soft-not-hard',
  'conclusion-responses': 'restates c-three-responses',
  'conclusion-critique': 'restates c-critique-one-sided',
  'conclusion-general': 'restates c-necessary-sufficient and c-soft-not-hard',
};

// Each rival explanation and the rebuttals that answer it, from reading 貳三（二） and 肆四.
const REBUTTALS_OF: Record<string, string[]> = {
  'rival-dispute-easing': ['rebuttal-dispute-easing'],
  'rival-mobilisation': ['rebuttal-mobilisation'],
  'rival-economic': ['rebuttal-economic-growth', 'rebuttal-economic-weakness', 'rebuttal-economic'],
  'rival-domestic-politics': ['rebuttal-domestic-politics', 'rebuttal-factions'],
};
// Rebuttals that answer all the rivals of 肆四 at once.
const GENERAL_REBUTTALS = ['rebuttal-rivals-overall'];

describe('the claim and evidence layer files', () => {
  it('are W3C AnnotationPages of their layer, with unique, readable ids', () => {
    for (const [layer, page] of [
      ['claim', claimPage],
      ['evidence', evidencePage],
    ] as const) {
      expect(page['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
      expect(page.id).toBe(`urn:triglot:layer:${DOC_ID}:${layer}`);
      expect(page.type).toBe('AnnotationPage');
      expect(page.items.length).toBeGreaterThan(50);
      const ids = page.items.map((i) => i.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const item of page.items) {
        expect(item.id).toMatch(new RegExp(`^${annoPrefix(layer)}[a-z0-9]+(-[a-z0-9]+)*$`));
        expect(item.type).toBe('Annotation');
        expect(item.body[0]).toEqual({
          type: 'SpecificResource',
          purpose: 'classifying',
          source: `${VOCAB}${layer}`,
        });
        expect(item.target.source).toBe(`urn:triglot:doc:${DOC_ID}`);
      }
    }
  });

  it('target the text they quote: the quote is the block text at the stated code points', () => {
    for (const a of [...claims, ...evidence]) {
      const block = blockById.get(a.blockId);
      expect(block, `${a.local}: block ${a.blockId}`).toBeDefined();
      const text = (block as Block).text;
      expect(a.exact.length, a.local).toBeGreaterThan(0);
      expect(sliceCodePoints(text, a.start, a.end), a.local).toBe(a.exact);
      const before = graphemes(sliceCodePoints(text, 0, a.start));
      const after = graphemes(sliceCodePoints(text, a.end));
      expect(a.prefix, a.local).toBe(before.slice(Math.max(0, before.length - 32)).join(''));
      expect(a.suffix, a.local).toBe(after.slice(0, 32).join(''));
    }
  });

  it('keep the annotations of one layer apart: no two spans of a layer overlap', () => {
    for (const layer of [claims, evidence]) {
      for (const a of layer) {
        const clash = layer.find(
          (b) => b !== a && b.blockId === a.blockId && b.start < a.end && a.start < b.end,
        );
        expect(clash?.local, a.local).toBeUndefined();
      }
    }
  });

  it('list the annotations in reading order', () => {
    const order = new Map(blocks.map((b, i) => [b.id, i]));
    for (const layer of [claims, evidence]) {
      const keys = layer.map((a) => (order.get(a.blockId) ?? -1) * 1e6 + a.start);
      expect(keys).toEqual([...keys].sort((x, y) => x - y));
    }
  });
});

describe('claims', () => {
  it('have a role from the vocabulary and a one-sentence English paraphrase by the project', () => {
    for (const item of claimPage.items) {
      const c = readItem('claim', item);
      expect(item.motivation).toBe('describing');
      expect(item.body.filter((b) => b.purpose === 'classifying')).toHaveLength(2);
      expect(CLAIM_ROLES as readonly string[]).toContain(c.kind);
      expect(c.texts).toHaveLength(1);
      const [paraphrase] = c.texts as [Body];
      expect(paraphrase.purpose).toBe('describing');
      expect(paraphrase.language).toBe('en');
      expect(paraphrase.creator?.id).toBe('urn:triglot:project');
      // One sentence: it ends with a full stop and has no sentence break inside.
      expect(paraphrase.value, c.local).toMatch(/^[A-Z0-9].*\.$/u);
      expect(paraphrase.value, c.local).not.toMatch(/[.!?] [A-Z]/u);
    }
  });

  it('form exactly one thesis cluster, stated in the abstract, in 壹 and again in the body', () => {
    const theses = claims.filter((c) => c.kind === 'thesis');
    expect(theses.map((t) => t.local).every((id) => id === 'thesis' || /^thesis-/.test(id))).toBe(
      true,
    );
    // Every statement of the thesis names both ends of the shift.
    for (const t of theses) {
      const zh = t.exact.includes('避險') && t.exact.includes('軟制衡');
      const en = /hedging/.test(t.exact) && /soft balancing/.test(t.exact);
      expect(zh || en, t.local).toBe(true);
    }
    expect(claimById.get('thesis')?.blockId).toBe('s1-p4');
    expect(claimById.get('thesis')?.exact.startsWith('本文的論點為')).toBe(true);
    expect(theses.map((t) => t.blockId)).toEqual(
      expect.arrayContaining(['abstract-p1', 's1-p4', 'abstract-en-p1']),
    );
    expect(supportOf('thesis').length).toBeGreaterThanOrEqual(5);
  });

  it('place the conclusion in 伍 only', () => {
    const conclusions = claims.filter((c) => c.kind === 'conclusion');
    expect(conclusions.length).toBeGreaterThan(0);
    for (const c of conclusions) expect(sectionOf(c), c.local).toBe('s5');
    expect(claimById.get('conclusion')?.exact).toContain('已經從「避險」轉向「軟制衡」');
  });

  it('carry the sub-claims of the argument where the article makes them', () => {
    const where: [string, string, string][] = [
      ['c-punitive-factor', 's2.3.2-p3', '越南難以繼續堅持其避險策略'],
      ['c-incentive-factor', 's2.3.2-p7', '激勵性因素'],
      ['c-necessary-sufficient', 's2.3.2-p9', '必要的條件（necessary condition）'],
      ['c-hedging-vs-soft-balancing', 's2.1-p13', '主要分界線'],
      ['c-critique-one-sided', 's2.3.1-p2', '美國影響越中關係的主動性'],
      ['c-critique-dichotomy', 's2.3.1-p3', '「二分法」（dichotomy）'],
      ['c-critique-time', 's2.3.1-p6', 'Kuik（2008）所提的三個條件'],
      ['c-building-trust', 's4.1-p7', '加強互信基礎'],
      ['c-defence-cooperation', 's4.2-p5', '主動回應美國的示好'],
      ['c-support-us-role', 's4.3-p1', '高度的歡迎和支持'],
    ];
    for (const [id, blockId, phrase] of where) {
      const c = claimById.get(id);
      expect(c?.kind, id).toBe('sub-claim');
      expect(c?.blockId, id).toBe(blockId);
      expect(c?.exact, id).toContain(phrase);
    }
  });

  it('pair every rival explanation with the rebuttals that answer it', () => {
    const rivals = claims.filter((c) => c.kind === 'rival').map((c) => c.local);
    expect(rivals.sort()).toEqual(Object.keys(REBUTTALS_OF).sort());
    const rebuttals = claims.filter((c) => c.kind === 'rebuttal').map((c) => c.local);
    expect(rebuttals.sort()).toEqual(
      [...Object.values(REBUTTALS_OF).flat(), ...GENERAL_REBUTTALS].sort(),
    );
    for (const [rivalId, answers] of Object.entries(REBUTTALS_OF)) {
      const rival = claimById.get(rivalId) as Read;
      for (const id of answers) {
        // The rebuttal follows its rival in the same paragraph.
        const r = claimById.get(id) as Read;
        expect(r.blockId, id).toBe(rival.blockId);
        expect(r.start, id).toBeGreaterThan(rival.start);
      }
      expect(
        answers.some((id) => supportOf(id).length > 0),
        `${rivalId}: some rebuttal has evidence`,
      ).toBe(true);
    }
    // The three rivals of 肆四 name the works the article attributes them to.
    expect(claimById.get('rival-mobilisation')?.exact).toContain('Schweller（2004）');
    expect(claimById.get('rival-economic')?.exact).toContain('薛健吾（2016）');
    expect(claimById.get('rival-domestic-politics')?.exact).toContain('楊三億（2018）');
    expect(claimById.get('rival-domestic-politics')?.exact).toContain('Liang（2018）');
    for (const id of GENERAL_REBUTTALS) expect(sectionOf(claimById.get(id) as Read)).toBe('s4.4');
  });

  it('without direct evidence are exactly the listed restatements and deductions', () => {
    const unsupported = claims.filter((c) => supportOf(c.local).length === 0).map((c) => c.local);
    expect(unsupported.sort()).toEqual(Object.keys(UNSUPPORTED_CLAIMS).sort());
  });
});

describe('evidence', () => {
  it('has a type from the vocabulary and links at least one existing claim', () => {
    for (const item of evidencePage.items) {
      const e = readItem('evidence', item);
      expect(item.motivation).toBe('linking');
      expect(EVIDENCE_TYPES as readonly string[]).toContain(e.kind);
      expect(e.links.length, e.local).toBeGreaterThanOrEqual(1);
      expect(new Set(e.links).size, e.local).toBe(e.links.length);
      for (const link of e.links) {
        expect(link.startsWith(annoPrefix('claim')), e.local).toBe(true);
        expect(claimById.has(link.slice(annoPrefix('claim').length)), `${e.local} → ${link}`).toBe(
          true,
        );
      }
      for (const note of e.texts) {
        expect(note.purpose).toBe('commenting');
        expect(note.creator?.id).toBe('urn:triglot:project');
      }
    }
  });

  it('covers every arguing paragraph of 參 and 肆', () => {
    const paragraphs = blocks.filter(
      (b) => b.kind === 'paragraph' && /^s(3|4\.\d)$/.test(b.section),
    );
    expect(paragraphs.length).toBe(43);
    const withEvidence = new Set(evidence.map((e) => e.blockId));
    for (const p of paragraphs) {
      const summary = SUMMARY_PARAGRAPHS[p.id];
      if (summary) {
        // A listed summary really opens as one, and really brings no evidence of its own.
        expect(p.text.startsWith(summary.opens), p.id).toBe(true);
        expect(withEvidence.has(p.id), p.id).toBe(false);
      } else {
        expect(withEvidence.has(p.id), `${p.id} has no evidence`).toBe(true);
      }
    }
  });

  it('is typed by what it is: numbers, reported words, cited scholars', () => {
    for (const e of evidence) {
      if (e.kind === 'statistic')
        expect(e.exact, e.local).toMatch(/[0-9]|第[一二三四五六七八九十]/u);
      if (e.kind === 'quotation') {
        expect(e.exact, e.local).toMatch(/「.+」|稱|說|表示|指出|透露|回應/u);
      }
    }
    // Scholarship cites a work with its year, except where the scholar is named just before.
    const scholarsNamedElsewhere: Record<string, string> = {
      'e-womack-asymmetry': 'Womack (2006) is named in the sentence before',
      'e-hedging-issue-consensus': 'the author’s summary of the literature just reviewed',
      'e-power-spectrum': 'a footnote to Brooks and Wohlforth (2016)',
      'e-schweller-unitary-actor': 'Schweller (2004) is named earlier in the paragraph',
    };
    for (const e of evidence.filter((x) => x.kind === 'scholarship')) {
      if (scholarsNamedElsewhere[e.local]) expect(e.exact).not.toMatch(/(19|20)\d\d/u);
      else expect(e.exact, e.local).toMatch(/(19|20)\d\d/u);
    }
  });

  it('includes the events, figures, words, documents and scholars the argument rests on', () => {
    // Expected from reading the article: id, type, block, a phrase of the passage, a claim it supports.
    const expected: [string, string, string, string, string][] = [
      ['e-hd981-2014', 'event', 's1-p4', 'HD-981', 'thesis'],
      ['e-embargo-partial-2014', 'event', 's4.2-p3', '2014年10月', 'c-incentive-factor'],
      ['e-embargo-full-2016', 'event', 's4.2-p3', '全部解除對越武器出口禁令', 'c-embargo-leverage'],
      ['e-trong-visit-2015', 'event', 's4.1-p1', '2015年7月', 'c-building-trust'],
      ['e-carl-vinson-2018', 'event', 's4.2-p8', 'Carl Vinson', 'c-second-no'],
      ['e-rimpac-2018', 'event', 's4.2-p9', 'RIMPAC', 'c-third-no'],
      ['e-mattis-visits-2018', 'event', 's4.2-p7', '馬蒂斯', 'c-first-no'],
      ['e-mccain-cam-ranh-2017', 'event', 's4.2-p8', 'Cam Ranh', 'c-second-no'],
      ['e-us-overtures-2013-2019', 'event', 's1-p3', '「川金會」', 'c-incentive-factor'],
      ['e-defence-spending-gdp', 'statistic', 's4.2-p1', '4.8%', 'c-internal-balancing'],
      ['e-sipri-2018-arms-imports', 'statistic', 's4.2-p1', '第11大', 'c-internal-balancing'],
      ['e-trade-deficit-2018', 'statistic', 's4.3-p4', '241.7億', 'c-punitive-economic'],
      ['e-table-2', 'statistic', 'table-2', '表2', 'c-support-economic'],
      ['e-dung-quote-2014', 'quotation', 's4.1-p4', '神聖領土', 'c-hd981-lesson'],
      ['e-trong-quote-2015', 'quotation', 's4.1-p1', '逐步建立互信', 'c-building-trust'],
      ['e-le-van-bang-quote', 'quotation', 's4.1-p5', '黎文龐', 'c-building-trust'],
      ['e-vinh-quote-2015', 'quotation', 's4.1-p7', '阮志詠', 'c-building-trust'],
      ['e-mofa-defence-policy-2018', 'quotation', 's4.2-p4', '越南外交部', 'c-defence-cooperation'],
      ['e-obama-fonop-quote-2016', 'quotation', 's4.3-p2', '歐巴馬', 'c-support-strategic'],
      ['e-nss-2010-2015', 'document', 's3-p5', '《國家安全戰略》', 'c-vietnam-in-us-strategy'],
      ['e-nss-2017', 'document', 's3-p8', '2017年的NSS', 'c-vietnam-in-us-strategy'],
      ['e-joint-vision-2015', 'document', 's4.2-p3', '聯合願景聲明', 'c-defence-cooperation'],
      ['e-joint-statements-2016-2017', 'document', 's4.3-p2', '聯合聲明', 'c-support-strategic'],
      [
        'e-kuik-hedging-definition',
        'scholarship',
        's2.1-p7',
        'Kuik 2008, 164',
        'c-hedging-vs-soft-balancing',
      ],
      ['e-pape-four-behaviours', 'scholarship', 's2.1-p11', 'Pape（2005, 36-38）', 'c-pape-signal'],
      ['e-womack-vietnam-china', 'scholarship', 's2.1-p3', 'Womack 2006', 'c-power-asymmetry'],
      [
        'e-four-hedging-strategies',
        'scholarship',
        's2.2-p5',
        'Le 2013, 344',
        'c-critique-dichotomy',
      ],
    ];
    for (const [id, type, blockId, phrase, claim] of expected) {
      const e = evidenceById.get(id);
      expect(e?.kind, id).toBe(type);
      expect(e?.blockId, id).toBe(blockId);
      expect(e?.exact, id).toContain(phrase);
      expect(e?.links, id).toContain(claimIri(claim));
    }
    // Footnotes that give evidence are annotated too.
    const footnotes = new Set(evidence.map((e) => e.blockId).filter((id) => id.startsWith('fn-')));
    expect([...footnotes].sort()).toEqual(['fn-1', 'fn-11', 'fn-12', 'fn-4', 'fn-5', 'fn-8']);
  });
});
