/** Shared set-up of the translation component tests: the real reader, its data and raw files. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { act } from 'react';
import { loadDocument } from '../../../../corpus/load/node-loader';
import type { Document } from '../../../../corpus/model/document';

// The tests run from the repository root (jsdom's import.meta.url is not a file URL).
const ROOT = process.cwd();

/** A data file of the repository, parsed as plain JSON (not through the app's parsers). */
export function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(join(ROOT, path), 'utf8')) as T;
}

/** The research file the Vietnamese items cite, as text. */
export function researchText(): string {
  return readFileSync(join(ROOT, 'corpus/nguyen-2020/research/vietnamese-sources.md'), 'utf8');
}

let cached: Document | null = null;
/** The real article, built by the pipeline. */
export function realDocument(): Document {
  cached ??= loadDocument('nguyen-2020', join(ROOT, 'corpus')).document;
  if (!cached) throw new Error('nguyen-2020 did not build');
  return cached;
}

/** Waits (in act) until `ready()` holds: the annotation chunk loads asynchronously. */
export async function waitFor(ready: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 200 && !ready(); i++) {
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 20));
    });
  }
  if (!ready()) throw new Error(`timed out waiting for ${what}`);
}

/** Raw shapes of the files, as the tests read them. */
export interface RawSegment {
  id: string;
  blockId?: string;
  start?: number;
  end?: number;
  text: string;
}
export interface RawPair {
  id: string;
  zh: string[];
  en: string[];
  status: string;
  differences?: { kind: string; zh?: string; en?: string; explanation: string }[];
  note?: { by: string; text: string };
}
export interface RawUnit {
  zh: RawSegment[];
  en: RawSegment[];
  pairs: RawPair[];
}
export interface RawAlignment {
  title: RawUnit;
  keywords: RawUnit;
  abstract: RawUnit;
  summaryLinks: { en: string; passages: { blockId: string; start?: number; end?: number }[] }[];
}
export interface RawItem {
  id: string;
  kind: string;
  vi: string | null;
  gloss: string;
  forms: { text: string; script: string; rendering?: string }[];
  quotation?: {
    original: { status: string; summary: string; witnesses: { url: string; text?: string }[] };
  };
}
export interface RawLayer {
  items: {
    id: string;
    body: { purpose: string; source?: string; value?: string }[];
    target: { selector: { value: string; refinedBy: { type: string; exact?: string } }[] };
  }[];
}
