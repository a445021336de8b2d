import { describe, expect, it } from 'vitest';
import { blockById, blockContaining, realDocument } from '../../helpers/real-document';

describe('paragraphs rejoined from print lines', () => {
  it('joins a word split across a page: 一帶一 / 路', () => {
    expect(
      blockContaining('中國在越南所施展的「一帶一路」項目較任何一個東南亞國家的都要少').kind,
    ).toBe('paragraph');
  });

  it('keeps one space inside a Latin word pair split across lines', () => {
    const texts = realDocument()
      .blocks.map((b) => b.text)
      .join('\n');
    for (const pair of [
      '（Dan Tri 2018c）',
      'Kuik 2008',
      'Tran, Vieira, and Ferreira-Pereira 2013',
      'VnExpress 2019b',
      'VASI 2014',
      'Pape 2005, 10',
    ]) {
      expect(texts, pair).toContain(pair);
    }
    expect(texts).not.toMatch(/[A-Za-z] {2,}\d/u);
  });

  it('joins a hyphenated break without a space', () => {
    const texts = realDocument()
      .blocks.map((b) => b.text)
      .join('\n');
    for (const word of ['Ross 2006, 358-395', 'DDG-54', 'Kuik（2008, 165-166）', 'one-sided'])
      expect(texts).toContain(word);
  });

  it('rejoins a paragraph interrupted by a running head inside a quotation', () => {
    expect(blockContaining('（越南稱之為：「Biển Đông（東海）」）').pages).toEqual([144, 145]);
  });

  it('splits paragraphs where the article does', () => {
    // Paragraph openings read off the source (the line after a short last line or a heading).
    const openings = [
      '本文採用質性研究方法',
      '在過去文獻中，探討小國對大國的外交政策的研究相當少',
      '總而言之，「避險」與「軟制衡」的主要分界線',
      '其次，自阮富仲於2015年成功訪美以來',
      '例如，越南媒體在報導有關越南漁船',
      '再如，於2019年2月之時',
      '戰略上，越南在南海爭端議題上',
    ];
    for (const opening of openings) {
      const block = blockContaining(opening, ['paragraph']);
      expect(block.text.startsWith(opening), opening).toBe(true);
    }
  });

  it('counts the paragraphs of each section of the body', () => {
    const count = (section: string) =>
      realDocument().blocks.filter((b) => b.kind === 'paragraph' && b.section === section).length;
    expect(count('s1')).toBe(5);
    expect(count('s5')).toBe(4);
    expect(blockById('s1-p1').text.startsWith('學界一般認為，冷戰結束之後')).toBe(true);
  });

  it('has the article’s section hierarchy with a heading each', () => {
    const sections = realDocument().sections.map((s) => [s.id, s.label, s.title, s.parentId]);
    expect(sections).toEqual([
      ['abstract', '', '摘要', null],
      ['s1', '壹', '前言', null],
      ['s2', '貳', '理論架構', null],
      ['s2.1', '一', '權力不對稱下小國外交政策選擇', 's2'],
      ['s2.2', '二', '冷戰後越南對中國的外交政策', 's2'],
      ['s2.3', '三', '本文的論點：越南對中國的軟制衡政策', 's2'],
      ['s2.3.1', '一', '過去有關「避險」分析之限制', 's2.3'],
      ['s2.3.2', '二', '本文的論點', 's2.3'],
      ['s3', '參', '美中權力角力中的越南角色', null],
      ['s4', '肆', '越南對美國的示好的回應及其對中政策的影響', null],
      ['s4.1', '一', '越南更加主動與美國建立互信機制', 's4'],
      ['s4.2', '二', '越南主動與美國加強國防合作', 's4'],
      ['s4.3', '三', '越南強烈支持美國在亞洲的存在：從重返亞洲到印太戰略', 's4'],
      ['s4.4', '四', '討論', 's4'],
      ['s5', '伍', '結論', null],
      ['appendix', '', '附錄', null],
      [
        'abstract-en',
        '',
        'From Hedging to Soft Balancing: How the U.S. Strategy Changes Vietnam’s China Policy, 2014-2019',
        null,
      ],
    ]);
    for (const section of realDocument().sections)
      expect(blockById(section.headingBlockId).kind).toBe('heading');
  });
});
