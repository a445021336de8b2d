/**
 * The W3C Web Annotation WG's JSON-Schema assertions (draft-04), as its test harness runs them:
 * a `.test` file lists assertion schemas, each says the result it expects (`expectedResult`); an
 * object passes the test when every assertion gives its expected result. Node only (reads files).
 */
import Ajv from 'ajv-draft-04';
import type { ValidateFunction } from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Where the vendored standards live (annotations/standards, see its README). */
export const STANDARDS_DIR = new URL('../standards/', import.meta.url).pathname;
export const WG_TESTS_DIR = join(STANDARDS_DIR, 'web-annotation-tests');

/** The WG's "must" suites: the assertions a conforming annotation / page must all pass. */
export const SUITES = {
  annotation: 'annotations/annotationMusts.test',
  page: 'collections/pages/pageMusts.test',
  collection: 'collections/collectionMusts.test',
} as const;
export type SuiteName = keyof typeof SUITES;

interface Assertion {
  /** The assertion file, relative to web-annotation-tests (`annotations/3.1-annotationIdValidated.json`). */
  file: string;
  expectValid: boolean;
  /** The WG's own message for a failure. */
  errorMessage: string;
  validate: ValidateFunction;
}

/** A failed assertion: which one, and what the WG says it means. */
export interface AssertionFailure {
  assertion: string;
  message: string;
}

let compiled: Map<SuiteName, Assertion[]> | null = null;

/** Runs a suite on `value`; an empty list means the WG's assertions accept it. */
export function checkSuite(suite: SuiteName, value: unknown): AssertionFailure[] {
  const assertions = suites().get(suite) ?? [];
  return assertions
    .filter((a) => a.validate(value) !== a.expectValid)
    .map((a) => ({ assertion: a.file, message: a.errorMessage.replace(/^ERROR:\s*/u, '') }));
}

function suites(): Map<SuiteName, Assertion[]> {
  if (compiled) return compiled;
  // strict: false because the WG's schemas carry their own keywords (assertionType, errorMessage…).
  const ajv = new Ajv({ strict: false, allErrors: false });
  addFormats(ajv, ['uri', 'date-time']);
  const definitions = join(WG_TESTS_DIR, 'definitions');
  for (const name of readdirSync(definitions)
    .filter((n) => n.endsWith('.json'))
    .sort()) {
    ajv.addSchema(readJson(join(definitions, name)) as object);
  }
  compiled = new Map();
  for (const [name, testFile] of Object.entries(SUITES) as [SuiteName, string][]) {
    const test = readJson(join(WG_TESTS_DIR, testFile)) as { assertions: string[] };
    compiled.set(
      name,
      test.assertions.map((file) => {
        const schema = readJson(join(WG_TESTS_DIR, file)) as {
          expectedResult?: string;
          errorMessage?: string;
        };
        return {
          file,
          expectValid: schema.expectedResult !== 'invalid',
          errorMessage: schema.errorMessage ?? file,
          validate: ajv.compile(schema),
        };
      }),
    );
  }
  return compiled;
}

function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8'));
}
