/**
 * The curated layer files and glossary read as plain JSON, without the annotations/ parser, so
 * the reader's tests compare what it shows with the files themselves.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DOC_ID } from './real-document';

interface Body {
  purpose: string;
  source?: string;
  value?: string;
}
interface Selector {
  value: string;
  refinedBy: { type: string; exact?: string; start?: number; end?: number };
}
interface Item {
  id: string;
  body: Body[];
  target: { selector: Selector[] };
}

/** One annotation: its id, place, quote, role or type, linked ids and textual bodies. */
export interface LayerRecord {
  id: string;
  local: string;
  blockId: string;
  start: number;
  end: number;
  exact: string;
  /** The second classifying body's term (a claim's role, an evidence's type), if any. */
  kind: string | null;
  links: string[];
  describing: string | null;
  commenting: string | null;
}

// Not `new URL(…, import.meta.url)`: Vite rewrites that as an asset reference.
const folder = join(dirname(fileURLToPath(import.meta.url)), '../../annotations', DOC_ID);

/** The annotations of one layer file, in file order. */
export function readLayer(layer: string): LayerRecord[] {
  const page = JSON.parse(readFileSync(join(folder, `${layer}.jsonld`), 'utf8')) as {
    items: Item[];
  };
  return page.items.map((item) => {
    const quote = item.target.selector.find((s) => s.refinedBy.type === 'TextQuoteSelector');
    const position = item.target.selector.find((s) => s.refinedBy.type === 'TextPositionSelector');
    const classifying = item.body.filter((b) => b.purpose === 'classifying');
    const text = (purpose: string) => item.body.find((b) => b.purpose === purpose)?.value ?? null;
    return {
      id: item.id,
      local: item.id.split(':').at(-1) ?? '',
      blockId: position?.value ?? '',
      start: position?.refinedBy.start ?? -1,
      end: position?.refinedBy.end ?? -1,
      exact: quote?.refinedBy.exact ?? '',
      kind: classifying[1]?.source?.split('#')[1] ?? null,
      links: item.body.filter((b) => b.purpose === 'linking').map((b) => b.source ?? ''),
      describing: text('describing'),
      commenting: text('commenting'),
    };
  });
}

export interface GlossaryJson {
  terms: {
    id: string;
    zh: string[];
    enForms?: string[];
    en: string;
    enSource: string;
    vi?: string;
    attributedTo?: string;
    definition: string;
  }[];
  exclusions: { termId: string; blockId: string; exact: string; prefix: string; reason: string }[];
}

/** The glossary file. */
export function readGlossary(): GlossaryJson {
  return JSON.parse(readFileSync(join(folder, 'glossary.json'), 'utf8')) as GlossaryJson;
}
