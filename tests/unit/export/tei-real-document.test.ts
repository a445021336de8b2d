/**
 * The TEI export of the real article, read back with jsdom's XML parser and checked against the
 * Document and against `source.txt` read independently (page starts, footnote markers, tables).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildTei } from '../../../app/export/tei/export-tei';
import { loadTeiInputs } from '../../../app/export/tei/load-tei-inputs';
import { codePointLength } from '../../../corpus/text/code-points';
import { DOC_ID, rawSource, realDocument } from '../../helpers/real-document';
import { byXmlId, parseXml, teiElements, TEI_NS, XML_NS, xmlId } from '../../helpers/tei';
import {
  blockIdOf,
  flowText,
  isBlockElement,
  isProjects,
  ownText,
  PB,
} from '../../helpers/tei-text';

const document = realDocument();
const result = buildTei(loadTeiInputs(document));
const readJson = <T>(path: string): T =>
  JSON.parse(readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8')) as T;
type RawTag = {
  id: string;
  body: { purpose?: string; source?: string; value?: string }[];
  target: {
    selector: { value: string; refinedBy: { type: string; exact?: string; start?: number } }[];
  };
};
const layerJson = (layer: string) =>
  readJson<{ items: RawTag[] }>(`annotations/${DOC_ID}/${layer}.jsonld`);
const vietnameseJson = layerJson('vietnamese');
const itemsJson = readJson<{ items: { id: string; forms: { text: string; script: string }[] }[] }>(
  `corpus/${DOC_ID}/vietnamese.json`,
);
const itemOf = (tag: RawTag) =>
  (tag.body.find((b) => b.purpose === 'linking')?.source ?? '').split('#')[1] ?? '';
const quoteOf = (tag: RawTag) =>
  tag.target.selector.map((s) => s.refinedBy.exact).find((e) => e !== undefined) ?? '';
const tei = parseXml(result.xml);
const text = teiElements(tei, 'text')[0] as Element;
const blockEls = Array.from(tei.getElementsByTagName('*')).filter(isBlockElement);
const elementOf = (blockId: string) => {
  const found = blockEls.filter((el) => blockIdOf(el) === blockId);
  expect(found, blockId).toHaveLength(1);
  return found[0] as Element;
};
const squeeze = (s: string) => s.replace(/\s+/g, '');

describe('TEI export of nguyen-2020: structure', () => {
  it('reports no problem for the real layers', () => {
    expect(result.problems).toEqual([]);
  });

  it('has unique NCName ids, and every local pointer resolves to one of them', () => {
    const ids = Array.from(tei.getElementsByTagName('*'), xmlId).filter((id): id is string => !!id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id, id).toMatch(/^[A-Za-z_][\w.-]*$/u);
    const known = new Set(ids);
    const pointers = [
      'ref',
      'target',
      'targetEnd',
      'from',
      'to',
      'ana',
      'resp',
      'calendar',
      'corresp',
    ];
    let checked = 0;
    for (const el of Array.from(tei.getElementsByTagName('*'))) {
      for (const name of pointers) {
        for (const value of (el.getAttribute(name) ?? '').split(/\s+/)) {
          if (!value.startsWith('#')) continue;
          checked++;
          expect(known.has(value.slice(1)), `${el.localName}/@${name}=${value}`).toBe(true);
        }
      }
    }
    expect(checked).toBeGreaterThan(427);
  });

  it('puts the Chinese abstract in <front>, the body sections in <body>, the appendix and the English abstract in <back>', () => {
    const part = (name: string) => teiElements(text, name)[0] as Element;
    const divIds = (el: Element) =>
      Array.from(el.children)
        .filter((c) => c.localName === 'div')
        .map((d) => [xmlId(d), d.getAttribute('type')]);
    expect(divIds(part('front'))).toEqual([['sec.abstract', 'abstract']]);
    expect(divIds(part('body')).map(([id]) => id)).toEqual([
      'sec.s1',
      'sec.s2',
      'sec.s3',
      'sec.s4',
      'sec.s5',
    ]);
    expect(divIds(part('back'))).toEqual([
      ['sec.appendix', 'appendix'],
      ['sec.abstract-en', 'abstract'],
    ]);
    expect(text.getAttributeNS(XML_NS, 'lang')).toBe('zh-Hant');
    expect(byXmlId(tei, 'sec.abstract-en').getAttributeNS(XML_NS, 'lang')).toBe('en');
    // Nesting follows the article's numbering: （一） inside 三、 inside 貳、.
    const s231 = byXmlId(tei, 'sec.s2.3.1');
    expect(xmlId(s231.parentElement as Element)).toBe('sec.s2.3');
    expect(xmlId((s231.parentElement as Element).parentElement as Element)).toBe('sec.s2');
    expect(teiElements(s231, 'head')[0]?.textContent).toBe('（一）過去有關「避險」分析之限制');
  });
});

describe('TEI export of nguyen-2020: pages', () => {
  const pbs = teiElements(text, 'pb').map((pb) => Number(pb.getAttribute('n')));

  it('has a <pb n> for each of the 38 pages 143–180, in order', () => {
    expect(pbs).toEqual(Array.from({ length: 38 }, (_, i) => 143 + i));
  });

  it('starts each page with the first line of that page in source.txt', () => {
    // SPEC: a page starts at the first line, at a line starting with a space (except the
    // right-aligned unit and received lines) and after a running head; a page that starts with
    // the appendix's repeated column header starts, in the text, at the line after it.
    const lines = rawSource()
      .split('\n')
      .filter((l) => l.trim() !== '');
    const isRunningHead = (l: string) =>
      /2014∼2019\s*\d{3}\s*$/.test(l) || /^\s*\d{3}\s*問題與研究/.test(l);
    const starts: string[] = [];
    lines.forEach((line, i) => {
      if (isRunningHead(line) || /單位：百萬美元|（收件：/.test(line)) return;
      if (i === 0 || line.startsWith(' ') || isRunningHead(lines[i - 1] ?? '')) {
        starts.push(/^\s*日期\s+事件\s*$/.test(line) ? (lines[i + 1] ?? '') : line);
      }
    });
    expect(starts).toHaveLength(38);
    const flow = flowText(text);
    starts.forEach((line, k) => {
      const marker = PB(143 + k);
      const after = flow.slice(flow.indexOf(marker) + marker.length).replace(/⟨fn \d+⟩/g, '');
      const want = squeeze(line).slice(0, 6);
      expect(squeeze(after).slice(0, want.length), `page ${143 + k}`).toBe(want);
    });
  });

  it('writes every page break inside a block at its offset', () => {
    let inside = 0;
    for (const block of document.blocks) {
      if (block.pageBreaks.length === 0) continue;
      const el = elementOf(block.id);
      for (const pb of teiElements(el, 'pb')) {
        // The author's text of the block up to the <pb>, in code points.
        const probe = el.cloneNode(true) as Element;
        const mark = Array.from(probe.getElementsByTagNameNS(TEI_NS, 'pb')).find(
          (p) => p.getAttribute('n') === pb.getAttribute('n'),
        ) as Element;
        mark.replaceWith(probe.ownerDocument.createTextNode('\uE000'));
        const offset = codePointLength(ownText(probe).split('\uE000')[0] as string);
        const expected = block.pageBreaks.find((b) => b.page === Number(pb.getAttribute('n')));
        expect(offset, `${block.id} pb ${pb.getAttribute('n')}`).toBe(expected?.offset);
        inside++;
      }
    }
    expect(inside).toBe(document.blocks.reduce((n, b) => n + b.pageBreaks.length, 0));
  });
});

describe('TEI export of nguyen-2020: footnotes', () => {
  const notes = teiElements(text, 'note').filter((n) => n.getAttribute('place') === 'foot');

  it('writes the 12 footnotes as <note place="foot" n> in order, each inside the block that cites it', () => {
    expect(notes.map((n) => n.getAttribute('n'))).toEqual(
      Array.from({ length: 12 }, (_, i) => String(i + 1)),
    );
    for (const note of notes) {
      const footnote = document.blocks.find((b) => b.id === blockIdOf(note));
      expect(footnote?.kind).toBe('footnote');
      let parent = note.parentElement as Element;
      while (!isBlockElement(parent)) parent = parent.parentElement as Element;
      expect(footnote && 'refBlockId' in footnote ? footnote.refBlockId : null).toBe(
        blockIdOf(parent),
      );
    }
  });

  it('places each footnote where its marker stands in source.txt', () => {
    // Read off source.txt: the text before and after each loose marker digit.
    const expected: [string, string][] = [
      ['（以下簡稱：HD-981事件），', '引起越南強烈抗議'],
      ['都可以叫做「避險」。', '「避險」涵蓋一系'],
      ['真正關注美國影響越中關係的主動性。', '從越南過去曾經抗'],
      ['東南亞國家的都要少。', '此與Copeland（1996）所提出的'],
      ['（emerging potential superpower），', '即中國的權力在'],
      ['截然分定在天書。」，', '並隨後強調越南人在抵抗'],
      ['在越南政治體制的級別是最高的。', '自1995年至2015年間'],
      ['（Vuving 2015）。', '而在阮富仲訪美結束後'],
      ['中國高層領導對越南訪問23次。', '越'],
      ['近2年來第五次正式會晤。', '越美國防部長如此頻繁的會晤'],
      ['（Cam Ranh）之後，', '越南國內不斷地呼籲越南應該讓美軍'],
      ['（Sands 2018）。', '因此，於2018年11月15日'],
    ];
    notes.forEach((note, i) => {
      let block = note.parentElement as Element;
      while (!isBlockElement(block)) block = block.parentElement as Element;
      const probe = block.cloneNode(true) as Element;
      const copy = Array.from(probe.getElementsByTagNameNS(TEI_NS, 'note')).find(
        (n) => xmlId(n) === xmlId(note),
      ) as Element;
      copy.replaceWith(probe.ownerDocument.createTextNode('\uE000'));
      const [before = '', after = ''] = ownText(probe).split('\uE000');
      const [wantBefore, wantAfter] = expected[i] as [string, string];
      expect(squeeze(before).endsWith(squeeze(wantBefore)), `footnote ${i + 1} before`).toBe(true);
      expect(squeeze(after).startsWith(squeeze(wantAfter)), `footnote ${i + 1} after`).toBe(true);
    });
  });
});

describe('TEI export of nguyen-2020: tables, figures, appendix, received note', () => {
  const cells = (table: Element) =>
    teiElements(table, 'row').map((row) =>
      teiElements(row, 'cell').map((c) => {
        const spans = [
          c.getAttribute('cols') && `c${c.getAttribute('cols')}`,
          c.getAttribute('rows') && `r${c.getAttribute('rows')}`,
        ];
        const label = c.getAttribute('role') === 'label' ? '*' : '';
        return `${label}${c.textContent}${spans
          .filter(Boolean)
          .map((s) => `|${s}`)
          .join('')}`;
      }),
    );

  it('writes Table 1 cell by cell as in source.txt, header cells as role="label"', () => {
    const table = byXmlId(tei, 'b.table-1');
    expect(teiElements(table, 'head')[0]?.textContent).toBe(
      '表1　冷戰後懲罰性因素和激勵性因素對越南中國政策之影響',
    );
    expect(cells(table)).toEqual([
      ['*', '*懲罰性因素|c2'],
      ['*激勵性因素', '*中國的壓力和威脅強', '*中國的壓力和威脅弱'],
      ['*美國的支持強', '軟制衡（自2014年至今）', '未發生'],
      ['*美國的支持弱', '避險（2008年初至2013年左右）', '避險（1991年至2007年）'],
    ]);
    expect(teiElements(table, 'row').map((r) => r.getAttribute('role'))).toEqual([
      'label',
      'label',
      null,
      null,
    ]);
    expect(table.getAttribute('cols')).toBe('3');
    expect(teiElements(table, 'note')[0]?.textContent).toBe('資料來源：作者整理。');
  });

  it('writes Table 2 cell by cell as in source.txt, with its unit', () => {
    const table = byXmlId(tei, 'b.table-2');
    const heads = teiElements(table, 'head').map((h) => [h.getAttribute('type'), h.textContent]);
    expect(heads).toEqual([
      [null, '表2　美、中自2014年至2018年間對越南投資額'],
      ['unit', '單位：百萬美元'],
    ]);
    const years = ['2014', '2015', '2016', '2017', '2018'].map((y) => `*${y}|c2`);
    expect(cells(table)).toEqual([
      ['*國別|r2', ...years, '*累計金額（截至2019/6）|r2', '*排名|r2'],
      Array.from({ length: 5 }, () => ['*註冊資金', '*占比']).flat(),
      [
        '*中國',
        '427',
        '2.10%',
        '744',
        '3.27%',
        '1,875',
        '7.69%',
        '2,168',
        '6.04%',
        '2,465',
        '6.95%',
        '15,452',
        '7',
      ],
      [
        '*美國',
        '260',
        '1.30%',
        '224',
        '0.99%',
        '400',
        '1.64%',
        '869',
        '2.42%',
        '550',
        '1.55%',
        '9,199',
        '11',
      ],
    ]);
    expect(table.getAttribute('cols')).toBe('13');
    expect(teiElements(table, 'note')[0]?.textContent).toBe(
      '資料來源：整理並計算自越南計劃與投資部年度統計數據（MPI Vietnam 2018）。',
    );
  });

  it('writes both figures with caption, source line and the project’s note that the chart is absent', () => {
    const figures = teiElements(text, 'figure');
    expect(figures.map((f) => teiElements(f, 'head')[0]?.textContent)).toEqual([
      '圖1　2014年至2018年期間越中進出口貿易',
      '圖2　2014年至2018年期間越美進出口貿易',
    ]);
    for (const figure of figures) {
      expect(teiElements(figure, 'graphic')).toHaveLength(0);
      const absent = teiElements(figure, 'note').find(
        (n) => n.getAttribute('type') === 'absent',
      ) as Element;
      expect(isProjects(absent)).toBe(true);
      expect(absent.textContent).toMatch(/not in the source/);
    }
  });

  it('writes the appendix timeline as a list of 39 dated items', () => {
    const list = teiElements(text, 'list').find(
      (l) => l.getAttribute('type') === 'timeline',
    ) as Element;
    expect(teiElements(list, 'head')[0]?.textContent).toBe('越南—美國關係重要里程碑');
    const items = teiElements(list, 'item');
    expect(items).toHaveLength(39);
    const date = (i: number) => {
      const d = teiElements(items[i] as Element, 'date')[0] as Element;
      return [
        ownText(d),
        d.getAttribute('when') ?? `${d.getAttribute('from')}/${d.getAttribute('to')}`,
      ];
    };
    // Printed dates as in source.txt (the article's own, including its date for item 29, which
    // the project's correction follows in a <corr>: see the editorial tests).
    expect(date(0)).toEqual(['1994年2月3日', '1994-02-03']);
    expect(date(3)).toEqual(['1997年4月至5月', '1997-04/1997-05']);
    expect(date(7)).toEqual(['2000年11月16日至19日', '2000-11-16/2000-11-19']);
    expect(date(22)).toEqual(['2011年9月', '2011-09']);
    expect(date(28)).toEqual(['2015年10月6日至7日', '2015-10-06/2015-10-07']);
    expect(date(38)).toEqual(['2019年2月27日', '2019-02-27']);
    expect(ownText(items[38] as Element)).toBe('2019年2月27日 美國總統川普第二次訪越。');
  });

  it('writes the received/accepted note with Gregorian dates for its Minguo dates', () => {
    const received = byXmlId(tei, 'b.received');
    expect(received.textContent).toBe('（收件：108年3月18日，接受：108年12月5日）');
    expect(
      teiElements(received, 'date').map((d) => [
        d.getAttribute('type'),
        d.getAttribute('when'),
        d.getAttribute('calendar'),
      ]),
    ).toEqual([
      ['received', '2019-03-18', '#minguo'],
      ['accepted', '2019-12-05', '#minguo'],
    ]);
  });
});

describe('TEI export of nguyen-2020: conservation', () => {
  it('holds every block exactly once, and no author text outside the blocks', () => {
    const ids = blockEls.map(blockIdOf);
    expect(ids.slice().sort()).toEqual(document.blocks.map((b) => b.id).sort());
    for (const block of document.blocks) {
      const own = ownText(elementOf(block.id));
      if (block.kind === 'table' || block.kind === 'figure') {
        // Their pieces are separate elements; the separators between them are layout.
        expect(squeeze(own), block.id).toBe(squeeze(block.text));
      } else {
        expect(own, block.id).toBe(block.text);
      }
    }
    const stray: string[] = [];
    const walk = (el: Element) => {
      for (const child of Array.from(el.childNodes)) {
        if (child.nodeType === child.TEXT_NODE && (child.nodeValue ?? '').trim())
          stray.push(child.nodeValue ?? '');
        if (
          child.nodeType === child.ELEMENT_NODE &&
          !isBlockElement(child as Element) &&
          !isProjects(child as Element)
        ) {
          walk(child as Element);
        }
      }
    };
    walk(text);
    expect(stray).toEqual([]);
  });

  it('has as many author characters in <text> as the Document has in its blocks', () => {
    const strip = (el: Element): string =>
      Array.from(el.childNodes)
        .map((c) =>
          c.nodeType === c.TEXT_NODE
            ? (c.nodeValue ?? '')
            : c.nodeType === c.ELEMENT_NODE && !isProjects(c as Element)
              ? strip(c as Element)
              : '',
        )
        .join('');
    const total = document.blocks.reduce((n, b) => n + codePointLength(squeeze(b.text)), 0);
    expect(codePointLength(squeeze(strip(text)))).toBe(total);
  });
});

describe('TEI export of nguyen-2020: terms, Vietnamese, citations', () => {
  const terms = teiElements(text, 'term').filter((t) => t.hasAttribute('ref'));

  it('writes every term tag of the term layer inline, with its counts', () => {
    const layer = JSON.parse(
      readFileSync(new URL(`../../../annotations/${DOC_ID}/term.jsonld`, import.meta.url), 'utf8'),
    ) as { items: { id: string; body: { purpose: string; source: string }[] }[] };
    const fromLayer = new Map<string, number>();
    for (const item of layer.items) {
      const term = (item.body.find((b) => b.purpose === 'linking')?.source ?? '').split(
        '#',
      )[1] as string;
      fromLayer.set(term, (fromLayer.get(term) ?? 0) + 1);
    }
    const inTei = new Map<string, number>();
    for (const term of terms) {
      const id = (term.getAttribute('ref') ?? '').replace('#gloss.', '');
      inTei.set(id, (inTei.get(id) ?? 0) + 1);
    }
    expect(terms).toHaveLength(427);
    expect(Object.fromEntries(inTei)).toEqual(Object.fromEntries(fromLayer));
    // Golden counts (README "Glossary": a plain scan of the text, cross-checked against source.txt).
    expect(inTei.get('balancing')).toBe(71);
    expect(inTei.get('hedging')).toBe(61);
    expect(inTei.get('soft-balancing')).toBe(37);
    expect(inTei.get('bandwagoning')).toBe(31);
    expect(inTei.get('incentive-factor')).toBe(17);
    expect(inTei.get('punitive-factor')).toBe(15);
    const softZh = terms.filter(
      (t) => t.getAttribute('ref') === '#gloss.soft-balancing' && t.textContent === '軟制衡',
    );
    expect(softZh).toHaveLength(31);
  });

  it('lists the glossary as <entry>s with the article’s forms and the project’s senses', () => {
    const entry = byXmlId(tei, 'gloss.soft-balancing');
    expect(teiElements(entry, 'orth').map((o) => o.textContent)).toEqual(['軟制衡']);
    const cits = teiElements(entry, 'cit').map((c) => [
      c.getAttributeNS(XML_NS, 'lang'),
      c.textContent,
      c.getAttribute('resp'),
    ]);
    expect(cits).toEqual([
      ['en', 'soft balancing', null],
      ['vi', 'cân bằng mềm', '#triglot'],
    ]);
    expect(isProjects(teiElements(entry, 'def')[0] as Element)).toBe(true);
    expect(teiElements(tei, 'entry').filter((e) => e.getAttribute('type') === 'term')).toHaveLength(
      76,
    );
  });

  it('marks every Vietnamese run as <foreign xml:lang="vi">, with or without diacritics, and no English name', () => {
    const foreign = teiElements(text, 'foreign').filter(
      (f) => f.getAttributeNS(XML_NS, 'lang') === 'vi',
    );
    const written = foreign.map(ownText).sort();
    // Expected from the data files read as plain JSON: every tag of the Vietnamese layer whose
    // form the item file writes in quốc ngữ or in Vietnamese without diacritics.
    const script = new Map<string, string>();
    for (const item of itemsJson.items)
      for (const form of item.forms) script.set(`${item.id}|${form.text}`, form.script);
    const expected = vietnameseJson.items
      .map((tag) => [itemOf(tag), quoteOf(tag)] as const)
      .filter(([item, quote]) =>
        ['quoc-ngu', 'latin-plain'].includes(script.get(`${item}|${quote}`) ?? ''),
      )
      .map(([, quote]) => quote)
      .sort();
    expect(written).toEqual(expected);
    // The article's quốc ngữ items with Vietnamese letters (vietnamese-sources.md §1, a1–a10)…
    for (const run of [
      'Biển Đông',
      'Bãi Tư Chính',
      'Quần đảo Hoảng Sa',
      'Nam quốc sơn hà Nam đế cư-Tiệt nhiên phận định tại thiên thư',
      'Nam quốc sơn hà',
      'Phương châm 16 chữ',
      'Tinh thần 4 tốt',
      'kênh đảng',
      'Chính sách quốc phòng ba không',
      'tàu lạ',
    ])
      expect(written, run).toContain(run);
    // …names without diacritics (Dan Tri is cited six times: README, "Citation lookup")…
    expect(written.filter((w) => w === 'Dan Tri')).toHaveLength(6);
    expect(written).toContain('Doi Moi');
    expect(written).toContain('Nguyen Phu Trong');
    // …and no English name of a Vietnamese item.
    for (const english of ['Vietnam MOFA', 'Hanoi', 'MPI', 'Ministry of Planning and Investment'])
      expect(written, english).not.toContain(english);
  });

  it('marks parenthetical citations as <bibl> with author, year and pages, and leaves other parentheses alone', () => {
    const bibls = teiElements(text, 'bibl').map((b) => {
      const part = (name: string) => teiElements(b, name)[0]?.textContent ?? '';
      return [part('author'), part('date'), part('biblScope')].join('|');
    });
    expect(bibls).toContain('Ross|2006|358-395');
    expect(bibls).toContain('吳玉山|2009|41');
    expect(bibls).toContain('Tran, Vieira, and Ferreira-Pereira|2013|');
    expect(bibls).toContain('Dan Tri|2018c|');
    expect(bibls).toContain('The Obama White House|2015|24');
    expect(bibls.filter((b) => b.startsWith('Trends in'))).toEqual([]);
    const inBibl = (needle: string) =>
      teiElements(text, 'bibl').some((b) => (b.textContent ?? '').includes(needle));
    expect(inBibl('自2014年至今')).toBe(false);
    expect(inBibl('截至2019/6')).toBe(false);
  });
});

describe('TEI export of nguyen-2020: header', () => {
  const header = teiElements(tei, 'teiHeader')[0] as Element;
  const texts = (name: string, root: Element = header) =>
    teiElements(root, name).map((e) => e.textContent);

  it('holds the bibliographic record in both languages', () => {
    const analytic = teiElements(header, 'analytic')[0] as Element;
    expect(texts('title', analytic)).toEqual([
      '從「避險」到「軟制衡」：美國的策略如何改變越南的中國政策，2014∼2019',
      'From Hedging to Soft Balancing: How the U.S. Strategy Changes Vietnam’s China Policy, 2014-2019',
    ]);
    expect(texts('persName', analytic)).toEqual(['阮功松', 'Cong Tung Nguyen']);
    const monogr = teiElements(header, 'monogr')[0] as Element;
    expect(texts('title', monogr)).toEqual(['問題與研究']);
    const scope = teiElements(monogr, 'biblScope').map((b) => [
      b.getAttribute('unit'),
      b.textContent,
    ]);
    expect(scope).toEqual([
      ['volume', '59'],
      ['issue', '1'],
      ['page', '143-180'],
    ]);
    expect(teiElements(monogr, 'date')[0]?.getAttribute('when')).toBe('2020-03');
  });

  it('declares the languages, the project as #triglot and the normalisation', () => {
    expect(teiElements(header, 'language').map((l) => l.getAttribute('ident'))).toEqual([
      'zh-Hant',
      'en',
      'vi',
    ]);
    expect(xmlId(teiElements(header, 'respStmt')[0] as Element)).toBe('triglot');
    const decl = teiElements(header, 'editorialDecl')[0]?.textContent ?? '';
    expect(decl).toMatch(/PDF text extraction/);
    expect(decl).toMatch(/resp="#triglot"/);
    const resp = Array.from(tei.getElementsByTagName('*'))
      .map((e) => e.getAttribute('resp'))
      .filter(Boolean);
    expect(new Set(resp)).toEqual(new Set(['#triglot']));
  });
});
