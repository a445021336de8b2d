/** Finds the bracketed groups of a text and splits them into `;`-separated items. */

/** A piece of a string, located by UTF-16 index (converted to code points by the caller). */
export interface TextPiece {
  text: string;
  /** UTF-16 index of the first character. */
  index: number;
}

export interface BracketGroup {
  /** The group with its brackets, e.g. 「（Kang 2003; Kuik 2008）」. */
  whole: TextPiece;
  /** Each `;` or `；`-separated item, trimmed. */
  items: TextPiece[];
}

// Full- and half-width brackets may pair either way: the extraction mixes them now and then.
// Only innermost groups are taken: a citation never contains brackets of its own.
const GROUP = /[（(]([^（）()]*)[）)]/gu;
const ITEM_SEPARATOR = /[;；]/u;

/** Every innermost bracketed group of `text`, in order. */
export function findBracketGroups(text: string): BracketGroup[] {
  const groups: BracketGroup[] = [];
  for (const match of text.matchAll(GROUP)) {
    const index = match.index;
    const inner = match[1] ?? '';
    groups.push({
      whole: { text: match[0], index },
      items: splitItems(inner, index + 1),
    });
  }
  return groups;
}

function splitItems(inner: string, innerIndex: number): TextPiece[] {
  const items: TextPiece[] = [];
  let offset = 0;
  for (const part of inner.split(ITEM_SEPARATOR)) {
    const leading = part.length - part.trimStart().length;
    const text = part.trim();
    if (text) items.push({ text, index: innerIndex + offset + leading });
    offset += part.length + 1;
  }
  return items;
}
