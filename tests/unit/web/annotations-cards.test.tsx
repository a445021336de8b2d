// @vitest-environment jsdom
/**
 * Highlights, the layer legend and the cards on the real article, checked against the layer
 * files and the glossary read as plain JSON.
 */
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { findDocument } from '../../../app/web/data/documents';
import { readGlossary, readLayer } from '../../helpers/layer-json';
import { pageAt } from '../../helpers/real-document';
import {
  literalStrings,
  makeI18n,
  markerResources,
  renderApp,
  setUpReaderTests,
  waitForSelector,
} from './render-app';

setUpReaderTests();

const claims = readLayer('claim');
const evidence = readLayer('evidence');
const glossary = readGlossary();
const block = (id: string) => findDocument('nguyen-2020')?.blocks.find((b) => b.id === id);
const ALL = '&layers=claim,evidence,term';

/** The decorated spans of one annotation, by its id. */
const spansOf = (root: ParentNode, key: string, id: string) =>
  [...root.querySelectorAll<HTMLElement>('[data-marks]')].filter((s) =>
    (s.dataset.marks ?? '').split(' ').includes(`${key}:${id}`),
  );

/** Marks of a layer currently in the text, as distinct annotation ids. */
const markedIds = (root: ParentNode, key: string) =>
  new Set(
    [...root.querySelectorAll<HTMLElement>(`.mark-${key}[data-marks]`)].flatMap((s) =>
      (s.dataset.marks ?? '')
        .split(' ')
        .filter((t) => t.startsWith(`${key}:`))
        .map((t) => t.slice(key.length + 1)),
    ),
  );

