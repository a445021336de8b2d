import { describe, expect, it } from 'vitest';
import type { Folds } from '../../../app/search/normalize/folds';
import { DEFAULT_FOLDS, NO_FOLDS } from '../../../app/search/normalize/folds';
import { normalizeText, normalizeWithMap } from '../../../app/search/normalize/normalize';
import { blockById } from '../../helpers/real-document';

const only = (fold: keyof Folds): Folds => ({ ...NO_FOLDS, [fold]: true });
const all = (text: string) => normalizeText(text, DEFAULT_FOLDS);

describe('Vietnamese diacritic folding', () => {
  it('folds tone and vowel marks and đ/Đ, so Bien Dong and Biển Đông meet', () => {
    expect(all('Biển Đông')).toBe('bien dong');
    expect(all('Bien Dong')).toBe('bien dong');
    expect(normalizeText('Biển Đông', only('diacritics'))).toBe('Bien Dong');
    expect(normalizeText('đảng Đổi Mới', only('diacritics'))).toBe('dang Doi Moi');
  });

  it('treats precomposed and decomposed stacked marks alike', () => {
    // ể is U+1EC3 precomposed, or e + U+0302 (circumflex) + U+0309 (hook above) decomposed;
    // ặ stacks a breve and a dot below; ờ a horn and a grave.
    const precomposed = 'Bi\u1ec3n ặ ờ';
    const decomposed = 'Bie\u0302\u0309n a\u0306\u0323 o\u031b\u0300';
    expect(all(decomposed)).toBe(all(precomposed));
    expect(all(precomposed)).toBe('bien a o');
    // With every fold off both still compare equal (NFC), and keep their marks.
    expect(normalizeText(decomposed, NO_FOLDS)).toBe(normalizeText(precomposed, NO_FOLDS));
    expect(normalizeText(decomposed, NO_FOLDS)).toBe('Biển ặ ờ');
  });

  it('folds the Vietnamese of the real footnote 6 to plain letters', () => {
    const text = blockById('fn-6').text;
    expect(text).toContain('Nam quốc sơn hà Nam đế cư-Tiệt nhiên phận định tại thiên thư');
    expect(all(text)).toContain('nam quoc son ha nam de cu-tiet nhien phan dinh tai thien thu');
  });

  it('leaves marks alone when the fold is off', () => {
    expect(normalizeText('Biển Đông', only('case'))).toBe('biển đông');
  });
});

describe('NFKC and case folding', () => {
  it('lower-cases and applies compatibility mappings', () => {
    expect(normalizeText('Kuik HEDGING', only('case'))).toBe('kuik hedging');
    expect(normalizeText('ﬁne ① Straße', only('case'))).toBe('fine 1 strasse');
    expect(normalizeText('Kuik', NO_FOLDS)).toBe('Kuik');
  });

  it('does not fold width when only case folding is on (full-width letters still fold case)', () => {
    expect(normalizeText('ＨＤ（２０１４）', only('case'))).toBe('ｈｄ（２０１４）');
  });
});

describe('full-width ↔ half-width', () => {
  it('maps full-width letters, digits, punctuation and the ideographic space', () => {
    expect(normalizeText('ＨＤ－９８１（２０１４）', only('width'))).toBe('HD-981(2014)');
    expect(all('ＨＤ－９８１　事件')).toBe('hd-981 事件');
    expect(normalizeText('（', NO_FOLDS)).toBe('（');
  });

  it('folds the article’s own full-width punctuation', () => {
    expect(all('Kuik（2008, 165-166）')).toBe('kuik(2008, 165-166)');
  });
});

