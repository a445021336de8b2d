/** `glossary [--doc ID]`: the glossary terms with their number of term annotations. */
import { summariseGlossary } from '../../../annotations/glossary/summary';
import type { CommandContext } from '../command';
import { requireAnnotations } from '../../../annotations/load/require-annotations';
import { requireDocument } from '../load-document';

export function runGlossary(context: CommandContext): undefined {
  const document = requireDocument(context.doc);
  const summary = summariseGlossary(requireAnnotations(document));
  if (context.json) {
    context.out(JSON.stringify(summary, null, 2));
    return;
  }
  if (summary.terms.length === 0) context.out(`${document.id}: no glossary`);
  for (const term of summary.terms) {
    const en = term.enSource === 'project' ? `${term.en} (project's rendering)` : term.en;
    const vi = term.vi === undefined ? '' : ` · vi ${term.vi} (project's)`;
    const by = term.attributedTo === undefined ? '' : ` · after ${term.attributedTo}`;
    context.out(
      `${term.zh.join(' / ')} · ${en}${vi}${by} · ${term.occurrences} tagged\n  ${term.definition}`,
    );
  }
}
