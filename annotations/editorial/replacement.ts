/**
 * The replacement an editorial correction proposes, if it proposes one. By the convention of
 * annotations/FORMAT.md an `editing` body starts with the words that would stand in the text in
 * place of the quote, optionally followed by `: ` or ` (` and an explanation
 * (「國防部: Nguyễn Chí Vịnh was Deputy Minister…」, 「Sweeney (probably).」); a correction that is a
 * statement instead (「Contested: the poem is attributed…」) proposes no replacement.
 */
import { codePointLength } from '../../corpus/text/code-points';

const HAN = /\p{Script=Han}/u;
const LATIN = /\p{Script=Latin}/u;

/**
 * The words that would replace `exact`, or null. They must differ from it, be in its script (a
 * Chinese quote is replaced by Chinese, a Latin one by Latin, digits by anything but Latin) and
 * be no longer than three times the quote plus ten characters.
 */
export function replacementOf(exact: string, correction: string): string | null {
  let lead = (correction.split(/: | \(/u)[0] ?? '').trim();
  if (lead.endsWith('.') && !exact.endsWith('.')) lead = lead.slice(0, -1).trimEnd();
  const fits =
    lead !== '' &&
    lead !== exact &&
    !/[\n\r]/u.test(lead) &&
    (!HAN.test(exact) || HAN.test(lead)) &&
    LATIN.test(exact) === LATIN.test(lead) &&
    codePointLength(lead) <= 3 * codePointLength(exact) + 10;
  return fits ? lead : null;
}
