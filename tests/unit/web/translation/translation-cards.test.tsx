// @vitest-environment jsdom
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import {
  literalStrings,
  makeI18n,
  markerResources,
  renderApp,
  setUpReaderTests,
} from '../render-app';
import { readJson, researchText, waitFor } from './helpers';
import type { RawItem, RawLayer } from './helpers';

setUpReaderTests();

const { items } = readJson<{ items: RawItem[] }>('corpus/nguyen-2020/vietnamese.json');
const vietnameseLayer = readJson<RawLayer>('annotations/nguyen-2020/vietnamese.jsonld');
const editorialLayer = readJson<RawLayer>('annotations/nguyen-2020/editorial.jsonld');
const hoangSa = editorialLayer.items.find((a) => a.id.endsWith(':hoang-sa'));
const bodyOf = (purpose: string) => hoangSa?.body.find((b) => b.purpose === purpose)?.value;

async function open(search: string, language = 'en') {
  const rendered = await renderApp(search, await makeI18n(language));
  // The annotation chunk has loaded once a name without diacritics is marked as Vietnamese.
  await waitFor(
    () =>
      [...rendered.container.querySelectorAll('[id="s1-p3"] [lang="vi"]')].some(
        (el) => el.textContent === 'Nguyen Phu Trong',
      ),
    'the layers',
  );
  return rendered;
}
/** The text spans of a block whose text is `text`, and their decorations. */
const spansWith = (container: HTMLElement, blockId: string, text: string) =>
  [...container.querySelectorAll<HTMLElement>(`[id="${blockId}"] [data-start]`)].filter(
    (el) => el.textContent === text,
  );

