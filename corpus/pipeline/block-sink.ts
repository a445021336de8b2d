/**
 * Collects blocks in reading order and gives them stable, readable ids:
 * sections follow the article's numbering (壹 → s1, 一 → s1.1, （一） → s1.1.1), paragraphs are
 * numbered within their section (`s2.3.1-p4`), headings end in `-h`.
 */
import type { Block, Lang, Section } from '../model/document';
import type { JoinedText } from './join-lines';

const LEVEL1_NUMERALS = '壹貳參肆伍陸柒捌玖拾';
const DIGITS = '一二三四五六七八九';

type BlockWithoutBase<B> = B extends Block
  ? Omit<B, 'id' | 'lang' | 'section' | 'pages' | 'pageBreaks' | 'text' | 'footnoteRefs' | 'source'>
  : never;

export class BlockSink {
  readonly blocks: Block[] = [];
  readonly sections: Section[] = [];
  private section: Section | null = null;
  private readonly path: number[] = [];
  private readonly counters = new Map<string, number>();

  /** Opens a numbered section of the article body (壹、… / 一、… / （一）…). */
  openNumberedSection(level: number, label: string, title: string, text: JoinedText): void {
    const value = level === 1 ? LEVEL1_NUMERALS.indexOf(label) + 1 : chineseNumber(label);
    this.path.length = level - 1;
    this.path[level - 1] = value;
    const id = `s${this.path.join('.')}`;
    this.openSection(id, label, title, level, text, 'zh-Hant');
  }

  /** Opens a section outside the numbered body (abstracts, appendix); returns its heading id. */
  openSection(
    id: string,
    label: string,
    title: string,
    level: number,
    text: JoinedText,
    lang: Lang,
  ): string {
    const parent = level === 1 ? null : this.ancestorAt(level - 1);
    const headingBlockId = `${id}-h`;
    this.section = { id, label, title, level, headingBlockId, parentId: parent?.id ?? null };
    this.sections.push(this.section);
    this.add(headingBlockId, lang, text, { kind: 'heading', level });
    return headingBlockId;
  }

  /** Adds a block of the current section with the id `<section>-<prefix><n>`. */
  addNumbered<B extends Block>(
    prefix: string,
    lang: Lang,
    text: JoinedText,
    rest: BlockWithoutBase<B>,
  ): Block {
    const section = this.currentSectionId();
    const key = `${section}-${prefix}`;
    const n = (this.counters.get(key) ?? 0) + 1;
    this.counters.set(key, n);
    return this.add(`${key}${n}`, lang, text, rest);
  }

  /** Adds a block with an explicit id to the current section. */
  add<B extends Block>(id: string, lang: Lang, text: JoinedText, rest: BlockWithoutBase<B>): Block {
    const block = {
      id,
      lang,
      section: this.currentSectionId(),
      pages: text.pages,
      pageBreaks: text.pageBreaks,
      text: text.text,
      footnoteRefs: text.footnoteRefs,
      source: { firstLine: text.firstLine, lastLine: text.lastLine },
      ...rest,
    } as Block;
    this.blocks.push(block);
    return block;
  }

  currentSectionId(): string {
    return this.section?.id ?? 'front';
  }

  private ancestorAt(level: number): Section | null {
    for (let i = this.sections.length - 1; i >= 0; i--) {
      const section = this.sections[i];
      if (section && section.level === level) return section;
    }
    return null;
  }
}

/** 一 … 九十九 as a number. */
export function chineseNumber(label: string): number {
  if (label === '十') return 10;
  const [tens, ones] = label.includes('十') ? label.split('十') : ['', label];
  const digit = (s: string | undefined) => (s ? DIGITS.indexOf(s) + 1 : 0);
  return label.includes('十') ? (tens ? digit(tens) : 1) * 10 + digit(ones) : digit(ones);
}
