/**
 * The stored `editorial` layer of the real article, read and anchored by the shared loader: where
 * each note is, what it corrects, which corrections propose a replacement, and damaged copies
 * rejected by `validate`'s checks.
 */
import { describe, expect, it } from 'vitest';
import { sliceCodePoints } from '../../../corpus/text/code-points';
import { replacementOf } from '../../../annotations/editorial/replacement';
import type { EditorialAnnotation } from '../../../annotations/model/annotation';
import type { AnnotationErrorCode } from '../../../annotations/model/errors';
import { EXPECTED_REPLACEMENTS } from '../../helpers/editorial-replacements';
import { blockById, realDocument } from '../../helpers/real-document';
import { nth } from '../../helpers/nth';
import {
  loadLayers,
  realLayerJson,
  researchText,
  validateLayers,
} from '../../helpers/translation-data';

type RawLayer = {
  items: {
    id: string;
    body: Record<string, unknown>[];
    target: { selector: { refinedBy: Record<string, unknown> }[] };
  }[];
};
const raw = () => realLayerJson('editorial').json as unknown as RawLayer;
/** The note the damage tests spoil, 「Hoảng Sa」, wherever it stands in the file. */
const hoangSa = (l: RawLayer) => {
  const found = l.items.find((item) => item.id.endsWith(':hoang-sa'));
  if (!found) throw new Error('no editorial note hoang-sa');
  return found;
};
const loaded = loadLayers({ editorial: raw() });
const notes = loaded.annotations.map((a) => a.annotation as EditorialAnnotation);
const note = (local: string): EditorialAnnotation => {
  const found = notes.find((n) => n.id === `urn:triglot:anno:nguyen-2020:editorial:${local}`);
  if (!found) throw new Error(`no editorial note ${local}`);
  return found;
};
/** The text before and at the note's target, read from the block itself. */
const placed = (local: string) => {
  const { blockId, position } = note(local).target;
  const text = blockById(blockId).text;
  return {
    blockId,
    exact: sliceCodePoints(text, position.start, position.end),
    before: sliceCodePoints(text, Math.max(0, position.start - 12), position.start),
    after: sliceCodePoints(text, position.end, position.end + 30),
  };
};

