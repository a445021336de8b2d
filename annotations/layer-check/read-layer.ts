/**
 * A narrow reader of a stored layer file (W3C AnnotationPage, annotations/FORMAT.md): for each
 * annotation its id, layer, bodies and block selectors, with a problem naming the annotation for
 * anything missing. It reads only what the translation checks need.
 */
import type { CodedProblem } from '../../corpus/validate/coded-problem';
import { VOCAB } from '../model/iris';
import type { BlockSelectors } from '../model/selectors';

export interface ReadBody {
  type: string;
  purpose: string;
  /** `source` of a SpecificResource, `value` of a TextualBody. */
  source?: string;
  value?: string;
  creatorId?: string;
}

export interface ReadAnnotation {
  id: string;
  /** The layer named by the first classifying body (`urn:triglot:vocab#<layer>`). */
  layer: string | null;
  bodies: ReadBody[];
  target: BlockSelectors;
}

type Json = Record<string, unknown>;
const isRecord = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The annotations of a layer file; `file` names it in problems. */
export function readLayerFile(
  json: unknown,
  file: string,
): { annotations: ReadAnnotation[]; problems: CodedProblem[] } {
  const problems: CodedProblem[] = [];
  const fail = (where: string, message: string) =>
    problems.push({ where: `${file}: ${where}`, code: 'malformed-annotation', message });
  if (!isRecord(json) || json.type !== 'AnnotationPage' || !Array.isArray(json.items)) {
    fail('(root)', 'expected a W3C AnnotationPage with an "items" array');
    return { annotations: [], problems };
  }
  const annotations: ReadAnnotation[] = [];
  json.items.forEach((item, index) => {
    const id = isRecord(item) && typeof item.id === 'string' ? item.id : `items[${index}]`;
    if (!isRecord(item) || item.type !== 'Annotation') return fail(id, 'not an Annotation');
    const bodies = (Array.isArray(item.body) ? item.body : [item.body])
      .filter(isRecord)
      .map(readBody);
    const target = readTarget(item.target);
    if (typeof target === 'string') return fail(id, target);
    const first = bodies.find((b) => b.purpose === 'classifying');
    const layer = first?.source?.startsWith(VOCAB) ? first.source.slice(VOCAB.length) : null;
    annotations.push({ id, layer, bodies, target });
  });
  return { annotations, problems };
}

function readBody(body: Json): ReadBody {
  const creator = body.creator;
  return {
    type: String(body.type ?? ''),
    purpose: String(body.purpose ?? ''),
    ...(typeof body.source === 'string' ? { source: body.source } : {}),
    ...(typeof body.value === 'string' ? { value: body.value } : {}),
    ...(isRecord(creator) && typeof creator.id === 'string' ? { creatorId: creator.id } : {}),
  };
}

/** The block, quote and position of a target, or a message saying what is missing. */
function readTarget(target: unknown): BlockSelectors | string {
  if (!isRecord(target) || !Array.isArray(target.selector)) return 'the target has no selectors';
  let blockId: string | undefined;
  let quote: BlockSelectors['quote'] | undefined;
  let position: BlockSelectors['position'] | undefined;
  for (const selector of target.selector) {
    if (!isRecord(selector) || selector.type !== 'FragmentSelector') continue;
    if (typeof selector.value !== 'string') continue;
    if (blockId !== undefined && blockId !== selector.value)
      return `the selectors name two blocks (${blockId}, ${selector.value})`;
    blockId = selector.value;
    const refined = selector.refinedBy;
    if (!isRecord(refined)) continue;
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
        start: Number(refined.start),
        end: Number(refined.end),
      };
    }
  }
  if (!blockId) return 'no FragmentSelector names the block';
  if (!quote) return `no TextQuoteSelector refines block ${blockId}`;
  if (!position) return `no TextPositionSelector refines block ${blockId}`;
  return { blockId, quote, position };
}
