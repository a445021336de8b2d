/** Builds the TEI P5 export of a document from its Document, layers, glossary and alignment. */
import type { Block } from '../../../corpus/model/document';
import { addAlignmentMarks, alignmentStandoff, checkAlignment } from './alignment';
import { addFootnotes } from './footnotes';
import { entriesStandoff } from './glossary-entries';
import { MarkSink } from './mark-sink';
import { addArgumentMarks } from './marks-argument';
import { addCitationMarks } from './marks-citations';
import { addDocumentMarks } from './marks-document';
import { addEditorialMarks } from './marks-editorial';
import { addTermMarks } from './marks-terms';
import { addVietnameseMarks } from './marks-vietnamese';
import { teiHeader } from './tei-header';
import type { TeiInputs, TeiProblem } from './tei-inputs';
import { textElementOf } from './text-structure';
import type { XmlNode } from './xml';
import { PROJECT, escapeText, node, raw, serialize, startTag, textElement } from './xml';

export const TEI_NS = 'http://www.tei-c.org/ns/1.0';

export interface TeiExport {
  xml: string;
  /** Orphans, unknown links, unplaced footnotes: the export goes on and lists them. */
  problems: TeiProblem[];
  /** Marks written inline, moved to a standOff, or dropped, by kind. */
  counts: MarkSink['counts'];
}

const PROLOGUE = [
  '<?xml version="1.0" encoding="UTF-8"?>',
  '<?xml-model href="http://www.tei-c.org/release/xml/tei/custom/schema/relaxng/tei_all.rng" type="application/xml" schematypens="http://relaxng.org/ns/structure/1.0"?>',
  '<?xml-model href="http://www.tei-c.org/release/xml/tei/custom/schema/relaxng/tei_all.rng" type="application/xml" schematypens="http://purl.oclc.org/dsdl/schematron"?>',
].join('\n');

/** The export; throws `TeiInputError` for input it cannot use (e.g. an inconsistent alignment). */
export function buildTei(inputs: TeiInputs): TeiExport {
  const { document, annotations } = inputs;
  const blocks = new Map<string, Block>(document.blocks.map((b) => [b.id, b]));
  const sink = new MarkSink();
  addDocumentMarks(document, sink);
  if (inputs.alignment) {
    checkAlignment(inputs.alignment, blocks);
    addAlignmentMarks(inputs.alignment, sink);
  }
  addEditorialMarks(blocks, annotations, sink);
  addTermMarks(blocks, annotations, inputs.glossary, sink);
  const vietnamese = addVietnameseMarks(blocks, annotations, inputs.vietnameseItems, sink);
  addCitationMarks(document, inputs.findCitations, sink);
  const argument = addArgumentMarks(blocks, annotations, sink);
  const placedFootnotes = addFootnotes(document, sink);
  const text = textElementOf(document, sink, placedFootnotes);

  const entries = entriesStandoff(inputs.glossary, vietnamese, inputs.vietnameseItems);
  const annotationGroups = [...argument, ...fallbackGroups(sink), ...orphanList(sink)];
  const standOff = (type: string, children: XmlNode[]) =>
    children.length > 0 ? [node('standOff', { type }, children)] : [];
  const tei = node('TEI', { xmlns: TEI_NS, 'xml:lang': 'en' }, [
    teiHeader(document),
    text,
    ...standOff('glossary', entries.glossary),
    ...standOff('vietnamese', entries.vietnamese),
    ...standOff('annotations', annotationGroups),
    ...standOff('alignment', inputs.alignment ? alignmentStandoff(inputs.alignment) : []),
  ]);
  return { xml: `${PROLOGUE}\n${serialize(tei)}\n`, problems: sink.problems, counts: sink.counts };
}

/** The anchored spans of inline elements that could not nest, one `spanGrp` per kind. */
function fallbackGroups(sink: MarkSink): XmlNode[] {
  const groups = new Map<string, string[]>();
  for (const span of sink.standoffSpans)
    groups.set(span.group, [...(groups.get(span.group) ?? []), span.xml]);
  return [...groups].map(([type, spans]) => node('spanGrp', { type }, spans.map(raw)));
}

/** Annotations that could not be placed, listed with their quote so that nothing is lost. */
function orphanList(sink: MarkSink): XmlNode[] {
  if (sink.orphans.length === 0) return [];
  return [
    node(
      'listAnnotation',
      { type: 'orphans' },
      sink.orphans.map((orphan) =>
        raw(
          `${startTag('note', { type: 'orphan', resp: PROJECT, 'xml:lang': 'en' })}Annotation ${textElement('idno', { type: 'annotation' }, orphan.annotationId)} could not be placed in block ${textElement('idno', { type: 'block' }, orphan.blockId)} (${escapeText(orphan.reason)}); its quote: ${textElement('quote', {}, orphan.exact)}</note>`,
        ),
      ),
    ),
  ];
}
