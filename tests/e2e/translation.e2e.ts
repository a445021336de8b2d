import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeReport, horizontalOverflow, launchBrowser, openReader, screenshot } from './browser';
import type { OpenOptions, ReaderPage } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

const open = (search: string, options: OpenOptions = {}): Promise<ReaderPage> =>
  openReader(browser, search, options);

/**
 * Serious and critical axe violations, one line each, in the given region (the whole page with
 * every decoration takes axe about 25 s; reader.e2e.ts runs it on the whole page).
 */
async function axeProblems(page: Page, region: string): Promise<string[]> {
  const { passes, serious } = await axeReport(page, region);
  expect(passes).toBeGreaterThan(10);
  return serious;
}

/** Occurrences of an item in the stored Vietnamese layer (each annotation links `…#<item>`). */
function layerCount(itemId: string): number {
  const layer = JSON.parse(
    readFileSync(
      new URL('../../annotations/nguyen-2020/vietnamese.jsonld', import.meta.url),
      'utf8',
    ),
  ) as { items: { body: { source?: string }[] }[] };
  return layer.items.filter((a) => a.body.some((b) => b.source?.endsWith(`#${itemId}`))).length;
}

/** The stored editorial notes, read as plain JSON: local id, confidence and correction. */
function editorialNotes(): { local: string; confidence: string; correction: string }[] {
  const layer = JSON.parse(
    readFileSync(
      new URL('../../annotations/nguyen-2020/editorial.jsonld', import.meta.url),
      'utf8',
    ),
  ) as { items: { id: string; body: { purpose: string; source?: string; value?: string }[] }[] };
  return layer.items.map((a) => ({
    local: a.id.split(':').at(-1) ?? '',
    confidence:
      a.body
        .find((b) => b.source?.includes('#confidence-'))
        ?.source?.replace(/^.*#confidence-/u, '') ?? '',
    correction: a.body.find((b) => b.purpose === 'editing')?.value ?? '',
  }));
}

function editorialNote(local: string): { confidence: string; correction: string } {
  const found = editorialNotes().find((n) => n.local === local);
  if (!found) throw new Error(`no editorial note ${local}`);
  return found;
}

const overflow = horizontalOverflow;

describe('translation study in Chromium', () => {
  it('lights up the Chinese counterpart of a hovered English abstract sentence', async () => {
    const page = await open('?panel=abstract');
    const en3 = page.locator('[data-segment="en-s3"]');
    await en3.scrollIntoViewIfNeeded();
    await en3.hover();
    // en-s3 is the second English sentence of the 1:2 pair a2 (zh-s2 → en-s2 + en-s3).
    await page.locator('[data-segment="zh-s2"].is-lit').waitFor();
    expect(await page.locator('[data-segment="en-s2"]').getAttribute('class')).toContain('is-lit');
    expect(
      await page.locator('.aligned-sentence.is-lit, .aligned-sentence.is-active').count(),
    ).toBe(3);
    // The hovered sentence is also lit where it stands in the reading pane.
    expect(await page.evaluate(() => CSS.highlights.has('aligned-sentence'))).toBe(true);
    await screenshot(page, 'translation-abstract-hover');
    await page.mouse.move(1000, 10);
    await page.locator('.aligned-sentence.is-lit').waitFor({ state: 'detached' });

    // By keyboard: focusing zh-s7 lights en-s8 and en-s9 (pair a7, 1:2).
    await page.locator('[data-segment="zh-s7"]').focus();
    const lit = await page
      .locator('.aligned-sentence.is-lit')
      .evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.segment));
    expect(lit.sort()).toEqual(['en-s8', 'en-s9']);
    const description = await page
      .locator('[data-segment="zh-s7"]')
      .evaluate(
        (el) => document.getElementById(el.getAttribute('aria-describedby') ?? '')?.textContent,
      );
    expect(description).toBe('Partial: Chinese 7 paired with English 8, 9.');
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      () => new URL(location.href).searchParams.get('block') === 'abstract-p1',
    );
    expect(page.errors).toEqual([]);
    await page.context().close();
  });

  it('shows the standard spelling and the editorial note on 「Quần đảo Hoảng Sa」', async () => {
    const page = await open('?block=s2.3.2-p4');
    const span = page.locator('[id="s2.3.2-p4"] .mark-editorial', { hasText: 'Hoảng Sa' });
    await span.scrollIntoViewIfNeeded();
    await span.hover();
    const tooltip = page.getByRole('tooltip');
    await tooltip.waitFor();
    expect(await tooltip.locator('[lang="vi"]').first().textContent()).toBe('Quần đảo Hoàng Sa');
    expect(await tooltip.textContent()).toContain(
      'Correction: Hoàng Sa (Quần đảo Hoàng Sa): the vowel takes the grave (huyền) tone',
    );
    await screenshot(page, 'translation-hoang-sa-preview');
    await span.click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    expect(await dialog.locator('.vi-card h3').textContent()).toBe('Place Quần đảo Hoàng Sa');
    expect(await dialog.locator('.editorial-note').count()).toBe(1);
    expect(await dialog.locator('.editorial-note').textContent()).toContain('Confidence: high');
    expect(await dialog.locator('.editorial-sources a').getAttribute('href')).toBe(
      'https://vietbao.com/a279210',
    );
    expect(await tooltip.count()).toBe(0);
    await screenshot(page, 'translation-hoang-sa-card');
    expect(await axeProblems(page, '.mark-card')).toEqual([]);
    await page.keyboard.press('Escape');
    expect(await dialog.count()).toBe(0);
    await page.context().close();
  });

  it('shows a note on an internal inconsistency: 387% against Table 2’s own figures', async () => {
    const note = editorialNote('us-fdi-growth');
    const page = await open('?block=s4.3-p7');
    const span = page.locator('[id="s4.3-p7"] .mark-editorial', { hasText: '387%' });
    await span.scrollIntoViewIfNeeded();
    await span.click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    const card = dialog.locator('.editorial-note');
    expect(await card.count()).toBe(1);
    const text = (await card.textContent()) ?? '';
    expect(text).toContain('Confidence: high');
    expect(text).toContain(`Correction: ${note.correction}`);
    expect(text).toContain('(869 − 224) / 224 = 645 / 224 ≈ 2.88');
    // Resting on the article itself, the note lists no outside source.
    expect(await dialog.locator('.editorial-sources').count()).toBe(0);
    await dialog.evaluate((el) => el.scrollIntoView({ block: 'end' }));
    await screenshot(page, 'translation-us-fdi-growth-card');
    expect(await axeProblems(page, '.mark-card')).toEqual([]);
    expect(page.errors).toEqual([]);
    await page.context().close();
  });

  it('lists every editorial note in the notes panel with the confidence counts of the layer', async () => {
    const page = await open('?panel=notes&note=china-fdi-decimal');
    await page.locator('.note-item').first().waitFor();
    const notes = editorialNotes();
    const level = (l: string) => notes.filter((n) => n.confidence === l).length;
    expect(await page.locator('.panel-count').textContent()).toBe(
      `${notes.length} notes: ${level('high')} high, ${level('medium')} medium, ${level('low')} low confidence`,
    );
    expect(await page.locator('.note-item').count()).toBe(notes.length);
    const focused = page.locator('#note-china-fdi-decimal');
    expect(await focused.getAttribute('class')).toContain('is-focused');
    expect(await focused.textContent()).toContain('Correction: 133.48億');
    await screenshot(page, 'translation-notes-panel-inconsistency');
    await page.context().close();
  });

  it('finds an item in the Vietnamese panel and goes to an occurrence', async () => {
    const page = await open('');
    await page.locator('#tab-vietnamese').click();
    await page.getByLabel('Filter (any form, spelling or gloss)').fill('cam ranh');
    await page.waitForFunction(
      () => new URL(location.href).searchParams.get('vfilter') === 'cam ranh',
    );
    const item = page.locator('#vi-item-cam-ranh');
    expect(await page.locator('.vi-item').count()).toBe(1);
    const count = layerCount('cam-ranh');
    expect(await item.locator('.occurrence-count').textContent()).toBe(`Occurrences: ${count}`);
    await item.locator('summary').click();
    await screenshot(page, 'translation-vietnamese-panel');
    const links = item.locator('.occurrence-list a');
    expect(await links.count()).toBe(count);
    await links.nth(1).click();
    await page.waitForFunction(() => new URL(location.href).searchParams.has('start'));
    const params = new URL(page.url()).searchParams;
    const block = params.get('block') ?? '';
    const linked = page.locator(`[id="${block}"] .mark-linked`);
    expect((await linked.allTextContents()).join('')).toMatch(/^(金蘭灣|Cam Ranh)$/u);
    expect(
      await linked.first().evaluate((el) => {
        const rect = el.getBoundingClientRect();
        return rect.bottom > 0 && rect.top < window.innerHeight;
      }),
    ).toBe(true);
    expect(page.errors).toEqual([]);
    await page.context().close();
  });

  it.each([
    ['light, wide', { width: 1280 }],
    ['dark, wide', { width: 1280, dark: true }],
    ['phone', { width: 390, height: 844 }],
  ] as [string, OpenOptions][])(
    'has no serious axe violations in its panels (%s)',
    async (name, options) => {
      for (const search of [
        '?panel=abstract',
        '?panel=vietnamese&vitem=q-dung-2014',
        '?panel=notes&note=hoang-sa',
      ]) {
        const page = await open(`${search}&block=s2.3.2-p4`, options);
        if ((options.width ?? 1280) < 900)
          await page.getByRole('button', { name: 'Show panels' }).click();
        await page.locator('.aligned-pair, .vi-item, .note-item').first().waitFor();
        await page
          .locator('details')
          .evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
        expect(await axeProblems(page, '#sidebar'), `${name} ${search}`).toEqual([]);
        expect(await overflow(page), `${name} ${search}`).toBeLessThanOrEqual(0);
        await screenshot(
          page,
          `translation-${search.slice(7).split('&')[0]}-${name.replace(/\W+/gu, '-')}`,
        );
        await page.context().close();
      }
    },
    180000,
  );

  it('fits a 390-px phone: the parallel view stacks, the card fits', async () => {
    const page = await open('?panel=abstract', { width: 390, height: 844 });
    await page.getByRole('button', { name: 'Show panels' }).click();
    const zh = await page.locator('[data-segment="zh-s1"]').boundingBox();
    const en = await page.locator('[data-segment="en-s1"]').boundingBox();
    expect(zh && en && en.y > zh.y + zh.height - 1).toBe(true);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await page.getByRole('button', { name: 'Hide panels' }).click();
    await page.goto(`${inject('baseUrl')}?block=s2.3.2-p4`);
    const span = page.locator('[id="s2.3.2-p4"] .mark-editorial', { hasText: 'Hoảng Sa' });
    await span.scrollIntoViewIfNeeded();
    await span.click();
    await page.getByRole('dialog').waitFor();
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    expect(await axeProblems(page, '.mark-card')).toEqual([]);
    await screenshot(page, 'translation-phone-card');
    await page.context().close();
  });
});
