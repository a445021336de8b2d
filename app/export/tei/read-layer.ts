/**
 * Reads a layer file (W3C AnnotationPage, the shape annotations/FORMAT.md fixes) into the internal
 * annotation model. Problems come back as values naming the file and the annotation.
 */
import { CLAIM_ROLES, CONFIDENCE, EVIDENCE_TYPES } from '../../../annotations/model/annotation';
import type { Layer, TriglotAnnotation } from '../../../annotations/model/annotation';
import { VOCAB } from '../../../annotations/model/iris';
import type { BlockSelectors } from '../../../annotations/model/selectors';

export interface LayerProblem {
  where: string;
  message: string;
}

export interface LayerReadResult {
  annotations: TriglotAnnotation[];
  problems: LayerProblem[];
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const asArray = (value: unknown): unknown[] =>
  Array.isArray(value) ? value : value === undefined ? [] : [value];

class ShapeError extends Error {}
const fail = (message: string): never => {
  throw new ShapeError(message);
};

/** Reads one layer file's parsed JSON; `file` is used only in messages. */
export function readLayer(file: string, layer: Layer, json: unknown): LayerReadResult {
  const problems: LayerProblem[] = [];
  if (!isObject(json) || json.type !== 'AnnotationPage' || !Array.isArray(json.items)) {
    return {
      annotations: [],
      problems: [{ where: file, message: 'not a W3C AnnotationPage with an `items` array' }],
    };
  }
  const annotations: TriglotAnnotation[] = [];
  json.items.forEach((item, index) => {
    const label = isObject(item) && typeof item.id === 'string' ? item.id : `items[${index}]`;
    try {
      annotations.push(readAnnotation(layer, item));
    } catch (error) {
      if (!(error instanceof ShapeError)) throw error;
      problems.push({ where: `${file} ${label}`, message: error.message });
    }
  });
  return { annotations, problems };
}

function readAnnotation(layer: Layer, item: unknown): TriglotAnnotation {
  if (!isObject(item) || typeof item.id !== 'string') fail('annotation without an `id`');
  const annotation = item as Json & { id: string };
  const bodies = asArray(annotation.body).filter(isObject);
  const classifying = bodies
    .filter((b) => b.purpose === 'classifying' && typeof b.source === 'string')
    .map((b) => String(b.source));
  if (classifying[0] !== `${VOCAB}${layer}`) {
    fail(`first classifying body must be ${VOCAB}${layer}, found ${classifying[0] ?? 'none'}`);
  }
  const vocab = classifying.slice(1).map((s) => (s.startsWith(VOCAB) ? s.slice(VOCAB.length) : s));
  const links = bodies
    .filter((b) => b.purpose === 'linking' && typeof b.source === 'string')
    .map((b) => String(b.source));
  const text = (purpose: string) => {
    const body = bodies.find((b) => b.purpose === purpose && b.type === 'TextualBody');
    return typeof body?.value === 'string' ? body.value : undefined;
  };
  const base = { id: annotation.id, target: readTarget(annotation.target) };
  switch (layer) {
    case 'claim':
      return {
        ...base,
        layer,
        role: oneOf(vocab, CLAIM_ROLES, 'claim role'),
        paraphrase: text('describing') ?? fail('claim without a describing TextualBody'),
      };
    case 'evidence': {
      const note = text('commenting');
      if (links.length === 0) fail('evidence without a linking body to a claim');
      return {
        ...base,
        layer,
        evidenceType: oneOf(vocab, EVIDENCE_TYPES, 'evidence type'),
        supports: links,
        ...(note ? { note } : {}),
      };
    }
    case 'term':
      return { ...base, layer, termId: fragmentOf(links, 'glossary entry') };
    case 'vietnamese':
      return { ...base, layer, itemId: fragmentOf(links, 'Vietnamese item') };
    case 'editorial': {
      const levels = vocab.filter((v) => v.startsWith('confidence-')).map((v) => v.slice(11));
      return {
        ...base,
        layer,
        confidence: oneOf(levels, CONFIDENCE, 'confidence'),
        correction: text('editing') ?? fail('editorial note without an editing TextualBody'),
        note: text('commenting') ?? '',
        sources: links,
      };
    }
  }
}

function oneOf<T extends string>(values: string[], allowed: readonly T[], what: string): T {
  const found = values.find((v): v is T => (allowed as readonly string[]).includes(v));
  return (
    found ??
    fail(`no ${what} among ${JSON.stringify(values)} (expected one of ${allowed.join(', ')})`)
  );
}

function fragmentOf(links: string[], what: string): string {
  const link = links.find((l) => l.includes('#'));
  return link ? link.slice(link.indexOf('#') + 1) : fail(`no linking body to a ${what}`);
}

function readTarget(target: unknown): BlockSelectors {
  if (!isObject(target)) return fail('target is missing');
  let blockId: string | undefined;
  let quote: BlockSelectors['quote'] | undefined;
  let position: BlockSelectors['position'] | undefined;
  for (const selector of asArray(target.selector).filter(isObject)) {
    if (selector.type !== 'FragmentSelector' || typeof selector.value !== 'string') continue;
    if (blockId !== undefined && blockId !== selector.value) {
      fail(`selectors name two blocks (${blockId}, ${selector.value})`);
    }
    blockId = selector.value;
    const refined = selector.refinedBy;
    if (!isObject(refined)) continue;
    if (refined.type === 'TextQuoteSelector' && typeof refined.exact === 'string') {
      quote = {
        type: 'TextQuoteSelector',
        exact: refined.exact,
        prefix: typeof refined.prefix === 'string' ? refined.prefix : '',
        suffix: typeof refined.suffix === 'string' ? refined.suffix : '',
      };
    }
    if (
      refined.type === 'TextPositionSelector' &&
      Number.isInteger(refined.start) &&
      Number.isInteger(refined.end)
    ) {
      position = {
        type: 'TextPositionSelector',
        start: refined.start as number,
        end: refined.end as number,
      };
    }
  }
  if (!blockId) fail('no FragmentSelector naming a block');
  if (!quote) fail('no TextQuoteSelector');
  return {
    blockId: blockId as string,
    quote: quote as BlockSelectors['quote'],
    position: position ?? { type: 'TextPositionSelector', start: -1, end: -1 },
  };
}
