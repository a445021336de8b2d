/**
 * Reads a document's translation data from disk (Node only): `alignment.json`, `vietnamese.json`
 * and the vendored research file the Vietnamese items are checked against.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAlignment, type ParsedAlignment } from '../alignment/parse-alignment';
import type { CodedProblem } from '../validate/coded-problem';
import { parseVietnameseItems, type ParsedVietnameseItems } from '../vietnamese/parse-items';
import { CORPUS_DIR } from './node-loader';
import { displayPath, readJsonFile } from './read-file';

/** The alignment file of a document, parsed; a missing or unreadable file is a problem. */
export function loadAlignment(docId: string, corpusDir = CORPUS_DIR): ParsedAlignment {
  const path = join(corpusDir, docId, 'alignment.json');
  const json = readJsonFile(path);
  if ('problem' in json) return { alignment: null, problems: [json.problem] };
  return parseAlignment(json.value, displayPath(path));
}

/** The Vietnamese items of a document, parsed, with the text of the research file they cite. */
export function loadVietnameseItems(
  docId: string,
  corpusDir = CORPUS_DIR,
): ParsedVietnameseItems & { research: ResearchFile | null } {
  const path = join(corpusDir, docId, 'vietnamese.json');
  const json = readJsonFile(path);
  if ('problem' in json) return { items: null, problems: [json.problem], research: null };
  const parsed = parseVietnameseItems(json.value, displayPath(path));
  if (!parsed.items) return { ...parsed, research: null };
  const researchPath = join(corpusDir, docId, parsed.items.research.file);
  if (!existsSync(researchPath)) {
    const problem: CodedProblem = {
      where: displayPath(path),
      code: 'research-file-missing',
      message: `the research file ${parsed.items.research.file} is not in ${displayPath(join(corpusDir, docId))}`,
    };
    return { ...parsed, problems: [...parsed.problems, problem], research: null };
  }
  const bytes = readFileSync(researchPath);
  return {
    ...parsed,
    research: {
      path: displayPath(researchPath),
      text: bytes.toString('utf8'),
      sha256: createHash('sha256').update(bytes).digest('hex'),
    },
  };
}

/** The research file as read: its text and the sha256 of its bytes. */
export interface ResearchFile {
  path: string;
  text: string;
  sha256: string;
}
