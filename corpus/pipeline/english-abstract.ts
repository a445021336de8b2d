/** The English abstract at the end: title, author, affiliation, the abstract, keywords. */
import type { BlockSink } from './block-sink';
import type { TextLine } from './footnotes';
import { joinLines } from './join-lines';
import { keywordSpans } from './keywords';
import type { EnglishAbstractHint } from './layout-hints';
import type { Problem } from './problems';

/** Emits the English abstract's blocks, checking each line against the hint. */
export function buildEnglishAbstract(
  lines: TextLine[],
  sink: BlockSink,
  hint: EnglishAbstractHint,
  sourceFile: string,
  problems: Problem[],
): void {
  const at = (predicate: (l: TextLine) => boolean) => lines.findIndex(predicate);
  const authorAt = at((l) => l.text === hint.author);
  const labelAt = at((l) => l.text === hint.label);
  const keywordsAt = at((l) => l.text.startsWith(hint.keywordsLabel));
  const affiliation = hint.affiliation.map((text) => lines.find((l) => l.text === text));
  if (
    authorAt < 1 ||
    labelAt < authorAt ||
    keywordsAt < labelAt + 2 ||
    affiliation.some((l) => !l)
  ) {
    problems.push({
      where: `${sourceFile}:${lines[0]?.n ?? 'end'}`,
      message:
        'the English abstract does not have the title, author, affiliation, label, abstract and keywords the layout hints name',
    });
    return;
  }
  const title = joinLines(lines.slice(0, authorAt));
  sink.openSection('abstract-en', '', title.text, 1, title, 'en');
  sink.add('abstract-en-author', 'en', joinLines([lines[authorAt] as TextLine]), {
    kind: 'note',
    role: 'author',
  });
  affiliation.forEach((line, index) => {
    sink.add(`abstract-en-affiliation-${index + 1}`, 'en', joinLines([line as TextLine]), {
      kind: 'note',
      role: 'affiliation',
    });
  });
  sink.add('abstract-en-label', 'en', joinLines([lines[labelAt] as TextLine]), {
    kind: 'heading',
    level: 2,
  });
  sink.addNumbered('p', 'en', joinLines(lines.slice(labelAt + 1, keywordsAt)), {
    kind: 'abstract',
  });
  const keywords = joinLines(lines.slice(keywordsAt));
  sink.add('abstract-en-keywords', 'en', keywords, {
    kind: 'keywords',
    keywords: keywordSpans(keywords.text, hint.keywordsLabel),
  });
  const expected = authorAt + 1 + hint.affiliation.length;
  if (labelAt !== expected) {
    problems.push({
      where: `${sourceFile}:${lines[expected]?.n ?? '?'}`,
      message: 'unexpected lines between the English author and the abstract label',
    });
  }
}
