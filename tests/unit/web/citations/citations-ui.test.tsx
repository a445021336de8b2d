// @vitest-environment jsdom
/**
 * Citation lookup in the reader, rendered in jsdom on the real article: the citation marks and
 * their card, the Sources panel with its URL state, and "cite this passage" (pending, then the
 * strings, and the caveat for project text).
 */
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CitePassage } from '../../../../app/web/citations/CitePassage';
import { citationIndexOf } from '../../../../app/web/citations/citation-data';
import { allDocuments } from '../../../../app/web/data/documents';
import { ReaderContext } from '../../../../app/web/state/reader-context';
import type { ReaderContextValue } from '../../../../app/web/state/reader-context';
import {
  literalStrings,
  makeI18n,
  markerResources,
  renderApp,
  setUpReaderTests,
} from '../render-app';

const copied: string[] = [];
setUpReaderTests();
beforeAll(() => {
  Object.defineProperty(navigator, 'clipboard', {
    value: { writeText: (text: string) => (copied.push(text), Promise.resolve()) },
    configurable: true,
  });
});
afterEach(() => {
  copied.length = 0;
});

// The Document the reader bundles (the same object its components index).
const article = allDocuments.find((d) => d.id === 'nguyen-2020');
if (!article) throw new Error('the bundle has no nguyen-2020');

const param = (name: string) => new URLSearchParams(window.location.search).get(name);
const click = (element: Element | null | undefined) => {
  if (!element) throw new Error('nothing to click');
  act(() => (element as HTMLElement).click());
};
/** Waits for `find` to find something (the citation chunk is built on first import: seconds). */
async function until<T>(find: () => T | null | undefined): Promise<T> {
  const deadline = Date.now() + 25_000;
  while (Date.now() < deadline) {
    const found = find();
    if (found) return found;
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 25));
    });
  }
  throw new Error('timed out');
}

describe('citations in the text', () => {
  it('marks every citation the parser finds, and nothing else', async () => {
    const { container, root } = await renderApp('', await makeI18n('en'));
    const index = citationIndexOf(article);
    let blocks = 0;
    for (const [blockId, citations] of index.byBlock) {
      const marked = [...container.querySelectorAll(`[id="${blockId}"] .mark-citation`)]
        .map((span) => span.textContent)
        .join('');
      expect(marked, blockId).toBe(citations.map((c) => c.raw).join(''));
      blocks++;
    }
    expect(blocks).toBeGreaterThan(60);
    const total = [...container.querySelectorAll('.mark-citation')]
      .map((span) => span.textContent)
      .join('');
    expect(total).toBe(index.citations.map((c) => c.raw).join(''));
    act(() => root.unmount());
  });

  it('opens the card of the citation clicked, and its work in the Sources panel', async () => {
    const { container, root } = await renderApp('?block=s2.1-p10', await makeI18n('en'));
    // The second 「Pape 2005, 17」 of s2.1-p10, the last citation of the paragraph.
    const spans = [...container.querySelectorAll('[id="s2.1-p10"] .mark-citation')];
    click(spans.at(-1));
    const card = container.querySelector('.mark-card');
    expect(card?.querySelector('.citation-card-label')?.textContent).toBe('Pape 2005');
    expect(card?.textContent).toContain('Cited 6 times in the article');
    expect(
      [...(card?.querySelectorAll('.citation-card-this .citing-meta > *') ?? [])].map(
        (e) => e.textContent,
      ),
    ).toEqual(['p. 150', 'cites p. 17', 'parenthetical']);
    expect(card?.querySelector('.source-facts')?.textContent).toContain('Scholarship');
    click(
      [...(card?.querySelectorAll('button') ?? [])].find(
        (b) => b.textContent === 'Show in the Sources panel',
      ),
    );
    // Opening the panel and selecting the work happen in one click: both stay in the URL.
    expect(param('panel')).toBe('sources');
    expect(param('source')).toBe('pape-2005');
    expect(container.querySelector('.mark-card')).toBeNull();
    expect(container.querySelector('.source-item.is-expanded .source-label')?.textContent).toBe(
      'Pape 2005',
    );
    // Focus follows to the work in the panel rather than falling back to the page.
    expect(document.activeElement).toBe(
      container.querySelector('.source-item.is-expanded .source-toggle'),
    );
    act(() => root.unmount());
  });
});