describe('Vietnamese items and editorial notes in the text', () => {
  it('marks every occurrence of the Vietnamese layer and every editorial note', async () => {
    const { container, root } = await open('');
    const ids = (key: string) =>
      new Set(
        [...container.querySelectorAll<HTMLElement>('[data-marks]')].flatMap((el) =>
          (el.dataset.marks ?? '')
            .split(' ')
            .filter((token) => token.startsWith(`${key}:`))
            .map((token) => token.slice(key.length + 1)),
        ),
      );
    expect([...ids('vietnamese')].sort()).toEqual(vietnameseLayer.items.map((a) => a.id).sort());
    expect([...ids('editorial')].sort()).toEqual(editorialLayer.items.map((a) => a.id).sort());
    act(() => root.unmount());
  });

  it('gives Latin-script Vietnamese its language, diacritics or not, and leaves Chinese forms zh-Hant', async () => {
    for (const search of ['', '?layers=none']) {
      const { container, root } = await open(search);
      // The language of every text span holding the words (whole, or inside a longer span).
      const langOf = (blockId: string, text: string) =>
        [...container.querySelectorAll<HTMLElement>(`[id="${blockId}"] [data-start]`)]
          .filter((el) => el.textContent?.includes(text))
          .map((el) => el.closest('[lang]')?.getAttribute('lang'));
      expect(langOf('s1-p3', 'Nguyen Phu Trong'), search).toEqual(['vi']);
      expect(langOf('s4.4-p3', 'Doi Moi'), search).toEqual(['vi']);
      expect(langOf('abstract-en-author', 'Cong Tung Nguyen'), search).toEqual(['vi']);
      expect(langOf('s1-p3', '阮富仲'), search).toEqual(['zh-Hant']);
      expect(langOf('s2.3.2-p4', '黃沙群島'), search).toEqual(['zh-Hant']);
      // "Vietnam MOFA" is an English name of a Vietnamese institution.
      expect(langOf('s1-p2', 'Vietnam MOFA'), search).toEqual(['en']);
      // In the text only: the layer legend shows the layer's own line style with the same class.
      const marked = container.querySelectorAll('article .mark-vietnamese').length;
      expect(marked > 0, search).toBe(search === '');
      act(() => root.unmount());
    }
  });

  it('opens one card with the item and the editorial note on 「Hoảng Sa」, the note once', async () => {
    const { container, root } = await open('?block=s2.3.2-p4');
    const [span] = spansWith(container, 's2.3.2-p4', 'Hoảng Sa');
    expect(span?.className).toBe('mark-vietnamese mark-editorial');
    act(() => span?.click());
    const dialog = document.querySelector<HTMLElement>('[role="dialog"]');
    const item = items.find((i) => i.id === 'quan-dao-hoang-sa');
    expect(dialog?.querySelector('.vi-card h3 [lang="vi"]')?.textContent).toBe(item?.vi);
    expect(dialog?.querySelector('.item-forms li.is-current .item-form')?.textContent).toBe(
      'Quần đảo Hoảng Sa',
    );
    const renderings = [...(dialog?.querySelectorAll('.vi-card .item-forms li') ?? [])].map((li) =>
      [...li.querySelectorAll('.form-tag')].map((t) => t.textContent),
    );
    expect(renderings).toEqual([['quốc ngữ'], ['Chinese characters', 'Hán-Việt']]);
    expect(dialog?.querySelector('.vi-card .item-gloss')?.textContent).toBe(
      `English gloss (the project’s): ${item?.gloss}`,
    );
    const notes = dialog?.querySelectorAll('.editorial-note') ?? [];
    expect(notes).toHaveLength(1);
    const note = notes[0];
    expect(note?.textContent).toContain(
      'Editorial note (the Triglot project’s, not the author’s)Confidence: high',
    );
    expect(note?.textContent).toContain(`Correction: ${bodyOf('editing')}`);
    expect(note?.textContent).toContain(`Why: ${bodyOf('commenting')}`);
    const source = hoangSa?.body.find((b) => b.purpose === 'linking')?.source;
    expect([...(note?.querySelectorAll('a') ?? [])].map((a) => a.getAttribute('href'))).toEqual([
      source,
    ]);
    expect(dialog?.querySelector('.editorial-quote')?.textContent).toBe(
      'The article has: Hoảng Sa',
    );
    act(() => root.unmount());
  });

  it('shows the editorial note in the item’s card when the pointer is off the note’s span', async () => {
    const { container, root } = await open('?block=s2.3.2-p4');
    const [span] = spansWith(container, 's2.3.2-p4', 'Quần đảo ');
    expect(span?.className).toBe('mark-vietnamese');
    act(() => span?.click());
    const dialog = document.querySelector<HTMLElement>('[role="dialog"]');
    expect(dialog?.querySelector('.vi-card .editorial-note')?.textContent).toContain(
      bodyOf('editing'),
    );
    const button = [...(dialog?.querySelectorAll('button') ?? [])].find((b) =>
      b.textContent?.includes('in the Vietnamese panel'),
    );
    expect(button?.textContent).toBe('All 2 occurrence(s) in the Vietnamese panel');
    act(() => button?.click());
    const params = new URLSearchParams(window.location.search);
    expect([params.get('panel'), params.get('vitem')]).toEqual(['vietnamese', 'quan-dao-hoang-sa']);
    await waitFor(
      () => container.querySelector('#vi-item-quan-dao-hoang-sa') !== null,
      'the panel',
    );
    expect(
      container.querySelector('#vi-item-quan-dao-hoang-sa')?.classList.contains('is-focused'),
    ).toBe(true);
    act(() => root.unmount());
  });

  it('previews the standard spelling and the note on hover', async () => {
    const { container, root } = await open('?block=s2.3.2-p4');
    const [span] = spansWith(container, 's2.3.2-p4', 'Hoảng Sa');
    act(() => {
      span?.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    });
    await waitFor(() => document.querySelector('[role="tooltip"]') !== null, 'the preview');
    const tooltip = document.querySelector('[role="tooltip"]');
    expect(tooltip?.querySelector('[lang="vi"]')?.textContent).toBe('Quần đảo Hoàng Sa');
    expect(tooltip?.textContent).toContain(bodyOf('editing'));
    act(() => {
      document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    });
    expect(document.querySelector('[role="tooltip"]')).toBeNull();
    act(() => root.unmount());
  });

  it('says “original not located” for a quotation without one, and cites only the research file', async () => {
    const research = researchText();
    const quotations = items.filter((i) => i.kind === 'quotation');
    const { container, root } = await open('');
    for (const item of quotations) {
      const id = vietnameseLayer.items.find((a) =>
        a.body.some((b) => b.source?.endsWith(`#${item.id}`)),
      )?.id;
      const span = container.querySelector<HTMLElement>(`[data-marks~="vietnamese:${id}"]`);
      act(() => span?.click());
      const card = [...document.querySelectorAll('[role="dialog"] .vi-card')].find((c) =>
        c.querySelector('.item-forms')?.textContent?.includes(item.forms[0]?.text ?? '∅'),
      );
      const status = card?.querySelector('.original-status strong')?.textContent;
      if (item.quotation?.original.status === 'not-located')
        expect(status, item.id).toBe('original not located');
      for (const a of card?.querySelectorAll<HTMLAnchorElement>('.witnesses a') ?? [])
        expect(research, item.id).toContain(a.getAttribute('href'));
      act(() => {
        document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
      });
    }
    act(() => root.unmount());
  });

  it('renders no interface string outside the locale files in its cards and previews', async () => {
    const i18n = await makeI18n('en', markerResources());
    const { container, root } = await renderApp('?block=s2.3.2-p4', i18n);
    await waitFor(() => container.querySelector('.mark-editorial') !== null, 'the layers');
    const [span] = spansWith(container, 's2.3.2-p4', 'Hoảng Sa');
    act(() => span?.dispatchEvent(new MouseEvent('mouseover', { bubbles: true })));
    await waitFor(() => document.querySelector('[role="tooltip"]') !== null, 'the preview');
    expect(literalStrings(document.body)).toEqual([]);
    act(() => span?.click());
    expect(document.querySelector('[role="dialog"]')).not.toBeNull();
    expect(literalStrings(document.body)).toEqual([]);
    act(() => root.unmount());
  });
});
