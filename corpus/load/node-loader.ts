/** Loads documents from the `corpus/` folder on disk (Node only: the CLI and the tests). */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildDocument } from '../pipeline/build-document';
import type { BuildResult } from '../pipeline/build-document';
import type { Problem } from '../pipeline/problems';
import { displayPath, readJsonFile, readTextFile } from './read-file';

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
  const display = (name: string) => displayPath(join(dir, name));
  const files = {
    source: display('source.txt'),
    layout: display('layout.json'),
    metadata: display('metadata.json'),
  };
  const problems: Problem[] = [];
  const source = readText(join(dir, 'source.txt'), problems);
  const layout = readJson(join(dir, 'layout.json'), problems);
  const metadata = readJson(join(dir, 'metadata.json'), problems);
  if (source === null || layout === undefined || metadata === undefined) {
    return { document: null, runningHeads: [], problems };
  }
  return buildDocument({ id, source, layout, metadata, files });
}

/** The text of a file, or null with its problem (without the code: corpus problems are plain). */
function readText(path: string, problems: Problem[]): string | null {
  const read = readTextFile(path);
  if ('text' in read) return read.text;
  problems.push({ where: read.problem.where, message: read.problem.message });
  return null;
}

function readJson(path: string, problems: Problem[]): unknown {
  const read = readJsonFile(path);
  if ('value' in read) return read.value;
  problems.push({ where: read.problem.where, message: read.problem.message });
  return undefined;
}
