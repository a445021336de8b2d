// @vitest-environment jsdom
// The search panel in the real reader (jsdom has no Worker, so the same engine runs in-thread
// behind the same client): keyboard, URL state, highlights in the text, proposals when nothing is
// found, and no interface string outside the locale files. Expected counts come from a plain scan
// of the Document's blocks.
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { allDocuments } from '../../../app/web/data/documents';
import { plainCount } from '../../helpers/search';
import {
  literalStrings,
  makeI18n,
  markerResources,
  renderApp,
  setUpReaderTests,
} from './render-app';

// The Document the reader renders (built by the bundle's plugin from source.txt, as in Node).
const article = () => {
  const found = allDocuments.find((d) => d.id === 'nguyen-2020');
  if (!found) throw new Error('the article is not bundled');
  return found;
};
/** blockId → count for every block where `count(text) > 0`, by scanning the block texts. */
function scanBlocks(count: (text: string) => number): Map<string, number> {
  const found = new Map<string, number>();
  for (const block of article().blocks) {
    const n = count(block.text);
    if (n > 0) found.set(block.id, n);
  }
  return found;
}

setUpReaderTests();

/** Lets timers, the in-thread engine and React run until `done()` holds (or fails after ~20 s). */
async function until(done: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 400; i++) {
    if (done()) return;
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 50));
    });
  }
  throw new Error(`timed out waiting for ${what}`);
}

const box = () => document.querySelector<HTMLInputElement>('[role="combobox"]');
const statusText = () => document.querySelector('.search-status')?.textContent ?? '';
const options = () => [
  ...document.querySelectorAll<HTMLElement>('[role="listbox"] [role="option"]'),
];
const settled = () =>
  document.querySelector('[role="search"]')?.getAttribute('aria-busy') === 'false' &&
  /Passages: \d+|No passage/u.test(statusText());
const param = (name: string) => new URLSearchParams(window.location.search).get(name);

