// @vitest-environment jsdom
/**
 * The argument outline panel on the real article, checked against the claim and evidence files
 * read as plain JSON: every claim once, the thesis first, evidence per claim, rivals with their
 * rebuttals, claims without evidence, the evidence-type filter, navigation to a passage.
 */
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { readLayer } from '../../helpers/layer-json';
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
const claimUrn = (local: string) => `urn:triglot:anno:nguyen-2020:claim:${local}`;
const evidenceOf = (claimId: string) => evidence.filter((e) => e.links.includes(claimId));

/** The claim ids listed directly in a section of the outline (not inside evidence lists). */
const claimIdsIn = (root: Element | null) =>
  [...(root?.querySelectorAll('li.outline-claim') ?? [])].map((li) =>
    li.getAttribute('data-claim'),
  );

async function openOutline(search = '') {
  const rendered = await renderApp(`?panel=outline${search}`, await makeI18n('en'));
  await waitForSelector(rendered.container, '#outline-thesis');
  return rendered;
}

describe('the argument outline', () => {
  it('lists every claim once by role, with the thesis first and its print page', async () => {
    const { container, root } = await openOutline();
    const panel = container.querySelector('.outline-panel') as HTMLElement;
    const sections = [...panel.querySelectorAll(':scope > section')].filter(
      (s) => s.getAttribute('aria-labelledby') !== 'outline-without-evidence',
    );
    expect(sections.map((s) => s.getAttribute('aria-labelledby'))).toEqual([
      'outline-thesis',
      'outline-sub-claims',
      'outline-rivals',
      'outline-conclusion',
    ]);
    const listed = sections.flatMap((s) => claimIdsIn(s));
    expect([...listed].sort()).toEqual(claims.map((c) => c.id).sort());

    const byRole = (role: string) => claims.filter((c) => c.kind === role).map((c) => c.id);
    expect(new Set(claimIdsIn(sections[0] ?? null))).toEqual(new Set(byRole('thesis')));
    expect(new Set(claimIdsIn(sections[3] ?? null))).toEqual(new Set(byRole('conclusion')));

    // The thesis of 壹 (s1-p4) is printed on p. 145: source.txt lines 78–132 are page 145.
    const thesis = panel.querySelector(`[data-claim="${claimUrn('thesis')}"]`);
    expect(thesis?.querySelector('.anno-entry-page')?.textContent).toBe('p. 145');
    expect(thesis?.querySelector('.anno-entry-text')?.textContent).toBe(
      claims.find((c) => c.local === 'thesis')?.describing,
    );
    act(() => root.unmount());
  });

  it("opens a claim's evidence and follows it to the passage", async () => {
    const { container, root } = await openOutline();
    const id = claimUrn('c-punitive-factor');
    const item = container.querySelector(`.outline-claim[data-claim="${id}"]`) as HTMLElement;
    const expected = evidenceOf(id);
    expect(expected.length).toBeGreaterThan(1);
    const button = item.querySelector<HTMLButtonElement>('.outline-disclosure');
    expect(button?.getAttribute('aria-expanded')).toBe('false');
    act(() => button?.click());
    expect(button?.getAttribute('aria-expanded')).toBe('true');
    const rows = [...item.querySelectorAll('[data-evidence]')];
    expect(rows.map((r) => r.getAttribute('data-evidence'))).toEqual(expected.map((e) => e.id));

    const first = expected[0];
    act(() => rows[0]?.querySelector<HTMLAnchorElement>('a')?.click());
    const params = new URLSearchParams(window.location.search);
    expect([params.get('block'), params.get('start'), params.get('end')]).toEqual([
      first?.blockId,
      String(first?.start),
      String(first?.end),
    ]);
    await waitForSelector(container, '.mark-linked');
    const linked = [...container.querySelectorAll(`[id="${first?.blockId}"] .mark-linked`)]
      .map((s) => s.textContent)
      .join('');
    expect(linked).toBe(first?.exact);
    act(() => root.unmount());
  });

  it('pairs each rival explanation with the rebuttals that answer it', async () => {
    const { container, root } = await openOutline();
    const rivals = container.querySelector('[aria-labelledby="outline-rivals"]') as HTMLElement;
    const answers = (rival: string) =>
      claimIdsIn(rivals.querySelector(`[data-claim="${claimUrn(rival)}"] .outline-rebuttals`));
    // From reading 貳三（二） and 肆四 (README, "Claims and evidence").
    expect(answers('rival-dispute-easing')).toEqual([claimUrn('rebuttal-dispute-easing')]);
    expect(answers('rival-mobilisation')).toEqual([claimUrn('rebuttal-mobilisation')]);
    expect(answers('rival-economic')).toEqual(
      ['rebuttal-economic-growth', 'rebuttal-economic-weakness', 'rebuttal-economic'].map(claimUrn),
    );
    expect(answers('rival-domestic-politics')).toEqual(
      ['rebuttal-domestic-politics', 'rebuttal-factions'].map(claimUrn),
    );
    const general = [...rivals.querySelectorAll(':scope > ul:last-of-type > li.outline-claim')];
    expect(general.map((li) => li.getAttribute('data-claim'))).toEqual([
      claimUrn('rebuttal-rivals-overall'),
    ]);
    act(() => root.unmount());
  });

  it('lists the claims without evidence as such', async () => {
    const { container, root } = await openOutline();
    const supported = new Set(evidence.flatMap((e) => e.links));
    const expected = claims.filter((c) => !supported.has(c.id)).map((c) => c.id);
    expect(expected).toHaveLength(16);
    const section = container.querySelector('[aria-labelledby="outline-without-evidence"]');
    expect(new Set(claimIdsIn(section))).toEqual(new Set(expected));
    for (const id of expected) {
      const row = container.querySelector(
        `.outline-panel > section .outline-claim[data-claim="${id}"]`,
      );
      expect(row?.querySelector(':scope > .outline-disclosure'), id).toBeNull();
      expect(row?.querySelector(':scope > .outline-no-evidence')?.textContent).toBe('No evidence');
    }
    act(() => root.unmount());
  });

  it('filters by evidence type, in the URL', async () => {
    const { container, root } = await openOutline();
    const select = container.querySelector<HTMLSelectElement>('.outline-filter select');
    act(() => {
      if (!select) return;
      select.value = 'statistic';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(new URLSearchParams(window.location.search).get('evidence')).toBe('statistic');
    const shown = [...container.querySelectorAll('.outline-evidence [data-evidence]')];
    const statistics = evidence.filter((e) => e.kind === 'statistic');
    expect(statistics.length).toBeGreaterThan(5);
    // Each statistic appears under every claim it supports, and nothing else appears.
    expect(shown).toHaveLength(statistics.reduce((n, e) => n + e.links.length, 0));
    expect(new Set(shown.map((r) => r.getAttribute('data-evidence')))).toEqual(
      new Set(statistics.map((e) => e.id)),
    );
    for (const row of shown)
      expect(row.querySelector('.anno-entry-kind')?.textContent).toBe('Statistic');
    const kept = claimIdsIn(container.querySelector('.outline-panel'));
    const expectedClaims = claims.filter((c) => statistics.some((e) => e.links.includes(c.id)));
    for (const c of expectedClaims) expect(kept, c.local).toContain(c.id);
    act(() => root.unmount());
  });

  it('renders no interface string outside the locale files', async () => {
    const i18n = await makeI18n('en', markerResources());
    const { container, root } = await renderApp('?panel=outline&evidence=event', i18n);
    await waitForSelector(container, '#outline-thesis');
    expect(literalStrings(container)).toEqual([]);
    act(() => root.unmount());
  });
});
