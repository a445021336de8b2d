// @vitest-environment jsdom
/**
 * The glossary panel on the real article: counts from the term layer file, a concordance line for
 * every occurrence (compared with a plain scan of the block texts), the orders, the exclusions.
 */
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { readGlossary, readLayer } from '../../helpers/layer-json';
import { codePointIndexOf } from '../../helpers/real-document';
import { findDocument } from '../../../app/web/data/documents';
import {
  literalStrings,
  makeI18n,
  markerResources,
  renderApp,
  setUpReaderTests,
  waitForSelector,
} from './render-app';

// The document as the reader builds it (under jsdom the Node loader cannot find the corpus folder).
const realDocument = () => {
  const document = findDocument('nguyen-2020');
  if (!document) throw new Error('nguyen-2020 is not bundled');
  return document;
};

setUpReaderTests();

const glossary = readGlossary();
const tags = readLayer('term');
const tagCount = (termId: string) =>
  tags.filter((t) => t.links.includes(`urn:triglot:glossary:nguyen-2020#${termId}`)).length;

/** Every place a string occurs in the block texts: `blockId@codePointOffset`. */
function scan(needle: string, options: { latinWord?: boolean } = {}): string[] {
  const found: string[] = [];
  for (const block of realDocument().blocks) {
    const text = options.latinWord ? block.text.toLowerCase() : block.text;
    for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
      const before = text[at - 1] ?? ' ';
      const after = text[at + needle.length] ?? ' ';
      if (options.latinWord && (/\p{L}/u.test(before) || /\p{L}/u.test(after))) continue;
      found.push(`${block.id}@${codePointIndexOf(text, needle, at)}`);
    }
  }
  return found;
}

/** The concordance lines of the open entry, as `blockId@start` from their links, and keywords. */
function concordanceLines(container: HTMLElement) {
  return [...container.querySelectorAll('.glossary-entry .concordance-line')].map((li) => {
    const href = li.querySelector('a')?.getAttribute('href') ?? '';
    const params = new URLSearchParams(href.slice(1));
    return {
      at: `${params.get('block')}@${params.get('start')}`,
      keyword: li.querySelector('.kwic-keyword')?.textContent ?? '',
      where: li.querySelector('.kwic-where')?.textContent ?? '',
    };
  });
}

async function openGlossary(search = '') {
  const rendered = await renderApp(`?panel=glossary${search}`, await makeI18n('en'));
  await waitForSelector(rendered.container, '.glossary-item');
  return rendered;
}