describe('annotation highlights and cards', () => {
  it('toggles each layer from the legend, in the URL', async () => {
    const { container, root } = await renderApp('?block=s1-p4', await makeI18n('en'));
    await waitForSelector(container, '.anno-toggle-count');
    const toggle = (layer: string) =>
      container.querySelector<HTMLButtonElement>(`.anno-toggle[data-layer="${layer}"]`);
    const pressed = () =>
      [...container.querySelectorAll('.anno-toggle')].map(
        (b) => `${b.getAttribute('data-layer')}:${b.getAttribute('aria-pressed')}`,
      );
    expect(pressed()).toEqual([
      'claim:false',
      'evidence:false',
      'term:false',
      'vietnamese:true',
      'editorial:true',
    ]);
    expect(markedIds(container, 'claim').size).toBe(0);
    expect(toggle('claim')?.textContent).toBe(`Claims ${claims.length}`);

    act(() => toggle('claim')?.click());
    expect(new URLSearchParams(window.location.search).get('layers')).toBe(
      'claim,vietnamese,editorial',
    );
    expect(toggle('claim')?.getAttribute('aria-pressed')).toBe('true');
    expect(markedIds(container, 'claim')).toEqual(new Set(claims.map((c) => c.id)));

    act(() => toggle('term')?.click());
    expect(markedIds(container, 'term').size).toBe(readLayer('term').length);
    act(() => toggle('claim')?.click());
    expect(markedIds(container, 'claim').size).toBe(0);
    expect(new URLSearchParams(window.location.search).get('layers')).toBe(
      'term,vietnamese,editorial',
    );
    act(() => root.unmount());
  });

  it('opens the card of a claim: role, the project’s paraphrase, its evidence', async () => {
    const { container, root } = await renderApp(`?block=s1-p4${ALL}`, await makeI18n('en'));
    const thesis = claims.find((c) => c.local === 'thesis');
    await waitForSelector(container, '.mark-claim');
    const span = spansOf(container, 'claim', thesis?.id ?? '')[0];
    act(() => span?.click());
    const card = document.querySelector(`.anno-card-claim[data-claim="${thesis?.id}"]`);
    expect(card?.querySelector('.anno-card-title')?.textContent).toBe('Claim · Thesis');
    expect(card?.querySelector('.anno-paraphrase .anno-label')?.textContent).toBe(
      'The project’s paraphrase, not the author’s words:',
    );
    expect(card?.querySelector('.anno-paraphrase [lang="en"]')?.textContent).toBe(
      thesis?.describing,
    );
    const expected = evidence.filter((e) => e.links.includes(thesis?.id ?? ''));
    const rows = [...(card?.querySelectorAll('[data-evidence]') ?? [])];
    expect(rows.map((r) => r.getAttribute('data-evidence'))).toEqual(expected.map((e) => e.id));
    rows.forEach((row, i) => {
      const e = expected[i];
      const b = e && block(e.blockId);
      expect(row.querySelector('.anno-entry-page')?.textContent).toBe(
        `p. ${b ? pageAt(b, e.start) : ''}`,
      );
    });
    // Following an evidence closes the card and lands on the passage.
    act(() => rows[1]?.querySelector('a')?.click());
    expect(document.querySelector('.anno-card-claim')).toBeNull();
    const params = new URLSearchParams(window.location.search);
    expect([params.get('block'), params.get('start')]).toEqual([
      expected[1]?.blockId,
      String(expected[1]?.start),
    ]);
    act(() => root.unmount());
  });

  it('opens the card of an evidence: its type, the project’s note, the claims it supports', async () => {
    const target = evidence.find((e) => e.commenting !== null && e.links.length >= 2);
    expect(target).toBeDefined();
    const { container, root } = await renderApp(
      `?block=${target?.blockId}&layers=evidence`,
      await makeI18n('en'),
    );
    await waitForSelector(container, '.mark-evidence');
    act(() => spansOf(container, 'evidence', target?.id ?? '')[0]?.click());
    const card = document.querySelector(`.anno-card-evidence[data-evidence="${target?.id}"]`);
    const TYPES: Record<string, string> = {
      event: 'Event',
      statistic: 'Statistic',
      quotation: 'Quotation',
      document: 'Official document',
      scholarship: 'Scholarship',
    };
    expect(card?.querySelector('.anno-card-title')?.textContent).toBe(
      `Evidence · ${TYPES[target?.kind ?? '']}`,
    );
    expect(card?.querySelector('.anno-paraphrase .anno-label')?.textContent).toBe(
      'The project’s note:',
    );
    expect(card?.querySelector('.anno-paraphrase [lang="en"]')?.textContent).toBe(
      target?.commenting,
    );
    const listed = [...(card?.querySelectorAll('li[data-claim]') ?? [])];
    expect(new Set(listed.map((li) => li.getAttribute('data-claim')))).toEqual(
      new Set(target?.links),
    );
    for (const li of listed) {
      const claim = claims.find((c) => c.id === li.getAttribute('data-claim'));
      expect(li.querySelector('.anno-entry-text')?.textContent).toBe(claim?.describing);
    }
    act(() => root.unmount());
  });

  it('opens the card of a term with its glossary entry, and the glossary from it', async () => {
    const { container, root } = await renderApp('?block=s1-p4&layers=term', await makeI18n('en'));
    await waitForSelector(container, '.mark-term');
    const span = [...container.querySelectorAll<HTMLElement>('#s1-p4 .mark-term')].find(
      (s) => s.textContent === '軟制衡',
    );
    act(() => span?.click());
    const term = glossary.terms.find((t) => t.id === 'soft-balancing');
    const card = document.querySelector('.anno-card-term[data-term="soft-balancing"]');
    const details = [...(card?.querySelectorAll('dt, dd') ?? [])].map((e) => e.textContent);
    expect(details).toEqual([
      'Chinese',
      '軟制衡',
      'English',
      'soft balancing (the article’s own English)',
      'Vietnamese',
      `${term?.vi} (the project’s equivalent)`,
      'The article attributes it to',
      'Pape 2005',
      'Definition (the project’s wording)',
      term?.definition,
    ]);
    const open = card?.querySelector<HTMLButtonElement>('button');
    expect(open?.textContent).toBe('Every occurrence in the glossary (37)');
    act(() => open?.click());
    const params = new URLSearchParams(window.location.search);
    expect([params.get('panel'), params.get('term'), params.get('layers')]).toEqual([
      'glossary',
      'soft-balancing',
      'term',
    ]);
    await waitForSelector(container, '[data-term="soft-balancing"] .glossary-entry');
    act(() => root.unmount());
  });

  it('keeps both layers where a term lies inside a claim or an evidence, innermost card first', async () => {
    const { container, root } = await renderApp(`?block=s4.4-p4${ALL}`, await makeI18n('en'));
    await waitForSelector(container, '.mark-term');
    // 經濟能力 inside the rebuttal 「不過對越南而言，當經濟能力變好之時…」 (s4.4-p4).
    const inClaim = [
      ...container.querySelectorAll<HTMLElement>('#s4\\.4-p4 .mark-claim.mark-term'),
    ];
    expect(inClaim.map((s) => s.textContent)).toContain('經濟能力');
    act(() => inClaim[0]?.click());
    const cards = () =>
      [...document.querySelectorAll('.mark-card .anno-card')].map((c) => c.classList[1]);
    expect(cards()).toEqual(['anno-card-term', 'anno-card-claim']);
    act(() => document.querySelector<HTMLButtonElement>('.mark-card .icon-button')?.click());
    const inEvidence = container.querySelector<HTMLElement>('.mark-evidence.mark-term');
    expect(inEvidence).not.toBeNull();
    act(() => inEvidence?.click());
    expect(cards()).toEqual(['anno-card-term', 'anno-card-evidence']);
    act(() => root.unmount());
  });

  it('renders no interface string outside the locale files in the legend and the cards', async () => {
    const i18n = await makeI18n('en', markerResources());
    const { container, root } = await renderApp(`?block=s4.4-p4${ALL}`, i18n);
    await waitForSelector(container, '.mark-term');
    for (const selector of ['#s4\\.4-p4 .mark-claim.mark-term', '.mark-evidence.mark-term']) {
      act(() => container.querySelector<HTMLElement>(selector)?.click());
      expect(document.querySelector('.mark-card'), selector).not.toBeNull();
      expect(literalStrings(document.body), selector).toEqual([]);
      act(() => document.querySelector<HTMLButtonElement>('.mark-card .icon-button')?.click());
    }
    act(() => root.unmount());
  });
});
