/**
 * External validators and an independent XML reader for the TEI export tests: `jing` (Debian)
 * against the vendored tei_all.rng, the Schematron rules embedded in that schema run by npm
 * `node-schematron`, and jsdom's XML parser.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { Schema } from 'node-schematron';

export const TEI_NS = 'http://www.tei-c.org/ns/1.0';
export const XML_NS = 'http://www.w3.org/XML/1998/namespace';
export const TEI_RNG = new URL('../fixtures/standards/tei/tei_all.rng', import.meta.url).pathname;
const SCHEMATRON_NS = 'http://purl.oclc.org/dsdl/schematron';

const { window } = new JSDOM('');

/** Parses XML with jsdom; a well-formedness error throws with the parser's message. */
export function parseXml(xml: string): Document {
  const doc = new window.DOMParser().parseFromString(xml, 'application/xml');
  const error = doc.getElementsByTagName('parsererror')[0];
  if (error) throw new Error(`not well-formed XML: ${error.textContent ?? ''}`);
  return doc;
}

/** Runs `jing tei_all.rng file`; jing prints one line per error and exits non-zero on any. */
export function runJing(xmlPath: string): { status: number | null; errors: string[]; ms: number } {
  const started = performance.now();
  const result = spawnSync('jing', [TEI_RNG, xmlPath], { encoding: 'utf8' });
  if (result.error)
    throw new Error(`cannot run jing (Debian package "jing"): ${result.error.message}`);
  const errors = `${result.stdout}\n${result.stderr}`
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.includes('[warning]'));
  return { status: result.status, errors, ms: performance.now() - started };
}

let schema: Schema | null = null;

/**
 * node-schematron finds a rule's nodes by evaluating `//(context)`, so an absolute context
 * `/*[P]` is evaluated again from every node of the document, and P with it: quadratic, four
 * minutes on the real article for TEI's one such rule (one `constraintDecl` per scheme, whose P
 * counts `//tei:constraintDecl`). `*[not(parent::*)][P]` selects the same node, the root element,
 * and tests P only there; nothing else in the rule changes. (That rule cannot fail under
 * node-schematron anyway: its `let` passes a sequence on as a single item. The export writes no
 * `constraintDecl`.)
 */
function relativeRootContext(pattern: string): string {
  return pattern.replace(/context="\/\*\[/gu, 'context="*[not(parent::*)][');
}

/**
 * The Schematron schema embedded in tei_all.rng: every `sch:pattern` and `sch:ns` of the RELAX NG
 * file gathered under one `sch:schema` (what TEI's own extraction stylesheet does).
 */
export function teiSchematron(): Schema {
  if (schema) return schema;
  const rng = parseXml(readFileSync(TEI_RNG, 'utf8'));
  const serializer = new window.XMLSerializer();
  const all = (name: string) =>
    Array.from(rng.getElementsByTagNameNS(SCHEMATRON_NS, name), (el) =>
      serializer.serializeToString(el),
    );
  const patterns = all('pattern').map(relativeRootContext);
  if (patterns.length < 50)
    throw new Error(`only ${patterns.length} Schematron patterns found in ${TEI_RNG}`);
  schema = Schema.fromString(
    `<schema xmlns="${SCHEMATRON_NS}" queryBinding="xslt2">${all('ns').join('')}${patterns.join('')}</schema>`,
  );
  return schema;
}

/** The failed assertions and successful reports of TEI's Schematron rules on `xml`. */
export function runSchematron(xml: string): { messages: string[]; ms: number } {
  const rules = teiSchematron();
  const started = performance.now();
  const results = rules.validateString(xml, { debug: true });
  return {
    messages: results.map((r) => (r.message ?? '').replace(/\s+/g, ' ').trim()),
    ms: performance.now() - started,
  };
}

/** Every TEI element named `name` in document order. */
export function teiElements(root: Document | Element, name: string): Element[] {
  return Array.from(root.getElementsByTagNameNS(TEI_NS, name));
}

/** `xml:id` of an element, or null. */
export const xmlId = (el: Element) => el.getAttributeNS(XML_NS, 'id');

/** The element whose `xml:id` is `id` (DOM's getElementById does not know `xml:id`). */
export function byXmlId(root: Document, id: string): Element {
  const found = Array.from(root.getElementsByTagName('*')).filter((el) => xmlId(el) === id);
  if (found.length !== 1) throw new Error(`${found.length} elements have xml:id "${id}"`);
  return found[0] as Element;
}
