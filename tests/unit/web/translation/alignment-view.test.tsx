// @vitest-environment jsdom
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import type { KeywordsBlock } from '../../../../corpus/model/document';
import {
  literalStrings,
  makeI18n,
  markerResources,
  renderApp,
  setUpReaderTests,
} from '../render-app';
import { readJson, realDocument, waitFor } from './helpers';
import type { RawAlignment } from './helpers';

setUpReaderTests();

const alignment = readJson<RawAlignment>('corpus/nguyen-2020/alignment.json');
const sentencesOf = (container: HTMLElement, side: 'zh' | 'en', prefix: string) =>
  [...container.querySelectorAll<HTMLElement>(`.pair-side-${side} [data-segment]`)].filter((el) =>
    el.dataset.segment?.startsWith(prefix),
  );

async function openPanel(search = '?panel=abstract', language = 'en') {
  const rendered = await renderApp(search, await makeI18n(language));
  await waitFor(() => rendered.container.querySelector('[data-segment]') !== null, 'alignment');
  return rendered;
}

describe('the parallel abstract (sentence alignment)', () => {
  it('shows every sentence of both abstracts exactly once, in order, tiling the text', async () => {
    const { container, root } = await openPanel();
    const document = realDocument();
    const zhText = document.blocks.find((b) => b.id === 'abstract-p1')?.text ?? '';
    const enText = document.blocks.find((b) => b.id === 'abstract-en-p1')?.text ?? '';
    const zh = sentencesOf(container, 'zh', 'zh-s').map((el) => el.textContent ?? '');
    const en = sentencesOf(container, 'en', 'en-s').map((el) => el.textContent ?? '');
    // Read off the source: a Chinese sentence ends at 。, so there are as many as there are 。.
    expect(zh).toHaveLength([...zhText].filter((c) => c === '。').length);
    expect(zh.join('')).toBe(zhText);
    expect(zh.every((s) => s.endsWith('。') && s.indexOf('。') === s.length - 1)).toBe(true);
    // English: joined, the sentences give back the paragraph (only the spaces between them go).
    expect(en.join(' ')).toBe(enText.replace(/\s+/gu, ' ').trim());
    expect(en.every((s) => /[.!?][”"]?$/u.test(s))).toBe(true);
    expect(new Set(en).size).toBe(en.length);
    act(() => root.unmount());
  });

  it('shows the titles and the five keyword pairs from the text and metadata', async () => {
    const { container, root } = await openPanel();
    const document = realDocument();
    expect(container.querySelector('[data-segment="zh-title"]')?.textContent).toBe(
      document.metadata.csl.title,
    );
    expect(container.querySelector('[data-segment="en-title"]')?.textContent).toBe(
      document.blocks.find((b) => b.id === 'abstract-en-h')?.text,
    );
    for (const [blockId, prefix] of [
      ['abstract-keywords', 'zh-k'],
      ['abstract-en-keywords', 'en-k'],
    ] as const) {
      const block = document.blocks.find((b) => b.id === blockId) as KeywordsBlock;
      const expected = block.keywords.map((k) => [...block.text].slice(k.start, k.end).join(''));
      const side = prefix.startsWith('zh') ? 'zh' : 'en';
      expect(sentencesOf(container, side, prefix).map((el) => el.textContent)).toEqual(expected);
    }
    act(() => root.unmount());
  });

  it('shows each pair’s status in words, and its differences and the project’s notes', async () => {
    const { container, root } = await openPanel();
    const pairs = [...container.querySelectorAll<HTMLElement>('.aligned-pair')];
    const expected = [
      ...alignment.title.pairs,
      ...alignment.keywords.pairs,
      ...alignment.abstract.pairs,
    ];
    expect(pairs).toHaveLength(expected.length);
    const words = { exact: 'Exact', partial: 'Partial', added: 'Added', omitted: 'Omitted' };
    pairs.forEach((el, i) => {
      const pair = expected[i];
      if (!pair) throw new Error('more pairs shown than stored');
      expect(el.querySelector('.pair-head .status-badge')?.textContent).toBe(
        words[pair.status as keyof typeof words],
      );
      const differences = [...el.querySelectorAll('.difference-explanation')].map(
        (d) => d.textContent,
      );
      expect(differences).toEqual((pair.differences ?? []).map((d) => d.explanation));
      const note = el.querySelector('.pair-details .project-note');
      expect(note?.textContent ?? null).toBe(
        pair.note ? `Project’s note: ${pair.note.text}` : null,
      );
    });
    // Every difference quote is marked in a sentence of its pair, on its own side.
    const a2 = pairs.find((el) => el.querySelector('[data-segment="zh-s2"]'));
    const marked = [...(a2?.querySelectorAll('mark.diff') ?? [])].map((m) => m.textContent);
    expect(marked).toEqual(expect.arrayContaining(['文獻指出', '自主', 'typical']));
    act(() => root.unmount());
  });

  it('lights up the counterparts of a hovered or focused sentence, n:m', async () => {
    const { container, root } = await openPanel();
    const lit = () =>
      [
        ...container.querySelectorAll<HTMLElement>(
          '.aligned-sentence.is-lit, .aligned-sentence.is-active',
        ),
      ]
        .map((el) => el.dataset.segment)
        .sort();
    const pairOf = (id: string) =>
      alignment.abstract.pairs.find((p) => p.en.includes(id) || p.zh.includes(id));
    for (const id of ['en-s3', 'zh-s7', 'en-s13']) {
      const el = container.querySelector<HTMLElement>(`[data-segment="${id}"]`);
      const pair = pairOf(id);
      if (!el || !pair) throw new Error(id);
      act(() => {
        if (id.startsWith('en')) el.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
        else el.focus();
      });
      expect(lit()).toEqual([...pair.zh, ...pair.en].sort());
      expect(el.classList.contains('is-active')).toBe(true);
      // A screen reader hears the pairing with the sentence.
      const description = document.getElementById(el.getAttribute('aria-describedby') ?? '');
      expect(description?.textContent).toContain(
        `Chinese ${pair.zh.map((z) => z.slice(4)).join(', ')}`,
      );
      expect(description?.textContent).toContain(
        `English ${pair.en.map((e) => e.slice(4)).join(', ')}`,
      );
      act(() => {
        if (id.startsWith('en'))
          el.dispatchEvent(
            new MouseEvent('mouseout', { bubbles: true, relatedTarget: document.body }),
          );
        else el.blur();
      });
      expect(lit()).toEqual([]);
    }
    act(() => root.unmount());
  });

  it('summarises coverage by status, counted from the stored pairs', async () => {
    const { container, root } = await openPanel();
    const row = container.querySelector('.coverage-table tr[data-unit="abstract"]');
    const cells = [...(row?.querySelectorAll('td') ?? [])];
    const count = (side: 'zh' | 'en', status: string) =>
      alignment.abstract.pairs.filter((p) => p.status === status).flatMap((p) => p[side]).length;
    expect(cells[0]?.querySelector('[data-status="partial"]')?.textContent).toBe(
      `Partial ${count('zh', 'partial')} of ${alignment.abstract.zh.length} · 100 %`,
    );
    expect(cells[1]?.querySelector('[data-status="partial"]')?.textContent).toBe(
      `Partial ${count('en', 'partial')} of ${alignment.abstract.en.length} · 100 %`,
    );
    expect(cells[0]?.querySelector('.coverage-rendered')?.textContent).toBe(
      'Has a counterpart: 100 %',
    );
    act(() => root.unmount());
  });

  it('links each English sentence to the body passages it summarises, and follows them', async () => {
    const { container, root } = await openPanel();
    const details = [...container.querySelectorAll<HTMLDetailsElement>('.summary-links')];
    expect(details).toHaveLength(alignment.summaryLinks.length);
    const link = alignment.summaryLinks.find((l) => l.en === 'en-s8');
    const en8 = details.find((d) =>
      d.querySelector('summary')?.textContent?.startsWith('English sentence 8 '),
    );
    const anchors = [...(en8?.querySelectorAll<HTMLAnchorElement>('a') ?? [])];
    expect(anchors.map((a) => new URL(a.href).searchParams.get('block'))).toEqual(
      link?.passages.map((p) => p.blockId),
    );
    act(() => anchors[0]?.click());
    expect(new URLSearchParams(window.location.search).get('block')).toBe('s2.3.2-p1');
    expect(container.querySelector('.is-targeted')?.id).toBe('s2.3.2-p1');
    act(() => root.unmount());
  });

  it('follows a sentence to its span in the text', async () => {
    const { container, root } = await openPanel();
    const segment = alignment.abstract.zh.find((s) => s.id === 'zh-s3');
    act(() => container.querySelector<HTMLAnchorElement>('[data-segment="zh-s3"]')?.click());
    const params = new URLSearchParams(window.location.search);
    expect([params.get('block'), params.get('start'), params.get('end')]).toEqual([
      segment?.blockId,
      String(segment?.start),
      String(segment?.end),
    ]);
    const linked = [...container.querySelectorAll('#abstract-p1 .mark-linked')];
    expect(linked.map((el) => el.textContent).join('')).toBe(segment?.text);
    act(() => root.unmount());
  });

  it('renders no interface string outside the locale files', async () => {
    const i18n = await makeI18n('en', markerResources());
    const { container, root } = await renderApp('?panel=abstract', i18n);
    await waitFor(() => container.querySelector('[data-segment]') !== null, 'alignment');
    container.querySelectorAll('details').forEach((d) => (d.open = true));
    expect(literalStrings(container)).toEqual([]);
    act(() => root.unmount());
  });
});
