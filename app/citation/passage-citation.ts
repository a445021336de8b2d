/**
 * The parts of "cite this passage" that need no CSL processor: which passage, which print pages,
 * the permalink and the caveat, and how the styled strings are put together. The strings
 * themselves come from a renderer — citeproc-js on the command line (`cite-passage.ts`), a table
 * citeproc-js filled at build time in the web reader — so both give the same text.
 */
import type { Document, Span } from '../../corpus/model/document';
import { pageOf } from '../../corpus/citations/extract-citations';
import { codePointLength } from '../../corpus/text/code-points';
import type { CitationStyle } from './csl-resources';
import { CITATION_STYLES } from './csl-resources';
import { passagePermalink, resolvePermalink } from './permalink';
import { projectTextCaveat } from './project-text';
import type { ProjectTextCaveat, ProjectTextKind } from './project-text';

export interface PassageRequest {
  document: Document;
  blockId: string;
  /** A selection in the block, in code points of its text; the whole block when left out. */
  range?: Span;
  /** Set when what is being cited was written by the project (a paraphrase, a gloss…). */
  projectText?: ProjectTextKind;
  /** The reader's URL, to make the permalink absolute; relative when left out. */
  readerUrl?: string;
}

export interface StyledPassageCitation {
  /** `(Nguyen 2020, 166)`. */
  inText: string;
  /** The reference-list entry for the article. */
  reference: string;
  /** What a copy button copies: reference, in-text citation, permalink and any caveat, one per line. */
  text: string;
}

/** A passage resolved to its pages, locator, permalink and caveat, before any style is applied. */
export interface ResolvedPassage {
  docId: string;
  blockId: string;
  range: Span | null;
  /** First and last print page of the passage. */
  pages: [number, number];
  /** The page locator as cited: `166` or `165-166`. */
  locator: string;
  permalink: string;
  caveat: ProjectTextCaveat | null;
}

export interface PassageCitation extends ResolvedPassage {
  styles: Record<CitationStyle, StyledPassageCitation>;
}

/** Renders the article's in-text citation (with a page locator) and reference entry in a style. */
export type ArticleCitationRenderer = (
  style: CitationStyle,
  locator: string,
) => { inText: string; reference: string };

/** Checks the request and works out the passage's pages, locator, permalink and caveat. */
export function resolvePassage(
  request: PassageRequest,
): { ok: true; passage: ResolvedPassage } | { ok: false; error: string } {
  const { document, blockId, range } = request;
  const block = document.blocks.find((b) => b.id === blockId);
  if (!block) return { ok: false, error: `no block "${blockId}" in document "${document.id}"` };
  const length = codePointLength(block.text);
  if (range && !isRangeIn(range, length)) {
    return {
      ok: false,
      error: `range ${range.start}–${range.end} is not a non-empty selection inside block "${blockId}" (0–${length} code points)`,
    };
  }
  const pages: [number, number] = range
    ? [pageOf(block, range.start), pageOf(block, range.end - 1)]
    : block.pages;
  const relative = passagePermalink(document.id, blockId, range);
  return {
    ok: true,
    passage: {
      docId: document.id,
      blockId,
      range: range ?? null,
      pages,
      locator: pageLocator(pages),
      permalink: request.readerUrl ? resolvePermalink(relative, request.readerUrl) : relative,
      caveat: request.projectText ? projectTextCaveat(request.projectText) : null,
    },
  };
}

/** The passage's citation in every style, each `text` joining reference, in-text, permalink, caveat. */
export function styleResolvedPassage(
  passage: ResolvedPassage,
  render: ArticleCitationRenderer,
): PassageCitation {
  const styles = {} as Record<CitationStyle, StyledPassageCitation>;
  for (const style of CITATION_STYLES) {
    const { inText, reference } = render(style, passage.locator);
    const text = [reference, inText, passage.permalink, passage.caveat?.text]
      .filter(Boolean)
      .join('\n');
    styles[style] = { inText, reference, text };
  }
  return { ...passage, styles };
}

/**
 * Every page locator a passage of `document` can have: each page of each block, and each range of
 * pages inside one block (a selection starts and ends inside its block). The web reader renders
 * exactly these at build time.
 */
export function passageLocators(document: Document): string[] {
  const locators = new Set<string>();
  for (const block of document.blocks) {
    const [first, last] = block.pages;
    for (let from = first; from <= last; from++)
      for (let to = from; to <= last; to++) locators.add(pageLocator([from, to]));
  }
  return [...locators];
}

function pageLocator([first, last]: [number, number]): string {
  return first === last ? String(first) : `${first}-${last}`;
}

function isRangeIn(range: Span, length: number): boolean {
  return (
    Number.isInteger(range.start) &&
    Number.isInteger(range.end) &&
    range.start >= 0 &&
    range.start < range.end &&
    range.end <= length
  );
}
