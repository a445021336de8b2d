/**
 * Glossary coverage (FORMAT.md): every occurrence of a surface form is covered by exactly one term
 * annotation of that term whose target is that span, or by one exclusion with a reason; every term
 * annotation covers such an occurrence; every exclusion names one.
 */
import type { Document } from '../../corpus/model/document';
import { sliceCodePoints } from '../../corpus/text/code-points';
import type { LoadedAnnotation } from '../load/load-annotations';
import { absentLayerMessage } from '../validate/absent-layer';
import { errorCollector, type AnnotationError } from '../model/errors';
import type { Glossary, GlossaryExclusion } from '../model/glossary';
import { findOccurrences, surfaceForms } from './occurrences';
import type { Occurrence } from './occurrences';

export interface CoverageInput {
  document: Document;
  glossary: Glossary;
  /** The glossary file and the term layer file, as shown in messages. */
  glossaryFile: string;
  termFile: string;
  /** False when the term layer file does not exist (an empty layer: one line says so). */
  termLayerPresent: boolean;
  /** The loaded term annotations (orphans are reported elsewhere and cover nothing). */
  terms: LoadedAnnotation[];
}

const key = (blockId: string, start: number, end: number) => `${blockId}:${start}:${end}`;

/** Every coverage problem, one per occurrence, annotation or exclusion. */
export function checkCoverage(input: CoverageInput): AnnotationError[] {
  const { document, glossary, glossaryFile, termFile } = input;
  const { errors, fail } = errorCollector();

  const owners = new Map<string, string>();
  for (const { termId, form, english } of surfaceForms(glossary)) {
    const name = english ? form.toLowerCase() : form;
    const owner = owners.get(name);
    if (owner !== undefined && owner !== termId) {
      fail(
        glossaryFile,
        termId,
        'malformed-glossary',
        `the surface form 「${form}」 is also listed under ${owner}`,
      );
    }
    owners.set(name, termId);
  }

  const occurrences = findOccurrences(document, glossary);
  const byKey = new Map(occurrences.map((o) => [key(o.blockId, o.start, o.end), o]));
  const tags = new Map<string, LoadedAnnotation[]>();
  for (const loaded of input.terms) {
    const { anchor, annotation } = loaded;
    if (anchor.status !== 'anchored' || annotation.layer !== 'term') continue;
    const spanKey = key(anchor.blockId, anchor.start, anchor.end);
    const occurrence = byKey.get(spanKey);
    if (!occurrence) {
      const text = quoteAt(document, anchor.blockId, anchor.start, anchor.end);
      fail(
        loaded.file,
        annotation.id,
        'coverage',
        `tags 「${text}」 in ${anchor.blockId}, which is not an occurrence of a surface form (leftmost-longest)`,
      );
      continue;
    }
    if (occurrence.termId !== annotation.termId) {
      fail(
        loaded.file,
        annotation.id,
        'coverage',
        `tags 「${occurrence.text}」 as ${annotation.termId}, but it is a surface form of ${occurrence.termId}`,
      );
    }
    tags.set(spanKey, [...(tags.get(spanKey) ?? []), loaded]);
  }

  let untagged = 0;
  const excluded = matchExclusions(document, glossary.exclusions, occurrences, (index, message) =>
    fail(glossaryFile, `exclusions[${index}]`, 'coverage', message),
  );
  for (const occurrence of occurrences) {
    const spanKey = key(occurrence.blockId, occurrence.start, occurrence.end);
    const tagged = tags.get(spanKey) ?? [];
    const exclusions = excluded.get(spanKey) ?? [];
    const where = `「${occurrence.text}」 (${occurrence.termId}) in ${occurrence.blockId} [${occurrence.start}, ${occurrence.end}) ${context(document, occurrence)}`;
    if (tagged.length + exclusions.length === 0) {
      untagged++;
      if (input.termLayerPresent)
        fail(termFile, null, 'coverage', `${where} is neither tagged nor excluded`);
    } else if (tagged.length > 1) {
      fail(
        termFile,
        tagged.map((t) => t.annotation.id).join(', '),
        'coverage',
        `${where} is tagged ${tagged.length} times`,
      );
    } else if (tagged.length === 1 && exclusions.length > 0) {
      fail(
        termFile,
        tagged[0]?.annotation.id ?? null,
        'coverage',
        `${where} is tagged and also excluded`,
      );
    } else if (exclusions.length > 1) {
      fail(glossaryFile, null, 'coverage', `${where} is excluded ${exclusions.length} times`);
    }
  }
  if (!input.termLayerPresent && untagged > 0)
    fail(termFile, null, 'coverage', absentLayerMessage(untagged, glossaryFile));
  return errors;
}

/** Occurrence key → exclusions naming it; an exclusion naming no occurrence, or several, is reported. */
function matchExclusions(
  document: Document,
  exclusions: GlossaryExclusion[],
  occurrences: Occurrence[],
  fail: (index: number, message: string) => void,
): Map<string, number[]> {
  const matched = new Map<string, number[]>();
  exclusions.forEach((exclusion, index) => {
    const block = document.blocks.find((b) => b.id === exclusion.blockId);
    const named = `「${exclusion.exact}」 after 「${exclusion.prefix}」 in ${exclusion.blockId}`;
    if (!block) {
      fail(index, `excludes ${named}, but there is no block ${exclusion.blockId}`);
      return;
    }
    const hits = occurrences.filter(
      (o) =>
        o.blockId === block.id &&
        o.text === exclusion.exact &&
        sliceCodePoints(block.text, 0, o.start).endsWith(exclusion.prefix),
    );
    if (hits.length !== 1) {
      fail(
        index,
        `excludes ${named}, which names ${hits.length} occurrences (it must name exactly one)`,
      );
      return;
    }
    const hit = hits[0] as Occurrence;
    if (hit.termId !== exclusion.termId) {
      fail(
        index,
        `excludes 「${hit.text}」 as ${exclusion.termId}, but it is a surface form of ${hit.termId}`,
      );
    }
    const spanKey = key(hit.blockId, hit.start, hit.end);
    matched.set(spanKey, [...(matched.get(spanKey) ?? []), index]);
  });
  return matched;
}

function quoteAt(document: Document, blockId: string, start: number, end: number): string {
  const block = document.blocks.find((b) => b.id === blockId);
  return block ? sliceCodePoints(block.text, start, end) : '';
}

/** A keyword-in-context snippet, so the line says which occurrence it is. */
function context(document: Document, occurrence: Occurrence): string {
  const block = document.blocks.find((b) => b.id === occurrence.blockId);
  if (!block) return '';
  const before = sliceCodePoints(block.text, Math.max(0, occurrence.start - 8), occurrence.start);
  const after = sliceCodePoints(block.text, occurrence.end, occurrence.end + 8);
  return `…${before}【${occurrence.text}】${after}…`;
}