describe('the editorial layer', () => {
  it('passes validation: every note anchors by position, has one confidence, the project’s correction and reasoning', async () => {
    expect(loaded.errors).toEqual([]);
    expect(notes).toHaveLength(29);
    expect(loaded.annotations.every((a) => a.anchor.status === 'anchored')).toBe(true);
    const vietnamese = realLayerJson('vietnamese').json;
    expect(await validateLayers({ editorial: raw(), vietnamese })).toEqual([]);
  });

  it('keeps its notes in reading order: by block, then by position in the block', () => {
    const order = new Map(realDocument().blocks.map((b, i) => [b.id, i]));
    const keys = notes.map((n) => [order.get(n.target.blockId) ?? -1, n.target.position.start]);
    const sorted = [...keys].sort(([a, x], [b, y]) => (a ?? 0) - (b ?? 0) || (x ?? 0) - (y ?? 0));
    expect(keys.every(([block]) => block !== -1)).toBe(true);
    expect(keys).toEqual(sorted);
  });

  it.each<[string, string, string, RegExp, RegExp]>([
    // note, block, exact text, text just before, text just after — read from the source.
    ['hoang-sa', 's2.3.2-p4', 'Hoảng Sa', /Quần đảo $/u, /^（黃沙群島）/u],
    ['vinh-ministry-1', 's4.1-p7', '公安部', /越南$/u, /^次長阮志詠（Nguyen Chi Vinh）/u],
    ['vinh-ministry-2', 's4.2-p6', '公安部', /越南$/u, /^次長阮志詠於2010年/u],
    ['trong-visit-date', 'appendix-e29', '2015年10月6日至7日', /^$/u, /越共總書記阮富仲首次訪美/u],
    ['four-goods-year', 's4.1-p3', '2003', /以及$/u, /^提出的「四好精神」/u],
    ['party-congress', 's1-p2', '全國人民代表大會', /1991年第七屆$/u, /^的政治報告/u],
    ['poem-reading', 'fn-6', 'phận định', /Tiệt nhiên $/u, /^ tại thiên thư/u],
    ['poem-date', 'fn-6', '10世紀', /此詩句源自於$/u, /^時期創作的一首詩/u],
    ['poem-obama', 's3-p6', '南國山河南帝居，截然分定在天書。', /詩句，「$/u, /^」，並隨後強調/u],
    ['mofa-day', 's4.2-p4', '翌日', /越南外交部$/u, /^對此回應/u],
    ['mofa-unity', 's4.2-p4', '保護獨立、主權、領土完整', /越南國防政策為了$/u, /^、國家和平/u],
    ['dung-date', 's4.1-p4', '2014年5月24日', /於$/u, /^在菲律賓參加東亞世界經濟論壇/u],
    ['sweeny', 's2.1-p6', 'Sweeny', /93; $/u, /^ and Fritz 2004/u],
    ['liberthal', 's3-p6', 'Liberthal', /（$/u, /^ 2011）/u],
    ['minh-triet-name', 'appendix-e17', '名', /阮$/u, /^哲（Nguyen Minh Triet）/u],
    ['truong-tan-sang-name', 'appendix-e26', '進', /張$/u, /^創（Truong Tan Sang）/u],
    ['balancing-decade', 's2.3.1-p2', '1970年代中', /支持或奧援。$/u, /^至冷戰結束前/u],
    ['converse-holds', 's2.3.2-p5', '反之不亦然', /兩國之間的衝突，$/u, /^。而目前從越南官方/u],
    ['outline-section', 's2.3.2-p10', '第三節', /在以下的$/u, /^中，本文將著墨分析/u],
    ['mattis-name', 's3-p8', '馬提斯', /時任國防部長$/u, /^（James Mattis）/u],
    ['three-noes-item', 's4.2-p9', '第二條', /國防政策的$/u, /^，越南應該拒絕參加/u],
    ['trade-partner-years', 's4.3-p4', '連續14年', /2004年起至2018年$/u, /^成為越南最大的貿易/u],
    ['china-fdi-decimal', 's4.3-p5', '133,48億', /協議投資總額為$/u, /^美元，成為越南第七大/u],
    ['us-fdi-growth', 's4.3-p7', '387%', /到2017年增長了$/u, /^，成為越南第十一大/u],
  ])('places %s in %s on 「%s」', (local, blockId, exact, before, after) => {
    const at = placed(local);
    expect(at.blockId).toBe(blockId);
    expect(at.exact).toBe(exact);
    expect(at.before).toMatch(before);
    expect(at.after).toMatch(after);
    expect(note(local).target.quote.exact).toBe(exact);
  });

  it('gives the corrections the research file documents', () => {
    const correction = (local: string) => note(local).correction;
    expect(correction('hoang-sa')).toContain('Hoàng Sa');
    expect(correction('vinh-ministry-1')).toContain('國防部');
    expect(correction('trong-visit-date')).toContain('6–10 July 2015');
    expect(correction('four-goods-year')).toContain('2002');
    expect(correction('poem-reading')).toContain('định phận');
    expect(correction('mofa-day')).toContain('同日');
    expect(correction('mofa-unity')).toContain('統一');
    expect(correction('dung-date')).toContain('21–22 May 2014');
    expect(correction('sweeny')).toContain('Sweeney');
    expect(correction('liberthal')).toContain('Lieberthal');
  });

  it('proposes a replacement for the words of 26 notes, and none where it states a fact', () => {
    const found = Object.fromEntries(
      notes.map((n) => [n.id.split(':').at(-1), replacementOf(n.target.quote.exact, n.correction)]),
    );
    expect(found).toEqual(EXPECTED_REPLACEMENTS);
  });

  it('marks the guessed citation keys low confidence and the documented errors high', () => {
    const confidence = (local: string) => note(local).confidence;
    expect(confidence('sweeny')).toBe('low');
    expect(confidence('liberthal')).toBe('low');
    for (const local of [
      'hoang-sa',
      'vinh-ministry-1',
      'vinh-ministry-2',
      'trong-visit-date',
      'party-congress',
    ])
      expect(confidence(local), local).toBe('high');
  });

  it('cites as sources only pages the research file names, and credits every text to the project', () => {
    const research = researchText();
    for (const n of raw().items) {
      for (const b of n.body) {
        if (b.purpose === 'linking')
          expect(research, n.id).toContain(String(b.source).replace(/^https?:\/\//u, ''));
        if (b.type === 'TextualBody')
          expect((b.creator as { id: string }).id, n.id).toBe('urn:triglot:project');
      }
    }
  });

  it.each<[string, AnnotationErrorCode, RegExp, (l: RawLayer) => void]>([
    [
      'a moved position',
      'stale-selectors',
      /stale: found by quote match/u,
      (l) => {
        const position = nth(hoangSa(l).target.selector, 1).refinedBy;
        position.start = Number(position.start) + 2;
        position.end = Number(position.end) + 2;
      },
    ],
    [
      'a stale context',
      'stale-selectors',
      /stored context of 「Hoảng Sa」 .* is no longer the text around it/u,
      (l) => {
        // One character of the stored context changed: still placed by position, but stale.
        const quote = nth(hoangSa(l).target.selector, 0).refinedBy;
        quote.prefix = `X${String(quote.prefix).slice(1)}`;
      },
    ],
    [
      'no confidence',
      'malformed-body',
      /needs exactly one confidence level/u,
      (l) => hoangSa(l).body.splice(1, 1),
    ],
    [
      'a confidence outside the vocabulary',
      'malformed-body',
      /unknown classification urn:triglot:vocab#confidence-certain/u,
      (l) => (nth(hoangSa(l).body, 1).source = 'urn:triglot:vocab#confidence-certain'),
    ],
    [
      'no correction',
      'malformed-body',
      /needs exactly one editing TextualBody/u,
      (l) => (hoangSa(l).body = hoangSa(l).body.filter((b) => b.purpose !== 'editing')),
    ],
    [
      'a correction not credited to the project',
      'malformed-body',
      /must be credited to it/u,
      (l) => {
        const editing = hoangSa(l).body.find((b) => b.purpose === 'editing');
        if (editing) editing.creator = { id: 'urn:example:someone', type: 'Person' };
      },
    ],
    [
      'a source the research file does not report',
      'unsupported-source',
      /https:\/\/example\.org\/unrelated is not a page that .* reports/u,
      (l) =>
        hoangSa(l).body.push({
          type: 'SpecificResource',
          purpose: 'linking',
          source: 'https://example.org/unrelated',
        }),
    ],
  ])('rejects %s → %s', async (_, code, message, damage) => {
    const layer = raw();
    damage(layer);
    const errors = await validateLayers({ editorial: layer });
    const named = errors.filter((e) => e.code === code);
    expect(named.map((e) => e.message)).toContainEqual(expect.stringMatching(message));
    expect(named.every((e) => e.annotationId === hoangSa(layer).id)).toBe(true);
  });
});