describe('Simplified ↔ Traditional folding', () => {
  it('folds both scripts to one', () => {
    expect(all('软制衡')).toBe(all('軟制衡'));
    expect(all('越南对中国')).toBe(all('越南對中國'));
    expect(all('臺灣')).toBe(all('台湾'));
    expect(normalizeText('軟制衡', NO_FOLDS)).toBe('軟制衡');
  });

  it('is idempotent and keeps one character per character', () => {
    const text = blockById('abstract-p1').text;
    const once = normalizeText(text, only('script'));
    expect(normalizeText(once, only('script'))).toBe(once);
    expect(Array.from(once)).toHaveLength(Array.from(text).length);
  });
});

describe('always-on rules', () => {
  it('collapses whitespace, drops invisible format controls and replaces lone surrogates', () => {
    expect(normalizeText('soft  \t balancing', NO_FOLDS)).toBe('soft balancing');
    expect(normalizeText('避\u200b險\u00ad', NO_FOLDS)).toBe('避險');
    expect(normalizeText('a\ud800b\udc00', NO_FOLDS)).toBe('a\ufffdb\ufffd');
  });

  it('passes non-BMP ideographs through whole', () => {
    expect(all('𠀀越南𪚲')).toBe('𠀀越南𪚲'.replace('越南', all('越南')));
  });
});

describe('the offset map', () => {
  it('maps every folded unit to the original code points it came from', () => {
    // B i e^  ̉ n ␠ Đ ô n g : the decomposed ể spans code points 2–4.
    const mapped = normalizeWithMap('Bie\u0302\u0309n Đông', DEFAULT_FOLDS);
    expect(mapped.text).toBe('bien dong');
    expect(Array.from(mapped.start)).toEqual([0, 1, 2, 5, 6, 7, 8, 9, 10]);
    expect(Array.from(mapped.end)).toEqual([1, 2, 5, 6, 7, 8, 9, 10, 11]);
    expect(mapped.originalLength).toBe(11);
  });

  it('counts code points, not UTF-16 units, after a non-BMP character', () => {
    const mapped = normalizeWithMap('𠀀越南', DEFAULT_FOLDS);
    // 𠀀 is two UTF-16 units in both texts but one code point of the original.
    expect(Array.from(mapped.start)).toEqual([0, 0, 1, 2]);
    expect(Array.from(mapped.end)).toEqual([1, 1, 2, 3]);
  });

  it('gives an expansion the whole original character, and skips what was dropped', () => {
    const mapped = normalizeWithMap('ﬁ\u200bx', DEFAULT_FOLDS);
    expect(mapped.text).toBe('fix');
    expect(Array.from(mapped.start)).toEqual([0, 0, 2]);
    expect(Array.from(mapped.end)).toEqual([1, 1, 3]);
  });

  it('agrees with normalizeText on every block of the real article', () => {
    for (const id of ['abstract-p1', 'fn-6', 's1-p2', 'table-1', 'abstract-en-p1']) {
      const text = blockById(id).text;
      expect(normalizeWithMap(text, DEFAULT_FOLDS).text).toBe(normalizeText(text, DEFAULT_FOLDS));
    }
  });
});

describe('script classes from OpenCC’s phrase table', () => {
  it('puts characters OpenCC simplifies only inside phrases with their Simplified forms', () => {
    // OpenCC: 藉此 → 借此, 明瞭 → 明了, 係 → 系 — each pair folds to one string.
    expect(all('借此')).toBe(all('藉此'));
    expect(all('明了')).toBe(all('明瞭'));
    expect(all('系')).toBe(all('係'));
  });

  it('keeps classes small: joining the tables does not chain unrelated characters together', () => {
    const classes = new Map<string, number>();
    for (let cp = 0x4e00; cp <= 0x9fff; cp++) {
      const folded = normalizeText(String.fromCodePoint(cp), only('script'));
      classes.set(folded, (classes.get(folded) ?? 0) + 1);
    }
    expect(Math.max(...classes.values())).toBeLessThanOrEqual(8);
    // Most ideographs have no other form at all.
    expect(classes.size).toBeGreaterThan(0x9fff - 0x4e00 - 5000);
  });
});
