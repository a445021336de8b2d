/** A temporary copy of an XML string, for validators that read files (jing). */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The path of a temporary copy of `xml`. */
export function writeTemp(xml: string, name = 'export.tei.xml'): string {
  const path = join(mkdtempSync(join(tmpdir(), 'triglot-tei-')), name);
  writeFileSync(path, xml);
  return path;
}