// Before any test that opens the passage menu: the first menu is the one that loads the chunk.
describe('cite this passage', () => {
  it('shows a pending state, then both styles with the print page, copyable', async () => {
    const { container, root } = await renderApp('?block=s4.2-p6', await makeI18n('en'));
    click(container.querySelector('[id="s4.2-p6"] > .passage-button'));
    const section = container.querySelector('.cite-passage');
    expect(section?.getAttribute('aria-busy')).toBe('true');
    expect(section?.querySelector('[role="status"]')?.textContent).toBe('Preparing the citations…');
    await until(() => container.querySelector('.cite-style'));
    expect(section?.getAttribute('aria-busy')).toBe('false');
    expect(container.querySelector('.cite-pages')?.textContent).toBe('Print page 166');
    expect(
      [...container.querySelectorAll('.cite-in-text [data-content]')].map((e) => e.textContent),
    ).toEqual(['(Nguyen 2020, 166)', '(Nguyen, 2020, p. 166)']);
    const title = container.querySelector('.cite-reference [lang="zh-Hant"]');
    expect(title?.textContent).toBe('阮功松');
    const copy = [...container.querySelectorAll('.cite-passage button')].find(
      (b) => b.textContent === 'Copy the Chicago author-date citation',
    );
    await act(async () => {
      (copy as HTMLButtonElement).click();
      await Promise.resolve();
    });
    expect(copied[0]?.split('\n').slice(1)).toEqual([
      '(Nguyen 2020, 166)',
      `${window.location.origin}/?doc=nguyen-2020&block=s4.2-p6`,
    ]);
    const bibtex = container.querySelector<HTMLAnchorElement>('[data-format="BibTeX"] a');
    expect(bibtex?.getAttribute('download')).toBe('nguyen-2020.bib');
    expect(decodeURIComponent(bibtex?.href ?? '')).toContain('@article{nguyen-2020,');
    act(() => root.unmount());
  });

  it('adds the caveat when the cited text is the project’s', async () => {
    const block = article.blocks.find((b) => b.id === 's4.2-p6');
    if (!block) throw new Error('no s4.2-p6');
    const context: ReaderContextValue = {
      document: article,
      target: { kind: 'start' },
      panel: null,
      extra: {},
      navigate: () => {},
      openPanel: () => {},
      setExtra: () => {},
    };
    const container = window.document.createElement('div');
    window.document.body.append(container);
    const root = createRoot(container);
    await act(async () => {
      root.render(
        <I18nextProvider i18n={await makeI18n('en')}>
          <ReaderContext.Provider value={context}>
            <CitePassage block={block} range={null} projectText="paraphrase" />
          </ReaderContext.Provider>
        </I18nextProvider>,
      );
    });
    await until(() => container.querySelector('.cite-style'));
    const caveat = container.querySelector('.cite-caveat [data-content]')?.textContent;
    expect(caveat).toMatch(
      /^Caveat: the cited wording is a paraphrase written by the Triglot project/u,
    );
    const copy = container.querySelector<HTMLButtonElement>('.cite-style button');
    await act(async () => {
      copy?.click();
      await Promise.resolve();
    });
    expect(copied[0]?.split('\n').at(-1)).toBe(caveat);
    act(() => root.unmount());
  });
});

describe('the Sources panel', () => {
  it('lists a work’s citing passages, each leading to its citation in the text', async () => {
    const { container, root } = await renderApp(
      '?panel=sources&source=pape-2005',
      await makeI18n('en'),
    );
    const passages = container.querySelectorAll<HTMLAnchorElement>(
      '.source-item.is-expanded .citing-passage a',
    );
    expect(passages).toHaveLength(6);
    expect(passages[3]?.querySelector('mark')?.textContent).toBe('Pape（2005, 36-38）');
    click(passages[3]);
    expect(param('block')).toBe('s2.1-p11');
    const linked = [...container.querySelectorAll('[id="s2.1-p11"] .mark-linked')];
    expect(linked.map((s) => s.textContent).join('')).toBe('Pape（2005, 36-38）');
    // The panel keeps its state while the reader moves.
    expect(param('panel')).toBe('sources');
    expect(param('source')).toBe('pape-2005');
    act(() => root.unmount());
  });

  it('keeps filters and sort in the URL and follows the back button', async () => {
    const { container, root } = await renderApp('?panel=sources', await makeI18n('en'));
    const select = (index: number, value: string) => {
      const element =
        container.querySelectorAll<HTMLSelectElement>('.source-filters select')[index];
      if (!element) throw new Error('no select');
      act(() => {
        element.value = value;
        element.dispatchEvent(new Event('change', { bubbles: true }));
      });
    };
    select(1, 'zh-Hant');
    expect(param('source-lang')).toBe('zh-Hant');
    const labels = [...container.querySelectorAll('.source-label')].map((e) => e.textContent);
    expect(labels).toEqual(['吳玉山 2009', '楊三億 2018', '薛健吾 2016']);
    select(2, 'count');
    expect(param('source-sort')).toBe('count');
    await act(async () => {
      window.history.back();
      await new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
    });
    expect(param('source-sort')).toBeNull();
    expect(param('source-lang')).toBe('zh-Hant');
    act(() => root.unmount());
  });

  it('renders no interface string outside the locale files, with a card and the cite menu open', async () => {
    const i18n = await makeI18n('en', markerResources());
    const { container, root } = await renderApp(
      '?panel=sources&source=dan-tri-2018c&block=s4.2-p6',
      i18n,
    );
    expect(literalStrings(container)).toEqual([]);
    click(container.querySelector('[id="s4.2-p6"] .mark-citation'));
    expect(container.querySelector('.mark-card')).not.toBeNull();
    expect(literalStrings(container)).toEqual([]);
    click(container.querySelector('[id="s4.2-p6"] > .passage-button'));
    await until(() => container.querySelector('.cite-style'));
    expect(literalStrings(container)).toEqual([]);
    act(() => root.unmount());
  });
});
