/**
 * Checks the Vietnamese items on their own and against the research file: vocabulary, ids and
 * links, and the quotation rule — an original is given only with a URL the research file reports
 * and wording it quotes verbatim; otherwise the item says "original not located".
 */
import type { CodedProblem } from '../validate/coded-problem';
import {
  NOT_LOCATED,
  type Original,
  type VietnameseItem,
  type VietnameseItems,
  type Witness,
} from './item-types';
import { researchQuotes, researchUrls } from './research-file';

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/u;

/** Every problem of the items file; `research` is the research file's text and its sha256. */
export function checkVietnameseItems(
  data: VietnameseItems,
  research: { text: string; sha256: string } | null,
  file: string,
): CodedProblem[] {
  const problems: CodedProblem[] = [];
  const fail = (where: string, code: string, message: string) =>
    problems.push({ where: `${file}: ${where}`, code, message });
  if (research && research.sha256 !== data.research.sha256) {
    fail(
      'research.sha256',
      'research-file-changed',
      `${data.research.file} has sha256 ${research.sha256}, the data was checked against ${data.research.sha256}`,
    );
  }
  const byId = new Map<string, VietnameseItem>();
  for (const item of data.items) {
    if (!ID.test(item.id))
      fail(`item ${item.id}`, 'bad-id', 'ids are lower-case words joined by hyphens');
    if (byId.has(item.id))
      fail(`item ${item.id}`, 'duplicate-id', `the id "${item.id}" is used twice`);
    byId.set(item.id, item);
  }
  const urls = research ? researchUrls(research.text) : new Set<string>();
  for (const item of data.items) {
    const where = `item ${item.id}`;
    checkForms(item, where, fail);
    for (const id of item.related)
      if (!byId.has(id)) fail(where, 'unknown-item', `related item "${id}" does not exist`);
    if (item.kind === 'quotation') {
      if (!item.quotation) {
        fail(
          where,
          'quotation-shape',
          'a quotation item says who is quoted and what is known of the original',
        );
        continue;
      }
      const speaker = item.quotation.speakerItem;
      if (speaker && byId.get(speaker)?.kind !== 'person')
        fail(where, 'unknown-item', `speaker "${speaker}" is not a person item`);
      if (research) checkOriginal(item.quotation.original, urls, research.text, where, fail);
    } else {
      if (item.quotation)
        fail(where, 'quotation-shape', `a ${item.kind} item carries no quotation`);
      if (item.vi === null)
        fail(
          where,
          'missing-vietnamese',
          'every item but a quotation gives the standard Vietnamese',
        );
    }
  }
  for (const [i, exclusion] of data.exclusions.entries()) {
    const item = byId.get(exclusion.itemId);
    if (!item) fail(`exclusions[${i}]`, 'unknown-item', `no item "${exclusion.itemId}"`);
    else if (!item.forms.some((f) => f.text === exclusion.exact))
      fail(
        `exclusions[${i}]`,
        'exclusion-not-a-form',
        `「${exclusion.exact}」 is not a form of ${item.id}`,
      );
  }
  return problems;
}

type Fail = (where: string, code: string, message: string) => void;

function checkForms(item: VietnameseItem, where: string, fail: Fail): void {
  if (item.forms.length === 0) fail(where, 'no-forms', 'an item has at least one form as printed');
  const seen = new Set<string>();
  for (const form of item.forms) {
    if (seen.has(form.text)) fail(where, 'duplicate-form', `「${form.text}」 is listed twice`);
    seen.add(form.text);
    if (form.text !== form.text.normalize('NFC'))
      fail(where, 'form-not-nfc', `「${form.text}」 is not NFC`);
    if (form.script === 'han' && !form.rendering)
      fail(
        where,
        'missing-rendering',
        `the Chinese form 「${form.text}」 says how it renders the Vietnamese`,
      );
    if (form.script !== 'han' && form.rendering)
      fail(
        where,
        'rendering-not-chinese',
        `「${form.text}」 is not Chinese: a rendering is for Chinese forms`,
      );
  }
}

/** The quotation rule: URLs from the research file and its verbatim wording, or "original not located". */
function checkOriginal(
  original: Original,
  urls: Set<string>,
  research: string,
  where: string,
  fail: Fail,
): void {
  if (original.status === 'not-located') {
    if (original.summary !== NOT_LOCATED)
      fail(
        where,
        'not-located-summary',
        `an original that was not found says "${NOT_LOCATED}", not "${original.summary}"`,
      );
    if (original.witnesses.length > 0)
      fail(
        where,
        'witness-without-original',
        'an original that was not located has no witnesses (use leads for candidates)',
      );
  } else if (original.witnesses.length === 0) {
    fail(
      where,
      'original-without-witness',
      `an original "${original.status}" names the page where it was found`,
    );
  }
  const checkWitness = (witness: Witness, kind: string) => {
    if (!urls.has(witness.url))
      fail(where, 'url-not-in-research', `${kind} URL ${witness.url} is not in the research file`);
    if (witness.text !== undefined && !researchQuotes(research, witness.text))
      fail(
        where,
        'wording-not-in-research',
        `${kind} wording 「${witness.text.slice(0, 40)}…」 is not quoted in the research file`,
      );
  };
  for (const witness of original.witnesses) checkWitness(witness, 'witness');
  for (const lead of original.leads) checkWitness(lead, 'lead');
}
