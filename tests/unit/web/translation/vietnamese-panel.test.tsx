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
import { readJson, realDocument, waitFor } from './helpers';
import type { RawItem, RawLayer } from './helpers';

setUpReaderTests();

const { items } = readJson<{ items: RawItem[] }>('corpus/nguyen-2020/vietnamese.json');
const layer = readJson<RawLayer>('annotations/nguyen-2020/vietnamese.jsonld');
/** Occurrences per item, counted in the stored layer: each annotation links to `…#<item>`. */
const layerCount = (itemId: string) =>
  layer.items.filter((a) =>
    a.body.some((b) => b.purpose === 'linking' && b.source?.endsWith(`#${itemId}`)),
  ).length;

async function openPanel(search = '?panel=vietnamese') {
  const rendered = await renderApp(search, await makeI18n('en'));
  await waitFor(() => rendered.container.querySelector('.vi-item') !== null, 'the items');
  return rendered;
}
const countOf = (container: HTMLElement, id: string) =>
  Number(container.querySelector(`#vi-item-${id} .occurrence-count`)?.getAttribute('data-count'));

describe('the Vietnamese panel', () => {
  it('lists every item once, grouped by kind, with the occurrence count of the layer', async () => {
    const { container, root } = await openPanel();
    const shown = [...container.querySelectorAll<HTMLElement>('.vi-item')].map((el) =>
      el.id.replace('vi-item-', ''),
    );
    expect(shown.sort()).toEqual(items.map((i) => i.id).sort());
    for (const item of items)
      expect(countOf(container, item.id), item.id).toBe(layerCount(item.id));
    expect(layer.items).toHaveLength(items.reduce((n, item) => n + countOf(container, item.id), 0));
    const groups = [...container.querySelectorAll('.vi-group')].map((g) => [
      g.querySelector('h2')?.textContent,
      g.querySelectorAll('.vi-item').length,
    ]);
    expect(groups).toEqual([
      ['Places (13)', items.filter((i) => i.kind === 'place').length],
      ['Persons (15)', items.filter((i) => i.kind === 'person').length],
      ['Institutions (6)', items.filter((i) => i.kind === 'institution').length],
      ['Publications (5)', items.filter((i) => i.kind === 'publication').length],
      ['Terms, policies and slogans (11)', items.filter((i) => i.kind === 'term').length],
      ['Events (3)', items.filter((i) => i.kind === 'event').length],
      ['Quoted statements (18)', items.filter((i) => i.kind === 'quotation').length],
    ]);
    expect(container.querySelector('.panel-count')?.textContent).toBe(
      `71 of 71 items, ${layer.items.length} occurrences`,
    );
    act(() => root.unmount());
  });

  it('counts as a plain search of the text does, for names with unambiguous forms', async () => {
    const { container, root } = await openPanel();
    const document = realDocument();
    const occurrences = (form: string) =>
      document.blocks.reduce((n, b) => n + b.text.split(form).length - 1, 0);
    // 阮富仲 and "Nguyen Phu Trong"; 金蘭灣 and "Cam Ranh"; 東海 and "Biển Đông".
    expect(countOf(container, 'nguyen-phu-trong')).toBe(
      occurrences('阮富仲') + occurrences('Nguyen Phu Trong'),
    );
    expect(countOf(container, 'cam-ranh')).toBe(occurrences('金蘭灣') + occurrences('Cam Ranh'));
    expect(countOf(container, 'bien-dong')).toBe(occurrences('東海') + occurrences('Biển Đông'));
    // 15 times 阮富仲 (appendix-e29, fn-7, fn-8 ×2, s1-p3, s4.1-p1 ×3, s4.1-p2 ×2, s4.1-p6, s4.2-p3,
    // s4.4-p6 ×3) and once "Nguyen Phu Trong" (s1-p3).
    expect(countOf(container, 'nguyen-phu-trong')).toBe(16);
    act(() => root.unmount());
  });

  it('shows each item’s forms, standard spelling, rendering and the project’s gloss', async () => {
    const { container, root } = await openPanel();
    const item = container.querySelector('#vi-item-nguyen-minh-triet');
    expect(item?.querySelector('h3 [lang="vi"]')?.textContent).toBe('Nguyễn Minh Triết');
    const forms = [...(item?.querySelectorAll('.item-forms li') ?? [])].map((li) => [
      li.querySelector('.item-form')?.textContent,
      li.querySelector('.item-form')?.getAttribute('lang'),
      [...li.querySelectorAll('.form-tag')].map((t) => t.textContent),
    ]);
    expect(forms.slice(0, 2)).toEqual([
      ['阮名哲', 'zh-Hant', ['Chinese characters', 'Mandarin sound']],
      ['Nguyen Minh Triet', 'vi', ['Vietnamese without diacritics']],
    ]);
    expect(item?.querySelector('.item-gloss')?.textContent).toBe(
      `English gloss (the project’s): ${items.find((i) => i.id === 'nguyen-minh-triet')?.gloss}`,
    );
    act(() => root.unmount());
  });

  it('gives a quotation’s original only where found, otherwise “original not located”', async () => {
    const { container, root } = await openPanel();
    for (const item of items.filter((i) => i.kind === 'quotation')) {
      const el = container.querySelector(`#vi-item-${item.id}`);
      const status = el?.querySelector('.original-status strong')?.textContent;
      const original = item.quotation?.original;
      if (original?.status === 'not-located') {
        expect(status, item.id).toBe('original not located');
        expect(el?.querySelectorAll('.witnesses:not(.leads) .witness'), item.id).toHaveLength(0);
      } else {
        expect(status, item.id).toBe(original?.status === 'found' ? 'Found' : 'Partly found');
        const links = [
          ...(el?.querySelectorAll<HTMLAnchorElement>('.witnesses:not(.leads) a') ?? []),
        ];
        expect(links.map((a) => a.getAttribute('href'))).toEqual(
          original?.witnesses.map((w) => w.url),
        );
      }
    }
    // A lead is shown only under its own label, never as the original.
    const mattis = container.querySelector('#vi-item-q-mattis-2018');
    expect(mattis?.querySelector('.leads')?.previousElementSibling?.textContent).toBe(
      'Unconfirmed leads (not the original):',
    );
    act(() => root.unmount());
  });

  it('filters by any form without diacritics, in the URL, and navigates to an occurrence', async () => {
    const { container, root } = await openPanel();
    const input = container.querySelector<HTMLInputElement>('.vi-panel input[type="search"]');
    if (!input) throw new Error('no filter');
    const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
    act(() => {
      setter?.call(input, 'hoang sa');
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(new URLSearchParams(window.location.search).get('vfilter')).toBe('hoang sa');
    const shown = [...container.querySelectorAll('.vi-item')].map((el) => el.id);
    expect(shown).toEqual(['vi-item-quan-dao-hoang-sa']);
    const link = container.querySelector<HTMLAnchorElement>(
      '#vi-item-quan-dao-hoang-sa .occurrence-list a',
    );
    act(() => link?.click());
    const params = new URLSearchParams(window.location.search);
    expect(params.get('block')).toBe('s2.3.2-p4');
    const linked = [...container.querySelectorAll('[id="s2.3.2-p4"] .mark-linked')];
    expect(linked.map((el) => el.textContent).join('')).toBe('Quần đảo Hoảng Sa');
    expect(params.get('panel')).toBe('vietnamese');
    act(() => root.unmount());
  });

  it('shows the editorial notes on an item’s occurrences and has a notes panel with all of them', async () => {
    const editorial = readJson<RawLayer>('annotations/nguyen-2020/editorial.jsonld');
    let rendered = await openPanel('?panel=vietnamese&vitem=quan-dao-hoang-sa');
    const item = rendered.container.querySelector('#vi-item-quan-dao-hoang-sa');
    expect(item?.classList.contains('is-focused')).toBe(true);
    expect(item?.querySelector('details')?.open).toBe(true);
    const correction = editorial.items
      .find((a) => a.id.endsWith(':hoang-sa'))
      ?.body.find((b) => b.purpose === 'editing')?.value;
    expect(item?.querySelector('.editorial-note')?.textContent).toContain(correction);
    act(() => rendered.root.unmount());

    rendered = await renderApp('?panel=notes', await makeI18n('en'));
    await waitFor(() => rendered.container.querySelector('.note-item') !== null, 'the notes');
    expect(rendered.container.querySelectorAll('.note-item')).toHaveLength(editorial.items.length);
    act(() => rendered.root.unmount());
  });

  it.each(['?panel=vietnamese&vitem=q-dung-2014', '?panel=notes'])(
    'renders no interface string outside the locale files (%s)',
    async (search) => {
      const i18n = await makeI18n('en', markerResources());
      const { container, root } = await renderApp(search, i18n);
      await waitFor(() => container.querySelector('.vi-item, .note-item') !== null, 'the panel');
      container.querySelectorAll('details').forEach((d) => (d.open = true));
      expect(literalStrings(container)).toEqual([]);
      act(() => root.unmount());
    },
  );
});
