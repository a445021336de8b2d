/**
 * "Cite this passage": from a block, or a selection in it, the article's citation with the print
 * page (or pages, when the passage crosses a page break) and a permalink, in Chicago author-date
 * and APA 7, each with the caveat when what is cited was written by the project.
 */
import type { Document, Span } from '../../corpus/model/document';
import { pageOf } from '../../corpus/citations/extract-citations';
import { codePointLength } from '../../corpus/text/code-points';
import { readArticleRecord } from './article-record';
import type { CitationStyle, CslResources } from './csl-resources';
import { CITATION_STYLES } from './csl-resources';
import { passagePermalink, resolvePermalink } from './permalink';
import { projectTextCaveat } from './project-text';
import type { ProjectTextCaveat, ProjectTextKind } from './project-text';
import { renderArticleCitation } from './render-article-citation';

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

export interface PassageCitation {
  docId: string;
  blockId: string;
  range: Span | null;
  /** First and last print page of the passage. */
  pages: [number, number];
  /** The page locator as cited: `166` or `165-166`. */
  locator: string;
  permalink: string;
  caveat: ProjectTextCaveat | null;
  styles: Record<CitationStyle, StyledPassageCitation>;
}

/** Cites a passage of the article, or says what is wrong with the request. */
export function citePassage(
  request: PassageRequest,
  resources: CslResources,
): { ok: true; citation: PassageCitation } | { ok: false; error: string } {
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
  const record = readArticleRecord(document.metadata);
  if (!record.ok) return { ok: false, error: `metadata of "${document.id}": ${record.error}` };
  const pages: [number, number] = range
    ? [pageOf(block, range.start), pageOf(block, range.end - 1)]
    : block.pages;
  const locator = pages[0] === pages[1] ? String(pages[0]) : `${pages[0]}-${pages[1]}`;
  const relative = passagePermalink(document.id, blockId, range);
  const permalink = request.readerUrl ? resolvePermalink(relative, request.readerUrl) : relative;
  const caveat = request.projectText ? projectTextCaveat(request.projectText) : null;
  const styles = {} as Record<CitationStyle, StyledPassageCitation>;
  for (const style of CITATION_STYLES) {
    const { inText, reference } = renderArticleCitation(record.record, style, locator, resources);
    const text = [reference, inText, permalink, caveat?.text].filter(Boolean).join('\n');
    styles[style] = { inText, reference, text };
  }
  return {
    ok: true,
    citation: {
      docId: document.id,
      blockId,
      range: range ?? null,
      pages,
      locator,
      permalink,
      caveat,
      styles,
    },
  };
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
