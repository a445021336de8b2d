/**
 * JSON-LD check of a layer file: expand it with the W3C context (the vendored `anno.jsonld`, through a
 * document loader that never goes to the network) and report every event that JSON-LD safe mode
 * rejects — above all a property the context does not define, which JSON-LD silently drops: a
 * misspelt `motivaton` or `refinedby` would otherwise vanish from every consumer's view.
 */
import jsonld from 'jsonld';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AnnotationError } from '../model/errors';
import { ANNO_CONTEXT } from '../w3c/to-jsonld';
import { isRecord } from '../w3c/json';
import { STANDARDS_DIR } from './wg-assertions';

interface JsonLdEvent {
  code: string;
  level: string;
  message: string;
  details?: { property?: string };
}
type EventHandler = (input: { event: JsonLdEvent; next: () => void }) => void;
interface ExpandOptions {
  documentLoader: (
    url: string,
  ) => Promise<{ contextUrl: null; documentUrl: string; document: unknown }>;
  eventHandler: EventHandler;
}
// @types/jsonld predates safe mode and event handlers: type the two entry points used here.
const expand = jsonld.expand as unknown as (
  input: unknown,
  options: ExpandOptions,
) => Promise<unknown>;
const safeEventHandler = (jsonld as unknown as { safeEventHandler: EventHandler }).safeEventHandler;

let context: unknown = null;

/** Only the W3C context, from disk; any other URL is an error, never a download. */
async function documentLoader(url: string) {
  if (url !== ANNO_CONTEXT)
    throw new Error(`the only context available offline is ${ANNO_CONTEXT}, not ${url}`);
  context ??= JSON.parse(readFileSync(join(STANDARDS_DIR, 'anno.jsonld'), 'utf8'));
  return { contextUrl: null, documentUrl: url, document: context };
}

/** The events safe mode would fail on (all of them, where safe mode stops at the first). */
async function unsafeEvents(input: unknown): Promise<JsonLdEvent[]> {
  const events: JsonLdEvent[] = [];
  const eventHandler: EventHandler = ({ event }) => {
    try {
      safeEventHandler({ event, next: () => undefined });
    } catch {
      events.push(event);
    }
  };
  await expand(input, { documentLoader, eventHandler });
  return events;
}

const describeEvent = (event: JsonLdEvent) =>
  event.code === 'invalid property'
    ? `JSON-LD drops "${event.details?.property ?? '?'}": the W3C context does not define it (misspelt?)`
    : `JSON-LD safe mode rejects it: ${event.code} (${event.message})`;

/** Expands the file, then each annotation alone to say which one an event belongs to. */
export async function checkJsonLd(file: string, json: unknown): Promise<AnnotationError[]> {
  const error = (annotationId: string | null, message: string): AnnotationError => ({
    file,
    annotationId,
    code: 'json-ld',
    message,
  });
  try {
    if ((await unsafeEvents(json)).length === 0) return [];
    if (!isRecord(json) || !Array.isArray(json.items)) {
      return (await unsafeEvents(json)).map((e) => error(null, describeEvent(e)));
    }
    const pageContext = json['@context'];
    const errors = (await unsafeEvents({ ...json, items: [] })).map((e) =>
      error(null, describeEvent(e)),
    );
    for (const [index, item] of json.items.entries()) {
      const id = isRecord(item) && typeof item.id === 'string' ? item.id : `items[${index}]`;
      const alone = isRecord(item) ? { '@context': pageContext, ...item } : item;
      for (const event of await unsafeEvents(alone)) errors.push(error(id, describeEvent(event)));
    }
    return errors;
  } catch (failure) {
    return [error(null, `JSON-LD expansion fails: ${(failure as Error).message}`)];
  }
}
