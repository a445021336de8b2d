/**
 * "Cite this passage" in the reader reads strings citeproc-js rendered at build time: for every
 * passage it must give exactly what the command line (citeproc-js at run time) gives.
 */
import { describe, expect, it } from 'vitest';
import tables from 'virtual:triglot/citation-tables';
import { missingFromTable } from '../../../../app/citation/citation-table';
import type { CitationTable } from '../../../../app/citation/citation-table';
import { citePassage } from '../../../../app/citation/cite-passage';
import { exportBibtex } from '../../../../app/citation/export-bibtex';
import { loadCslResources } from '../../../../app/citation/node-csl-resources';
import {
  articleRecordFiles,
  citePassageInReader,
} from '../../../../app/web/citations/passage-citer';
import { codePointLength } from '../../../../corpus/text/code-points';
import { blockById, realDocument } from '../../../helpers/real-document';

const document = realDocument();
const resources = loadCslResources();

function both(blockId: string, range?: { start: number; end: number }) {
  const request = {
    document,
    blockId,
    ...(range ? { range } : {}),
    projectText: 'paraphrase' as const,
    readerUrl: 'https://example.org/triglot/',
  };
  return [citePassageInReader(request), citePassage(request, resources)];
}

describe('cite this passage in the reader', () => {
  it('gives what citeproc-js gives for every block of the article', () => {
    for (const block of document.blocks) {
      const [reader, cli] = both(block.id);
      expect(reader, block.id).toEqual(cli);
      expect(reader?.ok).toBe(true);
    }
  });

  it('covers every page range a selection can have, across each page break', () => {
    const crossing = document.blocks.filter((b) => b.pageBreaks.length > 0);
    expect(crossing.length).toBeGreaterThan(10);
    for (const block of crossing) {
      // A selection's pages are those of its first and last character: one selection from the
      // start of each page of the block to the start of each later (or the same) page covers them all.
      const pageStarts = [0, ...block.pageBreaks.map((b) => b.offset)];
      for (const [i, from] of pageStarts.entries()) {
        for (const to of pageStarts.slice(i)) {
          const range = { start: from, end: Math.min(codePointLength(block.text), to + 1) };
          const [reader, cli] = both(block.id, range);
          expect(reader, `${block.id} ${range.start}-${range.end}`).toEqual(cli);
          expect(reader?.ok).toBe(true);
        }
      }
    }
    // The three noes paragraph (p. 166) and the selection across pp. 159–160 of s3-p6.
    const [noes] = both('s4.2-p6');
    expect(noes?.ok && noes.citation.styles.apa.inText).toBe('(Nguyen, 2020, p. 166)');
    const s3p6 = blockById('s3-p6');
    expect(s3p6.pageBreaks).toEqual([{ offset: 284, page: 160 }]);
    const [vuving] = both('s3-p6', { start: 277, end: 286 });
    expect(vuving?.ok && vuving.citation.styles['chicago-author-date'].inText).toBe(
      '(Nguyen 2020, 159–60)',
    );
  });

  it('carries the project-text caveat into every copied string', () => {
    const [reader] = both('s4.2-p6');
    if (!reader?.ok) throw new Error('no citation');
    expect(reader.citation.caveat?.kind).toBe('paraphrase');
    for (const style of Object.values(reader.citation.styles))
      expect(style.text.split('\n').at(-1)).toMatch(/^Caveat: the cited wording is a paraphrase/u);
  });

  it('says what is wrong with a request or a stale table', () => {
    expect(citePassageInReader({ document, blockId: 'nope' })).toEqual({
      ok: false,
      error: 'no block "nope" in document "nguyen-2020"',
    });
    const table = tables['nguyen-2020'] as CitationTable;
    expect(missingFromTable(table, '166')).toBeNull();
    const apa = Object.fromEntries(Object.entries(table.inText.apa).filter(([k]) => k !== '166'));
    const stale: CitationTable = { ...table, inText: { ...table.inText, apa } };
    expect(missingFromTable(stale, '166')).toBe(
      'no rendered citation for pages 166 (apa): the citation table is stale',
    );
  });

  it('offers the article’s records as the export command writes them', () => {
    const files = articleRecordFiles(document);
    expect(files.map((f) => [f.format, f.fileName])).toEqual([
      ['BibTeX', 'nguyen-2020.bib'],
      ['RIS', 'nguyen-2020.ris'],
      ['CSL-JSON', 'nguyen-2020.csl.json'],
    ]);
    expect(files[0]?.text).toBe(exportBibtex(document));
    expect(JSON.parse(files[2]?.text ?? '')).toEqual([document.metadata.csl]);
  });
});
