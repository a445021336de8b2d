/**
 * Temporary copies of document folders for command-line tests (damaged corpora and annotation
 * folders), removed after each test of the file that uses them.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect } from 'vitest';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A new empty temporary folder (an empty corpus or annotations folder). */
export function tempFolder(prefix = 'triglot-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** Rewrites a file with `change`, failing the test if the change leaves it as it was. */
export function damageFile(path: string, change: (text: string) => string): void {
  const before = readFileSync(path, 'utf8');
  const after = change(before);
  expect(after).not.toBe(before);
  writeFileSync(path, after);
}

/**
 * A temporary root holding a copy of the document folder `source` as `<root>/<docId>`, with the
 * file `name` damaged by `change` when given; returns the root.
 */
export function folderCopy(
  source: string,
  damage?: { name: string; change: (text: string) => string },
  docId = 'nguyen-2020',
): string {
  const root = tempFolder('triglot-copy-');
  cpSync(source, join(root, docId), { recursive: true });
  if (damage) damageFile(join(root, docId, damage.name), damage.change);
  return root;
}
