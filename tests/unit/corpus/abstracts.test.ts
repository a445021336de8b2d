import { describe, expect, it } from 'vitest';
import type { KeywordsBlock } from '../../../corpus/model/document';
import { sliceCodePoints } from '../../../corpus/text/code-points';
import { blockById, realDocument } from '../../helpers/real-document';

const keywordsOf = (id: string) => {
  const block = blockById(id) as KeywordsBlock;
  return block.keywords.map((k) => sliceCodePoints(block.text, k.start, k.end));
};

describe('the Chinese abstract', () => {
  it('is one paragraph under 「摘要」 over pages 143–144', () => {
    expect(blockById('abstract-h').text).toBe('摘要');
    const abstracts = realDocument().blocks.filter(
      (b) => b.kind === 'abstract' && b.lang === 'zh-Hant',
    );
    expect(abstracts.map((b) => b.id)).toEqual(['abstract-p1']);
    const abstract = blockById('abstract-p1');
    expect(abstract.text.startsWith('學界一般認為，冷戰結束後，隨著中國的快速崛起')).toBe(true);
    expect(abstract.text.endsWith('故本文稱之為「軟制衡」。')).toBe(true);
    expect(abstract.text).toContain('表現在於中國在南海的強硬姿態、越南過度依賴中國經濟等');
    expect(abstract.pages).toEqual([143, 144]);
  });
  it('has its five keywords', () => {
    expect(keywordsOf('abstract-keywords')).toEqual(['越中關係', '美國', '避險', '軟制衡', '越南']);
  });
  it('leaves out the ＊ divider', () => {
    for (const block of realDocument().blocks) expect(block.text).not.toContain('＊');
  });
});

describe('the English abstract', () => {
  it('has its title, author and affiliation', () => {
    expect(blockById('abstract-en-h').text).toBe(
      'From Hedging to Soft Balancing: How the U.S. Strategy Changes Vietnam’s China Policy, 2014-2019',
    );
    expect(blockById('abstract-en-author').text).toBe('Cong Tung Nguyen');
    expect(blockById('abstract-en-affiliation-1').text).toBe('Ph.D. Student');
    expect(blockById('abstract-en-affiliation-2').text).toBe(
      'Graduate Institute of East Asian Studies, National Chengchi University',
    );
    expect(
      realDocument()
        .blocks.filter((b) => b.lang === 'en')
        .every((b) => b.section === 'abstract-en'),
    ).toBe(true);
  });
  it('joins the abstract into one paragraph across its page break', () => {
    const abstract = blockById('abstract-en-p1');
    expect(
      abstract.text.startsWith(
        'The conventional wisdom assumes that East Asian countries have been adopting',
      ),
    ).toBe(true);
    expect(abstract.text).toContain('somewhat one-sided, i.e. primarily focusing');
    expect(abstract.text).toContain('On the other hand, the incentive factor refers');
    expect(abstract.text.endsWith('which can be addressed as “soft balancing”.')).toBe(true);
    expect(abstract.text).not.toMatch(/ {2}/u);
  });
  it('has its five keywords', () => {
    expect(keywordsOf('abstract-en-keywords')).toEqual([
      'Vietnam-China Relations',
      'the United States',
      'Hedging',
      'Soft Balancing',
      'Vietnam',
    ]);
  });
});
