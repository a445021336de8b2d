/** Serialises translation units as a TMX 1.4b document (valid against the LISA `tmx14.dtd`). */
import { escapeAttribute, escapeText } from '../xml-escape';
import type { TmxUnit } from './tmx-units';

export interface TmxHeader {
  creationtool: string;
  creationtoolversion: string;
  /** Source language of the memory (`zh-Hant`). */
  srclang: string;
  /** Header notes, e.g. what the memory holds and what was left out. */
  notes: string[];
  props: [type: string, value: string][];
}

/** The whole TMX document, UTF-8, with the DOCTYPE that names `tmx14.dtd`. */
export function writeTmx(header: TmxHeader, units: TmxUnit[]): string {
  const attr = (value: string, where: string) => escapeAttribute(value, where);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<!DOCTYPE tmx SYSTEM "tmx14.dtd">',
    '<tmx version="1.4">',
    `  <header creationtool="${attr(header.creationtool, 'header')}" creationtoolversion="${attr(header.creationtoolversion, 'header')}" segtype="sentence" o-tmf="triglot-alignment-json" adminlang="en" srclang="${attr(header.srclang, 'header')}" datatype="plaintext">`,
    ...header.notes.map((n) => `    <note>${escapeText(n, 'header note')}</note>`),
    ...header.props.map(
      ([type, value]) =>
        `    <prop type="${attr(type, 'header prop')}">${escapeText(value, 'header prop')}</prop>`,
    ),
    '  </header>',
    '  <body>',
  ];
  for (const unit of units) {
    const where = `unit ${unit.tuid}`;
    lines.push(`    <tu tuid="${attr(unit.tuid, where)}" segtype="${unit.segtype}">`);
    for (const note of unit.notes) lines.push(`      <note>${escapeText(note, where)}</note>`);
    for (const [type, value] of unit.props)
      lines.push(`      <prop type="${attr(type, where)}">${escapeText(value, where)}</prop>`);
    for (const variant of unit.variants) {
      lines.push(
        `      <tuv xml:lang="${attr(variant.lang, where)}"><seg>${escapeText(variant.text, where)}</seg></tuv>`,
      );
    }
    lines.push('    </tu>');
  }
  lines.push('  </body>', '</tmx>');
  return lines.join('\n');
}