describe('the glossary panel', () => {
  it('lists every term with zh, en and vi and its number of tagged occurrences', async () => {
    const { container, root } = await openGlossary();
    const items = [...container.querySelectorAll('.glossary-item')];
    expect(items.map((li) => li.getAttribute('data-term'))).toEqual(
      glossary.terms.map((t) => t.id),
    );
    for (const term of glossary.terms) {
      const item = container.querySelector(`[data-term="${term.id}"]`) as HTMLElement;
      expect(item.querySelector('.glossary-zh')?.textContent).toBe(term.zh.join('、'));
      expect(item.querySelector('.glossary-en [lang="en"]')?.textContent).toBe(term.en);
      expect(item.querySelector('.glossary-vi [lang="vi"]')?.textContent).toBe(term.vi);
      expect(item.querySelector('.glossary-count')?.textContent).toBe(`${tagCount(term.id)}×`);
      // English the article does not give is marked as the project's; so is every Vietnamese.
      expect(item.querySelectorAll('.anno-badge')).toHaveLength(
        Number(term.enSource === 'project') + Number(term.vi !== undefined),
      );
    }
    act(() => root.unmount());
  });

  it('shows every occurrence of 軟制衡 and “soft balancing”, found by a plain scan', async () => {
    const { container, root } = await openGlossary('&term=soft-balancing');
    await waitForSelector(container, '.glossary-entry');
    const lines = concordanceLines(container);
    const zh = scan('軟制衡');
    const en = scan('soft balancing', { latinWord: true });
    // README, "Glossary": 31 in Chinese, checked there against source.txt; 6 in English.
    expect(zh).toHaveLength(31);
    expect(en).toHaveLength(6);
    expect(lines.filter((l) => l.keyword === '軟制衡').map((l) => l.at)).toEqual(zh);
    expect(
      lines.filter((l) => l.keyword.toLowerCase() === 'soft balancing').map((l) => l.at),
    ).toEqual(en);
    expect(lines).toHaveLength(37);
    expect(container.querySelector('.glossary-entry h3')?.textContent).toBe(
      'Every occurrence (37)',
    );
    // Each line says where it is: print page and section (the thesis sentence of 壹 is on p. 145).
    const thesis = lines.find(
      (l) =>
        l.at ===
        `s1-p4@${codePointIndexOf(
          realDocument().blocks.find((b) => b.id === 's1-p4')?.text ?? '',
          '軟制衡',
        )}`,
    );
    expect(thesis?.where).toBe('p. 145 壹');
    act(() => root.unmount());
  });

  it('shows every occurrence of hedging, whatever its form', async () => {
    const { container, root } = await openGlossary('&term=hedging');
    await waitForSelector(container, '.glossary-entry');
    const lines = concordanceLines(container);
    // 避險者 contains 避險: the plain scan of 避險 counts both forms once.
    const expected = [
      ...scan('避險'),
      ...scan('hedging', { latinWord: true }),
      ...scan('hedger', { latinWord: true }),
    ];
    expect(scan('避險')).toHaveLength(53);
    expect(new Set(lines.map((l) => l.at))).toEqual(new Set(expected));
    expect(lines).toHaveLength(61);
    act(() => root.unmount());
  });

  it('follows an occurrence to its passage', async () => {
    const { container, root } = await openGlossary('&term=soft-balancing');
    await waitForSelector(container, '.glossary-entry');
    const link = container.querySelectorAll<HTMLAnchorElement>('.glossary-entry .kwic')[5];
    act(() => link?.click());
    const params = new URLSearchParams(window.location.search);
    const block = container.querySelector(`[id="${params.get('block')}"]`);
    await waitForSelector(container, '.mark-linked');
    expect(
      [...(block?.querySelectorAll('.mark-linked') ?? [])].map((s) => s.textContent).join(''),
    ).toBe(link?.querySelector('.kwic-keyword')?.textContent);
    expect(params.get('panel')).toBe('glossary');
    act(() => root.unmount());
  });

  it('sorts by occurrences, English or Vietnamese, and keeps the order in the URL', async () => {
    const { container, root } = await openGlossary();
    const select = container.querySelector<HTMLSelectElement>('.glossary-sort select');
    const order = () =>
      [...container.querySelectorAll('.glossary-item')].map((li) => li.getAttribute('data-term'));
    const choose = (value: string) =>
      act(() => {
        if (!select) return;
        select.value = value;
        select.dispatchEvent(new Event('change', { bubbles: true }));
      });
    choose('count');
    expect(new URLSearchParams(window.location.search).get('termsort')).toBe('count');
    // README, "Glossary": balancing 71, hedging 61, soft balancing 37, bandwagoning 31.
    expect(order().slice(0, 4)).toEqual(['balancing', 'hedging', 'soft-balancing', 'bandwagoning']);
    const counts = order().map((id) => tagCount(id ?? ''));
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    choose('en');
    const english = order().map((id) => glossary.terms.find((t) => t.id === id)?.en ?? '');
    expect(english).toEqual(
      [...english].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })),
    );
    choose('vi');
    const withVi = glossary.terms.filter((t) => t.vi !== undefined).length;
    expect(withVi).toBe(20);
    const vi = order().map((id) => glossary.terms.find((t) => t.id === id)?.vi);
    expect(vi.slice(0, withVi).every((v) => v !== undefined)).toBe(true);
    expect(vi.slice(withVi).every((v) => v === undefined)).toBe(true);
    act(() => root.unmount());
  });

  it('lists the exclusions with their reasons, each linked to its passage', async () => {
    const { container, root } = await openGlossary();
    const section = container.querySelector('[aria-labelledby="glossary-exclusions"]');
    const rows = [...(section?.querySelectorAll('.concordance-line') ?? [])];
    expect(rows).toHaveLength(glossary.exclusions.length);
    expect(rows).toHaveLength(4);
    glossary.exclusions.forEach((exclusion, i) => {
      const row = rows[i] as HTMLElement;
      expect(row.querySelector('.exclusion-reason [lang="en"]')?.textContent).toBe(
        exclusion.reason,
      );
      expect(row.querySelector('.kwic-keyword')?.textContent).toBe(exclusion.exact);
      const params = new URLSearchParams(row.querySelector('a')?.getAttribute('href')?.slice(1));
      const text = realDocument().blocks.find((b) => b.id === exclusion.blockId)?.text ?? '';
      expect(params.get('block')).toBe(exclusion.blockId);
      expect(params.get('start')).toBe(
        String(
          codePointIndexOf(text, exclusion.prefix + exclusion.exact) + [...exclusion.prefix].length,
        ),
      );
    });
    act(() => root.unmount());
  });

  it('renders no interface string outside the locale files', async () => {
    const i18n = await makeI18n('en', markerResources());
    const { container, root } = await renderApp('?panel=glossary&term=domestic-politics', i18n);
    await waitForSelector(container, '.glossary-entry');
    expect(literalStrings(container)).toEqual([]);
    act(() => root.unmount());
  });
});
