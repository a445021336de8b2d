/** Loads documents from the `corpus/` folder on disk (Node only: the CLI and the tests). */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { buildDocument } from '../pipeline/build-document';
import type { BuildResult } from '../pipeline/build-document';
import type { Problem } from '../pipeline/problems';

/** The corpus folder; `TRIGLOT_CORPUS_DIR` points the command line and tests at another copy. */
export const CORPUS_DIR = process.env.TRIGLOT_CORPUS_DIR ?? new URL('..', import.meta.url).pathname;

/** Ids of every document folder (a folder holding a `source.txt`). */
export function listDocumentIds(corpusDir = CORPUS_DIR): string[] {
  return readdirSync(corpusDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(corpusDir, entry.name, 'source.txt')))
    .map((entry) => entry.name)
    .sort();
}

/** Reads one document's files and builds it; unreadable or malformed files become problems. */
export function loadDocument(id: string, corpusDir = CORPUS_DIR): BuildResult {
  const dir = join(corpusDir, id);
  const display = (name: string) => relative(process.cwd(), join(dir, name)) || name;
  const files = {
    source: display('source.txt'),
    layout: display('layout.json'),
    metadata: display('metadata.json'),
  };
  const problems: Problem[] = [];
  const source = readText(join(dir, 'source.txt'), files.source, problems);
  const layout = readJson(join(dir, 'layout.json'), files.layout, problems);
  const metadata = readJson(join(dir, 'metadata.json'), files.metadata, problems);
  if (source === null || layout === undefined || metadata === undefined) {
    return { document: null, runningHeads: [], problems };
  }
  return buildDocument({ id, source, layout, metadata, files });
}

function readText(path: string, display: string, problems: Problem[]): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    problems.push({
      where: display,
      message: `cannot read the file (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
    });
    return null;
  }
}

function readJson(path: string, display: string, problems: Problem[]): unknown {
  const text = readText(path, display, problems);
  if (text === null) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    problems.push({ where: display, message: `not valid JSON (${(error as Error).message})` });
    return undefined;
  }
}
