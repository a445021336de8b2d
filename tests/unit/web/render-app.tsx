/** Renders the real reader in jsdom with a given URL and an i18next instance of the test's choice. */
import { createInstance } from 'i18next';
import type { i18n, Resource } from 'i18next';
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import type { Root } from 'react-dom/client';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { afterEach, beforeAll } from 'vitest';
import { App } from '../../../app/web/App';
import { NAMESPACES, resources } from '../../../app/web/i18n/setup';

/**
 * Registers what every test of the whole reader in jsdom needs: React's act() environment, the
 * scrolling that jsdom lacks (as no-ops), and an empty page after each test.
 */
export function setUpReaderTests(): void {
  beforeAll(() => {
    (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
    Element.prototype.scrollIntoView = function scrollIntoView() {};
    window.scrollTo = () => {};
  });
  afterEach(() => document.body.replaceChildren());
}

/** Every interface string replaced by ⟦its key⟧, to catch text that does not come from a locale. */
export function markerResources(): Resource {
  const mark = (value: unknown, path: string): unknown =>
    typeof value === 'object' && value !== null
      ? Object.fromEntries(
          Object.entries(value).map(([k, v]) => [k, mark(v, path ? `${path}.${k}` : k)]),
        )
      : `⟦${path}⟧`;
  const namespaces = resources.en ?? {};
  return {
    en: Object.fromEntries(
      Object.entries(namespaces).map(([ns, strings]) => [
        ns,
        mark(strings, '') as Record<string, unknown>,
      ]),
    ),
  };
}

export async function makeI18n(
  language: string,
  res: Resource = resources as unknown as Resource,
): Promise<i18n> {
  const instance = createInstance();
  await instance.use(initReactI18next).init({
    resources: res,
    lng: language,
    fallbackLng: 'en',
    ns: NAMESPACES,
    defaultNS: 'common',
    interpolation: { escapeValue: false },
  });
  return instance;
}

export async function renderApp(
  search: string,
  i18n: i18n,
): Promise<{ container: HTMLElement; root: Root }> {
  window.history.replaceState(null, '', `/${search}`);
  const container = document.createElement('div');
  document.body.replaceChildren(container);
  const root = createRoot(container);
  await act(async () => {
    root.render(
      <I18nextProvider i18n={i18n}>
        <App />
      </I18nextProvider>,
    );
  });
  // The reader renders the first blocks at once and the rest after the first paint.
  for (let i = 0; i < 100 && !container.querySelector('#abstract-en-keywords'); i++) {
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 20));
    });
  }
  return { container, root };
}

/** Text nodes outside document content that are not ⟦locale keys⟧ (`ns:key` included): literal interface strings. */
export function literalStrings(root: HTMLElement): string[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const found: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent ?? '';
    if (text.trim() === '') continue;
    const owner = node.parentElement?.closest('[data-content], [data-ui]');
    if (owner?.hasAttribute('data-content')) continue;
    if (text.replace(/⟦[\w.:-]+⟧/gu, '').trim() !== '') found.push(text);
  }
  return found;
}

/** Waits (rendering in between) until `selector` matches inside `root`, or fails after ~5 s. */
export async function waitForSelector<E extends Element = HTMLElement>(
  root: ParentNode,
  selector: string,
): Promise<E> {
  for (let i = 0; i < 250; i++) {
    const found = root.querySelector<E>(selector);
    if (found) return found;
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 20));
    });
  }
  throw new Error(`nothing matches ${selector}`);
}
