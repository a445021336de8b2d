import { describe, expect, it } from 'vitest';
import {
  ALIGNMENT_STATUSES,
  isBlockSegment,
  type AlignedUnit,
} from '../../../corpus/alignment/alignment-types';
import { checkAlignment } from '../../../corpus/alignment/check-alignment';
import { sliceCodePoints } from '../../../corpus/text/code-points';
import { blockById, realDocument } from '../../helpers/real-document';
import { realAlignment } from '../../helpers/translation-data';

const alignment = realAlignment();
const sentence = (unit: AlignedUnit, id: string) => {
  const found = [...unit.zh, ...unit.en].find((s) => s.id === id);
  if (!found) throw new Error(`no segment ${id}`);
  return found;
};

describe('the abstract alignment data', () => {
  it('passes its checker on the real article', () => {
    expect(checkAlignment(realAlignment(), realDocument(), 'alignment.json')).toEqual([]);
  });

  it('cuts the Chinese abstract at every 。 and nowhere else, losing nothing', () => {
    const text = blockById('abstract-p1').text;
    const zh = alignment.abstract.zh;
    expect(zh).toHaveLength(text.split('。').length - 1);
    expect(zh.map((s) => s.text).join('')).toBe(text);
    for (const s of zh) expect(s.text.indexOf('。')).toBe(s.text.length - 1);
  });

  it('cuts the English abstract into its 13 sentences, not at “i.e.” or inside a quotation', () => {
    const en = alignment.abstract.en.map((s) => s.text);
    expect(en.join(' ')).toBe(blockById('abstract-en-p1').text);
    expect(en).toHaveLength(13);
    expect(en.find((s) => s.includes('i.e.'))).toMatch(
      /^This paper, on the contrary.*United States\.$/u,
    );
    expect(en.find((s) => s.startsWith('The former is defined'))).toMatch(/economy, etc\.$/u);
    expect(en.at(-1)).toBe(
      'Yet, such balancing act of Vietnam is still in low profile, which can be addressed as “soft balancing”.',
    );
  });

  it('stores each block segment as a code-point span whose text is the block’s text there', () => {
    for (const unit of [alignment.title, alignment.keywords, alignment.abstract]) {
      for (const s of [...unit.zh, ...unit.en]) {
        if (!isBlockSegment(s)) continue;
        expect(sliceCodePoints(blockById(s.blockId).text, s.start, s.end)).toBe(s.text);
      }
    }
  });

  it('covers every segment of the title, keywords and both abstracts exactly once', () => {
    for (const unit of [alignment.title, alignment.keywords, alignment.abstract]) {
      const uses = new Map<string, number>();
      for (const pair of unit.pairs)
        for (const id of [...pair.zh, ...pair.en]) uses.set(id, (uses.get(id) ?? 0) + 1);
      for (const s of [...unit.zh, ...unit.en]) expect(uses.get(s.id), s.id).toBe(1);
    }
  });

  it('uses only the four statuses, and every partial pair says what differs in words it quotes', () => {
    for (const unit of [alignment.title, alignment.keywords, alignment.abstract]) {
      for (const pair of unit.pairs) {
        expect(ALIGNMENT_STATUSES).toContain(pair.status);
        if (pair.status !== 'partial') continue;
        expect(pair.differences.length, pair.id).toBeGreaterThan(0);
        const zh = pair.zh.map((id) => sentence(unit, id).text).join('');
        const en = pair.en.map((id) => sentence(unit, id).text).join(' ');
        for (const d of pair.differences) {
          if (d.zh) expect(zh).toContain(d.zh);
          if (d.en) expect(en).toContain(d.en);
        }
      }
    }
  });

  it('aligns the 1:2 places: zh-s2 with the “As a result” sentence, zh-s7 with “Vietnam is, thus, forced”', () => {
    const pairOf = (zhText: string) =>
      alignment.abstract.pairs.find((p) =>
        p.zh.some((id) => sentence(alignment.abstract, id).text.startsWith(zhText)),
      );
    const enOf = (ids: string[] = []) => ids.map((id) => sentence(alignment.abstract, id).text);
    expect(enOf(pairOf('文獻指出')?.en)).toEqual([
      expect.stringMatching(/^By putting forward/u),
      expect.stringMatching(/^As a result, Hanoi/u),
    ]);
    expect(enOf(pairOf('懲罰性因素乃為')?.en)).toEqual([
      expect.stringMatching(/^The former is defined/u),
      expect.stringMatching(/^Vietnam is, thus, forced/u),
    ]);
    expect(enOf(pairOf('進一步靠攏華盛頓')?.en)).toEqual([
      'Moving closer to Washington gives Hanoi more bargaining chips to handle with Beijing.',
    ]);
  });

  it('records what the English leaves out, e.g. 隨著中國的快速崛起 and 自主', () => {
    const omitted = alignment.abstract.pairs.flatMap((p) =>
      p.differences.filter((d) => d.kind === 'omitted').map((d) => d.zh),
    );
    expect(omitted).toContain('隨著中國的快速崛起');
    expect(omitted).toContain('自主');
  });

  it('pairs the Chinese title from the metadata with the English title block', () => {
    const [zh] = alignment.title.zh;
    const [en] = alignment.title.en;
    expect(zh?.text).toBe(realDocument().metadata.csl.title);
    expect(en?.text).toBe(blockById('abstract-en-h').text);
    expect(alignment.title.pairs).toEqual([
      expect.objectContaining({ zh: [zh?.id], en: [en?.id] }),
    ]);
  });

  it('pairs the keywords in the order both lists print them', () => {
    const text = (id: string) => sentence(alignment.keywords, id).text;
    const pairs = alignment.keywords.pairs.map((p) => [text(p.zh[0] ?? ''), text(p.en[0] ?? '')]);
    expect(pairs).toEqual([
      ['越中關係', 'Vietnam-China Relations'],
      ['美國', 'the United States'],
      ['避險', 'Hedging'],
      ['軟制衡', 'Soft Balancing'],
      ['越南', 'Vietnam'],
    ]);
  });

  it('links the punitive-factor sentence to the paragraphs that define and argue the punitive factor', () => {
    const en = alignment.abstract.en.find((s) => s.text.startsWith('The former is defined'));
    const link = alignment.summaryLinks.find((l) => l.en === en?.id);
    const blocks = realDocument().blocks;
    const defining = blocks.find((b) => b.text.includes('「懲罰性因素」（punitive factor）'));
    const arguing = blocks.find((b) => b.text.startsWith('懲罰性因素方面'));
    const linked = link?.passages.map((p) => p.blockId);
    expect(linked).toContain(defining?.id);
    expect(linked).toContain(arguing?.id);
  });

  it('links the incentive-factor sentence to the paragraph that introduces it', () => {
    const en = alignment.abstract.en.find((s) => s.text.includes('the incentive factor refers to'));
    const link = alignment.summaryLinks.find((l) => l.en === en?.id);
    const introducing = realDocument().blocks.find((b) => b.text.startsWith('激勵性因素方面'));
    expect(link?.passages.map((p) => p.blockId)).toContain(introducing?.id);
  });

  it('links every English sentence to body blocks that exist, outside the abstracts', () => {
    const blocks = new Map(realDocument().blocks.map((b) => [b.id, b]));
    expect(alignment.summaryLinks.map((l) => l.en).sort()).toEqual(
      alignment.abstract.en.map((s) => s.id).sort(),
    );
    for (const link of alignment.summaryLinks) {
      for (const passage of link.passages) {
        const block = blocks.get(passage.blockId);
        expect(block, passage.blockId).toBeDefined();
        expect(block?.section.startsWith('abstract')).toBe(false);
        if (passage.text !== undefined)
          expect(sliceCodePoints(block?.text ?? '', passage.start ?? -1, passage.end)).toBe(
            passage.text,
          );
      }
    }
  });

  it('labels every translator note as the project’s', () => {
    const notes = [
      ...[alignment.title, alignment.keywords, alignment.abstract].flatMap((u) =>
        u.pairs.map((p) => p.note),
      ),
      ...alignment.summaryLinks.map((l) => l.note),
    ].filter((n) => n !== undefined);
    expect(notes.length).toBeGreaterThan(0);
    for (const note of notes) expect(note.by).toBe('project');
  });
});
