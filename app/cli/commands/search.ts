/**
 * `search QUERY [--kind K] [--lang L] [--layer Y] [--exact] [--folds LIST] [--doc ID] [--order O]`:
 * full-text search over every block of the corpus (SPEC, "The command line").
 *
 * `--exact` turns every fold off (case/NFKC, width, diacritics, script): the query must occur
 * code point for code point in the NFC text (whitespace runs still count as one space).
 * `--folds case,width` turns on only the folds named (`--folds none` is the same as `--exact`).
 * `--kind`, `--lang`, `--layer` take one value or a comma-separated list, and may be repeated.
 * Besides the blocks, the bodies of the annotation layers (claim paraphrases, evidence notes,
 * editorial corrections: `--layer claim`…) and the glossary entries (`--layer glossary`) are
 * searched; a query that is a glossary term also finds the entry, which names its equivalents.
 */
import { listDocumentIds } from '../../../corpus/load/node-loader';
import { loadAnnotations } from '../../../annotations/load/node-loader';
import type { Document } from '../../../corpus/model/document';
import { SearchEngine } from '../../search/engine/search-engine';
import type { SearchFilters } from '../../search/engine/facets';
import { snippetLine } from '../../search/engine/snippet';
import type { SearchHit } from '../../search/engine/types';
import type { Folds } from '../../search/normalize/folds';
import { FOLD_NAMES, NO_FOLDS } from '../../search/normalize/folds';
import { buildRecords } from '../../search/records/build-records';
import type { GlossaryEntryLike } from '../../search/records/glossary';
import { glossaryLookup } from '../../search/records/glossary-lookup';
import type { SearchRecord } from '../../search/records/search-record';
import { EXTRA_RECORD_KINDS, RECORD_LAYERS } from '../../search/records/search-record';
import { CliError } from '../cli-error';
import type { CommandContext, CommandOptions } from '../command';
import { requireDocument } from '../load-document';

export const SEARCH_OPTIONS: CommandOptions = {
  kind: { type: 'string', multiple: true },
  lang: { type: 'string', multiple: true },
  layer: { type: 'string', multiple: true },
  exact: { type: 'boolean' },
  folds: { type: 'string' },
  order: { type: 'string' },
};

/** The SPEC shape of one hit. */
interface HitJson {
  blockId: string;
  kind: string;
  lang: string;
  pages: [number, number] | null;
  matches: number;
  snippet: string;
}

export function runSearch(context: CommandContext): undefined {
  const query = context.args.join(' ');
  if (query.trim() === '') throw new CliError('usage: search QUERY (the query is empty)');
  const folds = foldsFrom(context.flags);
  const order = orderFrom(context.flags.order);
  const ids = context.doc ? [context.doc] : listDocumentIds();
  const records: SearchRecord[] = [];
  const glossary: GlossaryEntryLike[] = [];
  for (const id of ids) {
    const sources = documentSources(requireDocument(id));
    records.push(...buildRecords(sources));
    glossary.push(...sources.glossary);
  }
  const filters = filtersFrom(context.flags, records);
  const engine = SearchEngine.build(records, { glossary: glossaryLookup(glossary) });
  const result = engine.search({ query, folds, filters, order });
  for (const problem of result.info.problems) {
    if (problem.code === 'only-exclusions') throw new CliError(`search: ${problem.message}`);
    process.stderr.write(`triglot: warning: ${problem.message}\n`);
  }
  const { total } = result.summary();
  const hits = result.hits(0, total);
  if (context.json) {
    const json = { query, total, hits: hits.map(toHitJson) };
    context.out(JSON.stringify(json, null, 2));
    return;
  }
  context.out(`${total} hit(s) for ${JSON.stringify(query)}`);
  for (const hit of hits) context.out(describeHit(hit));
  for (const eq of result.info.equivalents) {
    context.out(`glossary: ${[...eq.zh, eq.en, eq.vi].filter(Boolean).join(' / ')}`);
  }
}

/**
 * A document with its annotation layers and glossary. Search keeps working when a layer cannot be
 * read or parsed: what loaded is searched, and stderr says what is missing (`validate` says why).
 */
function documentSources(document: Document) {
  const loaded = loadAnnotations(document);
  if (loaded.errors.length > 0) {
    process.stderr.write(
      `triglot: warning: ${loaded.errors.length} problem(s) in the annotation layers of ${document.id}: ` +
        `what could not be read is not searched (run validate)\n`,
    );
  }
  return { document, annotations: loaded.annotations, glossary: loaded.glossary.terms };
}

function toHitJson(hit: SearchHit): HitJson {
  return {
    blockId: hit.blockId,
    kind: hit.kind,
    lang: hit.lang,
    pages: hit.pages,
    matches: hit.matches,
    snippet: snippetLine(hit.snippet),
  };
}

function describeHit(hit: SearchHit): string {
  const marked = markHighlights(hit);
  const page = hit.page === null ? '' : `, p. ${hit.page}`;
  return `[${hit.blockId}] ${hit.kind}${page}, ${hit.matches}×\n  ${marked}`;
}

/** The snippet with each occurrence between ⟦ and ⟧ (plain-text output only). */
function markHighlights(hit: SearchHit): string {
  const chars = Array.from(hit.snippet.text);
  let out = '';
  let at = 0;
  for (const { start, end } of hit.snippet.highlights) {
    if (start < at) continue;
    out += `${chars.slice(at, start).join('')}⟦${chars.slice(start, end).join('')}⟧`;
    at = end;
  }
  out += chars.slice(at).join('');
  return `${hit.snippet.cutBefore ? '…' : ''}${out}${hit.snippet.cutAfter ? '…' : ''}`;
}

function foldsFrom(flags: CommandContext['flags']): Folds {
  if (flags.exact === true) return { ...NO_FOLDS };
  const list = flags.folds;
  if (list === undefined) return { case: true, width: true, diacritics: true, script: true };
  if (typeof list !== 'string') throw new CliError('--folds takes a list: --folds case,width');
  const names = list
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const folds: Folds = { ...NO_FOLDS };
  for (const name of names) {
    if (name === 'none') continue;
    if (!(FOLD_NAMES as readonly string[]).includes(name)) {
      throw new CliError(`--folds: unknown fold "${name}" (folds: ${FOLD_NAMES.join(', ')}, none)`);
    }
    folds[name as keyof Folds] = true;
  }
  return folds;
}

function orderFrom(value: unknown): 'reading' | 'relevance' {
  if (value === undefined || value === 'reading') return 'reading';
  if (value === 'relevance') return 'relevance';
  throw new CliError(`--order: "${String(value)}" is not one of reading, relevance`);
}

function filtersFrom(flags: CommandContext['flags'], records: SearchRecord[]): SearchFilters {
  const known = {
    kind: new Set([...records.map((r) => r.kind), ...EXTRA_RECORD_KINDS]),
    lang: new Set([...records.map((r) => r.lang), 'zh-Hant', 'en', 'vi', 'mul']),
    layer: new Set<string>(RECORD_LAYERS),
  };
  const filters: SearchFilters = {};
  for (const dimension of ['kind', 'lang', 'layer'] as const) {
    const raw = flags[dimension];
    if (raw === undefined) continue;
    const values = (Array.isArray(raw) ? raw : [raw])
      .flatMap((v) => String(v).split(','))
      .map((v) => v.trim())
      .filter(Boolean);
    for (const value of values) {
      if (!known[dimension].has(value)) {
        const list = [...known[dimension]].join(', ');
        throw new CliError(`--${dimension}: unknown value "${value}" (known: ${list})`);
      }
    }
    filters[dimension] = values;
  }
  return filters;
}
