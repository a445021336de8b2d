// @vitest-environment jsdom
/**
 * Orphans and annotation errors are shown, never dropped: the real annotation data with one claim
 * made an orphan and one file error added (the real data has neither), plus a test evidence that
 * covers the thesis sentence, so a term lies inside an evidence inside a claim.
 */
import { act } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { DocumentAnnotationData } from '../../../app/web/data/annotation-data';
import { makeI18n, renderApp, setUpReaderTests, waitForSelector } from './render-app';

const ORPHAN = 'urn:triglot:anno:nguyen-2020:claim:c-punitive-factor';
const OVERLAP = 'urn:triglot:anno:nguyen-2020:evidence:test-fixture-overlap';
const THESIS = 'urn:triglot:anno:nguyen-2020:claim:thesis';
const REASON = 'test fixture: the quote is nowhere in block s2.3.2-p3';

vi.mock('virtual:triglot/annotations', async (importOriginal) => {
  const real = (await importOriginal<{ default: Record<string, DocumentAnnotationData> }>())
    .default;
  const data = real['nguyen-2020'] as DocumentAnnotationData;
  const thesis = data.annotations.find((a) => a.annotation.id === THESIS);
  if (!thesis || thesis.anchor.status !== 'anchored') throw new Error('the thesis is not placed');
  return {
    default: {
      'nguyen-2020': {
        ...data,
        annotations: [
          ...data.annotations.map((a) =>
            a.annotation.id === ORPHAN
              ? { ...a, anchor: { status: 'orphan' as const, reason: REASON } }
              : a,
          ),
          {
            annotation: {
              id: OVERLAP,
              layer: 'evidence' as const,
              target: thesis.annotation.target,
              evidenceType: 'document' as const,
              supports: [THESIS],
              note: 'Test fixture, not curated data.',
            },
            anchor: thesis.anchor,
          },
        ],
        errors: [
          {
            file: 'annotations/nguyen-2020/evidence.jsonld',
            annotationId: 'items[7]',
            code: 'missing-id' as const,
            message: 'test fixture: the annotation has no id',
          },
        ],
      },
    },
  };
});

setUpReaderTests();

describe('annotation problems in the reader', () => {
  it('counts them in the legend and lists them in the outline', async () => {
    const { container, root } = await renderApp(
      '?block=s2.3.2-p3&layers=claim',
      await makeI18n('en'),
    );
    const badge = await waitForSelector<HTMLButtonElement>(container, '.anno-problems-badge');
    expect(badge.textContent).toBe('Annotation problems: 2');
    act(() => badge.click());
    expect(new URLSearchParams(window.location.search).get('panel')).toBe('outline');
    const problems = await waitForSelector(container, '.anno-problems');
    expect(problems.querySelector('h2')?.textContent).toBe('Annotation problems (2)');
    const items = [...problems.querySelectorAll('.anno-problem')].map((li) => li.textContent);
    expect(items[0]).toContain('Orphan · Claims');
    expect(items[0]).toContain(ORPHAN);
    expect(items[0]).toContain(REASON);
    expect(items[1]).toContain('annotations/nguyen-2020/evidence.jsonld: items[7]');
    expect(items[1]).toContain('test fixture: the annotation has no id [missing-id]');
    act(() => root.unmount());
  });

  it('never highlights an orphan, and shows it unlinked in the outline', async () => {
    const { container, root } = await renderApp(
      '?block=s2.3.2-p3&layers=claim&panel=outline',
      await makeI18n('en'),
    );
    await waitForSelector(container, '.anno-problems');
    const marked = [...container.querySelectorAll<HTMLElement>('[data-marks]')].flatMap((s) =>
      (s.dataset.marks ?? '').split(' '),
    );
    expect(marked).toContain(`claim:${THESIS}`);
    expect(marked).not.toContain(`claim:${ORPHAN}`);
    const row = container.querySelector(
      `.outline-panel > section .outline-claim[data-claim="${ORPHAN}"]`,
    );
    expect(row?.querySelector('a')).toBeNull();
    expect(row?.querySelector('.anno-entry.is-orphan')?.textContent).toContain(
      'Could not be placed in the text.',
    );
    act(() => root.unmount());
  });

  it('draws every layer where a term lies inside an evidence inside a claim', async () => {
    const { container, root } = await renderApp(
      '?block=s1-p4&layers=claim,evidence,term',
      await makeI18n('en'),
    );
    await waitForSelector(container, '.mark-evidence');
    const nested = [
      ...container.querySelectorAll<HTMLElement>('#s1-p4 .mark-claim.mark-evidence.mark-term'),
    ];
    expect(nested.map((s) => s.textContent)).toEqual(['避險', '軟制衡', 'soft balancing']);
    act(() => nested[1]?.click());
    expect(
      [...document.querySelectorAll('.mark-card .anno-card')].map((c) => c.classList[1]),
    ).toEqual(['anno-card-term', 'anno-card-evidence', 'anno-card-claim']);
    act(() => root.unmount());
  });
});
