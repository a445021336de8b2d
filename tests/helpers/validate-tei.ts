/** Writes a TEI export to a temporary file and runs both external validators on it. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runJing, runSchematron } from './tei';

/** The path of a temporary copy of `xml`. */
export function writeTemp(xml: string, name = 'export.tei.xml'): string {
  const path = join(mkdtempSync(join(tmpdir(), 'triglot-tei-')), name);
  writeFileSync(path, xml);
  return path;
}

/** jing's and Schematron's verdicts on `xml`. */
export function validateTei(xml: string) {
  return { jing: runJing(writeTemp(xml)), schematron: runSchematron(xml) };
}
