/**
 * The annotation fixture of the real article (tests/fixtures/annotations/nguyen-2020): a few claims
 * and evidence passages, every occurrence of the fixture glossary's three terms, one Vietnamese
 * phrase and one editorial correction, each placed with describe() on a quoted passage of a named
 * block. `scripts/make-annotation-fixtures.ts` writes the files; a test checks they are current.
 * Everything written here is labelled as a test fixture; the real layers are curated separately.
 */
import { readFileSync } from 'node:fs';
import { describe } from '../../annotations/anchoring/describe';
import { findOccurrences } from '../../annotations/glossary/occurrences';
import { parseGlossary } from '../../annotations/glossary/parse-glossary';
import type { Layer, TriglotAnnotation } from '../../annotations/model/annotation';
import { annotationIri } from '../../annotations/model/iris';
import type { BlockSelectors } from '../../annotations/model/selectors';
import { toLayerFile } from '../../annotations/w3c/to-jsonld';
import type { Document } from '../../corpus/model/document';
import type { VietnameseData } from '../../corpus/validate/check-translation-data';
import { codePointLength, utf16ToCodePoint } from '../../corpus/text/code-points';
import { realVietnamese } from './translation-data';

export const FIXTURE_DIR = new URL('../fixtures/annotations/', import.meta.url).pathname;
export const FIXTURE_DOC = 'nguyen-2020';
const GLOSSARY = `${FIXTURE_DIR}${FIXTURE_DOC}/glossary.json`;

/** Selectors for the one occurrence of `quote` in block `blockId` (throws if not exactly one). */
export function select(document: Document, blockId: string, quote: string): BlockSelectors {
  const block = document.blocks.find((b) => b.id === blockId);
  if (!block) throw new Error(`no block ${blockId}`);
  const at = block.text.indexOf(quote);
  if (at < 0 || block.text.indexOf(quote, at + 1) >= 0) {
    throw new Error(`「${quote}」 must occur exactly once in ${blockId}`);
  }
  const start = utf16ToCodePoint(block.text, at);
  return describe(block, start, start + codePointLength(quote));
}

const id = (layer: Layer, local: string) => annotationIri(FIXTURE_DOC, layer, local);

/** The fixture annotations, by layer, in file order. */
export function fixtureAnnotations(document: Document): Record<Layer, TriglotAnnotation[]> {
  const at = (blockId: string, quote: string) => select(document, blockId, quote);
  const thesis = id('claim', 'thesis');
  const defence = id('claim', 'c-defence-cooperation');
  const glossary = parseGlossary(GLOSSARY, readFileSync(GLOSSARY, 'utf8')).glossary;
  const excluded = new Set(glossary.exclusions.map((e) => `${e.blockId}:${e.prefix}${e.exact}`));
  const counters = new Map<string, number>();
  const terms: TriglotAnnotation[] = findOccurrences(document, glossary)
    .filter((o) => {
      const block = document.blocks.find((b) => b.id === o.blockId);
      const before = block ? Array.from(block.text).slice(0, o.start).join('') : '';
      return ![...excluded].some((e) => `${o.blockId}:${before}${o.text}`.endsWith(e));
    })
    .map((o) => {
      const n = (counters.get(o.termId) ?? 0) + 1;
      counters.set(o.termId, n);
      const block = document.blocks.find((b) => b.id === o.blockId);
      if (!block) throw new Error(`no block ${o.blockId}`);
      return {
        id: id('term', `t-${o.termId}-${n}`),
        layer: 'term',
        termId: o.termId,
        target: describe(block, o.start, o.end),
      };
    });
  return {
    claim: [
      {
        id: thesis,
        layer: 'claim',
        role: 'thesis',
        paraphrase:
          "Test fixture paraphrase: between 2014 and 2019 Vietnam's China policy moved from hedging to soft balancing.",
        target: at('s1-p4', '越南對中國政策已經漸漸地從過去的「避險」策略轉向成一種「軟制衡」'),
      },
      {
        id: defence,
        layer: 'claim',
        role: 'sub-claim',
        paraphrase:
          'Test fixture paraphrase: Vietnam has actively strengthened its defence cooperation with the United States.',
        target: at('s4.2-h', '越南主動與美國加強國防合作'),
      },
      {
        id: id('claim', 'conclusion'),
        layer: 'claim',
        role: 'conclusion',
        paraphrase:
          "Test fixture paraphrase: the study finds that since 2014 Vietnam's China policy has shifted from hedging to soft balancing.",
        target: at('s5-p1', '越南自2014年以降對中國政策已經從「避險」轉向「軟制衡」'),
      },
    ],
    evidence: [
      {
        id: id('evidence', 'e-hd981'),
        layer: 'evidence',
        evidenceType: 'event',
        supports: [thesis],
        note: 'Test fixture note: the 2014 HD-981 oil rig deployment, which the article treats as the turning point.',
        target: at('s1-p4', '中國的海洋石油鑽井平台HD-981放置在越中南海爭議海域中進行勘探'),
      },
      {
        id: id('evidence', 'e-hamilton'),
        layer: 'evidence',
        evidenceType: 'event',
        supports: [defence],
        target: at(
          's4.2-p5',
          '美國已經分別向越南援助一艘「漢密爾頓號」（Hamilton）海警船和6艘巡邏艇',
        ),
      },
    ],
    term: terms,
    vietnamese: [
      {
        id: id('vietnamese', 'v-three-noes'),
        layer: 'vietnamese',
        itemId: 'three-noes',
        target: at('s4.2-p6', 'Chính sách quốc phòng ba không'),
      },
    ],
    editorial: [
      {
        id: id('editorial', 'ed-hoang-sa'),
        layer: 'editorial',
        confidence: 'high',
        correction: 'Hoàng Sa',
        note: 'Test fixture, from ../shared/research/vietnamese-sources.md (a3): the text has ả (hỏi tone); Hoàng (黃) takes the huyền tone.',
        sources: ['https://vietbao.com/a279210'],
        target: at('s2.3.2-p4', 'Hoảng Sa'),
      },
    ],
  };
}

/**
 * The Vietnamese items the fixture layer is held to: the real item `three-noes`, reduced to the
 * one form the fixture tags (its other form, 三不, is left out so that one tag covers the item).
 */
export function fixtureVietnamese(): VietnameseData {
  const real = realVietnamese();
  if (real.kind !== 'items') throw new Error('the corpus has no Vietnamese items');
  const item = real.items.items.find((i) => i.id === 'three-noes');
  if (!item) throw new Error('no item three-noes');
  const forms = item.forms.filter((f) => f.text === 'Chính sách quốc phòng ba không');
  return {
    ...real,
    items: { ...real.items, items: [{ ...item, forms, related: [] }], exclusions: [] },
  };
}

/** The fixture layer files as they are stored: file name → JSON text. */
export function fixtureLayerFiles(document: Document): Map<string, string> {
  const files = new Map<string, string>();
  for (const [layer, annotations] of Object.entries(fixtureAnnotations(document))) {
    const json = toLayerFile(FIXTURE_DOC, layer, annotations);
    files.set(`${layer}.jsonld`, `${JSON.stringify(json, null, 2)}\n`);
  }
  return files;
}