function type(value: string): void {
  const input = box();
  if (!input) throw new Error('no search box');
  // React listens to the native value setter and the input event.
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
  act(() => {
    setter?.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

function press(key: string, target: EventTarget | null = box()): void {
  act(() => {
    target?.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
  });
}

describe('the search panel', () => {
  it('opens with / and searches as one types; Enter opens a hit and the text highlights it', async () => {
    const { root } = await renderApp('?block=s3-p1', await makeI18n('en'));
    expect(box()).toBeNull();
    press('/', document.getElementById('s3-p1'));
    await until(() => document.activeElement === box(), 'the focused search box');
    expect(param('panel')).toBe('search');

    type('Bien Dong');
    await until(settled, 'the results of Bien Dong');
    expect(statusText()).toBe('Passages: 1 · occurrences: 1');
    expect(options()).toHaveLength(1);
    expect(options()[0]?.querySelector('mark')?.textContent).toBe('Biển Đông');
    // The URL follows once typing has stopped a little longer.
    await until(() => param('q') === 'Bien Dong', 'the query in the URL');

    press('ArrowDown');
    const active = box()?.getAttribute('aria-activedescendant');
    expect(active).toBe(options()[0]?.id);
    expect(options()[0]?.getAttribute('aria-selected')).toBe('true');
    press('Enter');
    expect(param('block')).toBe('s1-p2');
    await until(
      () => document.querySelector('[id="s1-p2"] .mark-hit') !== null,
      'the highlight in s1-p2',
    );
    const marks = [...document.querySelectorAll('.mark-hit')].map((m) => m.textContent);
    expect(marks).toEqual(['Biển Đông']);
    act(() => root.unmount());
  });

  it('counts hits and occurrences as a scan of the blocks does, and narrows by a filter', async () => {
    const { root } = await renderApp(
      '?panel=search&q=%E8%B6%8A%E5%8D%97&qlayer=text',
      await makeI18n('en'),
    );
    const expected = scanBlocks((t) => plainCount(t, '越南'));
    const occurrences = [...expected.values()].reduce((a, b) => a + b, 0);
    await until(settled, 'the results of 越南');
    expect(statusText()).toBe(`Passages: ${expected.size} · occurrences: ${occurrences}`);
    expect(options()).toHaveLength(20);

    const footnotes = article().blocks.filter(
      (b) => b.kind === 'footnote' && b.text.includes('越南'),
    );
    const footnoteBox = [...document.querySelectorAll<HTMLInputElement>('.facet input')].find(
      (input) => input.parentElement?.textContent?.startsWith('Footnote'),
    );
    expect(footnoteBox?.parentElement?.textContent).toBe(`Footnote${footnotes.length}`);
    act(() => footnoteBox?.click());
    expect(param('qkind')).toBe('footnote');
    await until(
      () => settled() && statusText().startsWith(`Passages: ${footnotes.length} `),
      'the footnote filter',
    );
    expect(options().map((o) => o.querySelector('.hit-kind')?.textContent)).toEqual(
      footnotes.map(() => 'Footnote'),
    );
    act(() => root.unmount());
  });

  it('restores the query, folds and filters from the URL, and follows the back button', async () => {
    const { root } = await renderApp(
      '?panel=search&q=Hoang+Sa&qoff=case&qsection=s2&qlayer=text',
      await makeI18n('en'),
    );
    await until(settled, 'the results of Hoang Sa');
    expect(box()?.value).toBe('Hoang Sa');
    const caseFold = [...document.querySelectorAll<HTMLInputElement>('.fold-option input')][0];
    expect(caseFold?.checked).toBe(false);
    // With the case fold off, "Hoang Sa" still matches "Hoàng Sa"/"Hoảng Sa" (marks fold) in s2.
    const expected = scanBlocks((t) =>
      plainCount(t.normalize('NFD').replace(/\p{M}/gu, ''), 'Hoang Sa'),
    );
    const inS2 = [...expected.keys()].filter((id) =>
      article()
        .blocks.find((b) => b.id === id)
        ?.section.startsWith('s2'),
    );
    expect(inS2.length).toBeGreaterThan(0);
    expect(statusText()).toContain(`Passages: ${inS2.length} `);

    type('南海');
    await until(() => param('q') === '南海' && settled(), 'the new query in the URL');
    act(() => options()[0]?.click());
    expect(param('block')).not.toBeNull();
    // A new query after opening a hit; back returns to the entry before it, query and all.
    type('美國');
    await until(() => param('q') === '美國' && settled(), 'the third query');
    await act(async () => {
      window.history.back();
      await new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
    });
    expect(param('block')).toBeNull();
    expect(param('q')).toBe('南海');
    expect(box()?.value).toBe('南海');
    expect(param('qoff')).toBe('case');
    await until(settled, 'the restored results');
    expect(statusText()).toBe(
      `Passages: ${
        scanBlocks((t) => plainCount(t, '南海')).size -
        [...scanBlocks((t) => plainCount(t, '南海')).keys()].filter(
          (id) =>
            !article()
              .blocks.find((b) => b.id === id)
              ?.section.startsWith('s2'),
        ).length
      } · occurrences: ${[...scanBlocks((t) => plainCount(t, '南海'))]
        .filter(([id]) =>
          article()
            .blocks.find((b) => b.id === id)
            ?.section.startsWith('s2'),
        )
        .reduce((n, [, c]) => n + c, 0)}`,
    );
    act(() => root.unmount());
  });

  it('proposes the script fold when the Simplified 软制衡 finds nothing without it', async () => {
    const { root } = await renderApp(
      '?panel=search&q=%E8%BD%AF%E5%88%B6%E8%A1%A1&qoff=script&qlayer=text',
      await makeI18n('en'),
    );
    await until(settled, 'the empty result');
    expect(statusText()).toBe('No passage contains this.');
    const expected = scanBlocks((t) => plainCount(t, '軟制衡')).size;
    const proposal = () =>
      [...document.querySelectorAll<HTMLButtonElement>('.suggestion')].find((b) =>
        b.textContent?.startsWith('Treat Simplified and Traditional alike'),
      );
    await until(() => proposal() !== undefined, 'the script proposal');
    expect(proposal()?.textContent).toContain(`passages: ${expected}`);
    // The glossary's English for 軟制衡 is offered too.
    expect(document.querySelector('.suggestions')?.textContent).toContain(
      'In English: "soft balancing"',
    );
    act(() => proposal()?.click());
    expect(param('qoff')).toBeNull();
    await until(() => settled() && statusText().startsWith(`Passages: ${expected} `), 'results');
    act(() => root.unmount());
  });

  it('proposes finding the words apart when the phrase is not in the text', async () => {
    const { root } = await renderApp('?panel=search&q=2008+Kuik&qlayer=text', await makeI18n('en'));
    await until(settled, 'the empty result');
    expect(statusText()).toBe('No passage contains this.');
    const both = scanBlocks((t) => (t.includes('Kuik') && t.includes('2008') ? 1 : 0)).size;
    await until(() => document.querySelector('.suggestion') !== null, 'the proposal');
    const apart = document.querySelector<HTMLButtonElement>('.suggestion');
    expect(apart?.textContent).toBe(`Find the words apart: "2008" "Kuik" passages: ${both}`);
    act(() => apart?.click());
    expect(box()?.value).toBe('"2008" "Kuik"');
    await until(() => settled() && statusText().startsWith(`Passages: ${both} `), 'results');
    act(() => root.unmount());
  });

  it('clears with Escape, then closes the panels and returns to the text', async () => {
    const { container, root } = await renderApp('?panel=search&q=hedging', await makeI18n('en'));
    await until(settled, 'the results of hedging');
    act(() => box()?.focus());
    press('Escape');
    expect(box()?.value).toBe('');
    expect(param('q')).toBeNull();
    expect(container.querySelector('.sidebar')?.classList.contains('is-open')).toBe(true);
    press('Escape');
    expect(container.querySelector('.sidebar')?.classList.contains('is-open')).toBe(false);
    expect(document.activeElement?.id).toBe('text');
    act(() => root.unmount());
  });

  it('shows no interface string that is not from the locale files', async () => {
    const { container, root } = await renderApp(
      '?panel=search&q=%E8%BD%AF%E5%88%B6%E8%A1%A1&qoff=script',
      await makeI18n('en', markerResources()),
    );
    await until(
      () => document.querySelector('.suggestion') !== null,
      'the proposals of an empty search',
    );
    expect(literalStrings(container)).toEqual([]);
    // Results with snippets, pages, kinds, counts and every filter group.
    type('越南');
    await until(
      () => options().length > 0 && document.querySelectorAll('.facet-group').length === 4,
      'results and filters',
    );
    expect(literalStrings(container)).toEqual([]);
    act(() => root.unmount());
  });
});
