/** The XML primitives of the TEI export: escaping and xml:id mapping, on the real article's strings. */
import { describe, expect, it } from 'vitest';
import { attributes, escapeText } from '../../../app/export/tei/xml';
import {
  annotationXmlId,
  blockXmlId,
  escapeNamePart,
  isNcName,
} from '../../../app/export/tei/xml-ids';
import { realDocument } from '../../helpers/real-document';
import { parseXml } from '../../helpers/tei';

const document = realDocument();

describe('XML escaping', () => {
  it('writes every block text so that an XML parser reads back the same text', () => {
    for (const block of document.blocks) {
      const parsed = parseXml(`<t>${escapeText(block.text)}</t>`);
      expect(parsed.documentElement.textContent, block.id).toBe(block.text);
    }
  });

  it('keeps markup characters, quotes and whitespace in attribute values', () => {
    const value = 'a < b & "c" \'d\'\n\te';
    const parsed = parseXml(`<t${attributes({ v: value, skipped: undefined })}/>`);
    expect(parsed.documentElement.getAttribute('v')).toBe(value);
    expect(parsed.documentElement.hasAttribute('skipped')).toBe(false);
  });

  it('refuses characters XML 1.0 cannot carry, and a lone surrogate', () => {
    expect(() => escapeText('a\u0001b', 's1-p1')).toThrow(
      's1-p1: U+0001 at code point 1 cannot be written in XML',
    );
    expect(() => escapeText('a\uD800b', 'fn-6')).toThrow(
      'fn-6: U+D800 at code point 1 cannot be written in XML',
    );
    expect(escapeText('𠀀\t\n')).toBe('𠀀\t\n');
  });
});

describe('xml:id mapping', () => {
  it('gives every block of the article a valid, distinct xml:id', () => {
    const ids = document.blocks.map((b) => blockXmlId(b.id));
    expect(ids.every(isNcName)).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    expect(blockXmlId('s2.3.1-p4')).toBe('b.s2.3.1-p4');
  });

  it('maps annotation IRIs to layer.local, escaping what an NCName cannot hold', () => {
    expect(annotationXmlId('urn:triglot:anno:nguyen-2020:claim:thesis')).toBe('claim.thesis');
    expect(annotationXmlId('urn:triglot:anno:nguyen-2020:term:hedging-3')).toBe('term.hedging-3');
    expect(annotationXmlId('urn:triglot:anno:nguyen-2020:editorial:a b/c')).toBe(
      'editorial.a_x20_b_x2F_c',
    );
    expect(isNcName(annotationXmlId('https://example.org/x#1'))).toBe(true);
    expect(escapeNamePart('x_y')).toBe('x_x5F_y');
    expect(isNcName('1abc')).toBe(false);
    expect(isNcName('b.fn-6')).toBe(true);
  });
});
