// Search in the reader, in Chromium against the production build: the box, the keyboard, the
// highlights in the text, the URL, bad input, accessibility and the phone layout. Expected counts
// come from the Document built in Node (a plain scan of the block texts), never from the engine.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { realDocument } from '../helpers/real-document';
import { plainCount } from '../helpers/search';
import { axeReport, horizontalOverflow, launchBrowser, openReader, screenshot } from './browser';
import type { OpenOptions, ReaderPage } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

const open = (search = '', options: OpenOptions = {}): Promise<ReaderPage> =>
  openReader(browser, search, options);

const box = (page: Page) => page.getByRole('combobox', { name: /Search the article/u });
const status = (page: Page) => page.locator('.search-status');
const param = (page: Page, name: string) => new URL(page.url()).searchParams.get(name);

const options = (page: Page) => page.getByRole('listbox', { name: 'Results' }).getByRole('option');

/** Waits until the results answer what is in the box, and returns the status line. */
async function settled(page: Page): Promise<string> {
  await page.waitForFunction(() => {
    const panel = document.querySelector('[role="search"]');
    const text = document.querySelector('.search-status')?.textContent ?? '';
    return panel?.getAttribute('aria-busy') === 'false' && /Passages: \d+|No passage/u.test(text);
  });
  return (await status(page).textContent()) ?? '';
}

/** Blocks whose text contains `needle`, and its occurrences, by a plain scan in Node. */
function scan(needle: string): { blocks: string[]; occurrences: number } {
  const blocks = realDocument().blocks.filter((b) => b.text.includes(needle));
  return {
    blocks: blocks.map((b) => b.id),
    occurrences: blocks.reduce((n, b) => n + plainCount(b.text, needle), 0),
  };
}

describe('search in the reader (Chromium)', () => {
  it('finds Bien Dong, opens the hit and highlights Biển Đông in the text', async () => {
    const page = await open();
    await page.locator('#tab-search').click();
    await box(page).fill('Bien Dong');
    expect(await settled(page)).toContain('Passages: 1 · occurrences: 1');
    const option = options(page);
    expect(await option.count()).toBe(1);
    expect(await option.locator('mark').textContent()).toBe('Biển Đông');
    expect(await option.textContent()).toContain('p. 144');
    expect(await option.textContent()).toContain('壹、前言');
    await screenshot(page, 'search-bien-dong');
    await option.click();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('block') === 's1-p2');
    const marks = page.locator('[id="s1-p2"] .mark-hit');
    await marks.first().waitFor();
    expect(await marks.allTextContents()).toEqual(['Biển Đông']);
    expect(await marks.first().getAttribute('lang')).toBe('vi');
    expect(
      await marks.first().evaluate((el) => {
        const r = el.getBoundingClientRect();
        return r.top >= 0 && r.bottom <= innerHeight;
      }),
    ).toBe(true);
    expect(param(page, 'q')).toBe('Bien Dong');
    // The search ran in a module worker, off the main thread.
    expect(page.workers().length).toBeGreaterThan(0);
    await screenshot(page, 'search-bien-dong-opened');
    expect(page.errors).toEqual([]);
    await page.context().close();
  });

  it('/ focuses the box from anywhere; arrows and Enter open a result', async () => {
    const page = await open('?block=s3-p1');
    await page.locator('#s3-p1').click();
    await page.keyboard.press('/');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('role')))
      .toBe('combobox');
    expect(param(page, 'panel')).toBe('search');
    await page.keyboard.type('HD-981');
    const expected = scan('HD-981');
    // The layer filter narrows to the article's own text, whose count the scan gives.
    await settled(page);
    await page.getByRole('checkbox', { name: /Article text/u }).check();
    await page.waitForFunction(
      (n) => document.querySelector('.search-status')?.textContent?.includes(`Passages: ${n} `),
      expected.blocks.length,
    );
    expect(param(page, 'qlayer')).toBe('text');
    await box(page).focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const active = await box(page).getAttribute('aria-activedescendant');
    expect(active).toBeTruthy();
    expect(await page.locator(`[id="${active}"]`).getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('Enter');
    const second = expected.blocks[1];
    await page.waitForFunction(
      (id) => new URL(location.href).searchParams.get('block') === id,
      second,
    );
    const marks = page.locator(`[id="${second}"] .mark-hit`);
    await marks.first().waitFor();
    expect((await marks.allTextContents()).join('')).toBe(
      'HD-981'.repeat(
        plainCount(realDocument().blocks.find((b) => b.id === second)?.text ?? '', 'HD-981'),
      ),
    );
    // Back returns to the search as it was.
    await page.goBack();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('block') === 's3-p1');
    expect(await box(page).inputValue()).toBe('HD-981');
    expect(param(page, 'qlayer')).toBe('text');
    await page.context().close();
  });

  it('finds 軟制衡 from the Simplified 软制衡, as many as a scan of the blocks', async () => {
    const page = await open('?panel=search&q=%E8%BD%AF%E5%88%B6%E8%A1%A1&qlayer=text');
    const expected = scan('軟制衡');
    expect(expected.blocks.length).toBeGreaterThan(10);
    expect(await settled(page)).toContain(
      `Passages: ${expected.blocks.length} · occurrences: ${expected.occurrences}`,
    );
    expect(await box(page).inputValue()).toBe('软制衡');
    // Every occurrence is highlighted in the text (a mark may be split by a page or language run).
    await page.waitForFunction(
      (n) =>
        [...document.querySelectorAll('.mark-hit')].map((m) => m.textContent).join('').length === n,
      expected.occurrences * 3,
    );
    const highlighted = await page.evaluate(() => [
      ...new Set([...document.querySelectorAll('.mark-hit')].map((m) => m.closest('.block')?.id)),
    ]);
    expect(highlighted.sort()).toEqual([...expected.blocks].sort());
    await screenshot(page, 'search-simplified');
    // Without the script fold, nothing; the panel proposes turning it back on.
    await page.getByText(/^Matching:/u).click();
    await page.getByRole('checkbox', { name: /Simplified = Traditional/u }).uncheck();
    expect(await settled(page)).toContain('No passage');
    const proposal = page.getByRole('button', { name: /Treat Simplified and Traditional alike/u });
    await proposal.waitFor();
    expect(await proposal.textContent()).toContain(`passages: ${expected.blocks.length}`);
    await screenshot(page, 'search-no-results');
    await proposal.click();
    expect(await settled(page)).toContain(`Passages: ${expected.blocks.length}`);
    expect(param(page, 'qoff')).toBeNull();
    await page.context().close();
  });

  it('offers the glossary equivalent: hedging → 避險', async () => {
    const page = await open('?panel=search&q=hedging');
    await settled(page);
    const offer = page.getByRole('button', { name: /In Chinese: 避險 /u });
    await offer.waitFor();
    await offer.click();
    expect(await box(page).inputValue()).toBe('避險');
    expect(param(page, 'q')).toBe('避險');
    await page.context().close();
  });

  it('survives regex characters, lone surrogates and a 100 KB paste', async () => {
    const page = await open('?panel=search');
    await box(page).fill('.*(\\d+[');
    expect(await settled(page)).toContain('No passage');
    // A lone surrogate cannot be typed through the DevTools protocol (it arrives as U+FFFD): the
    // page builds it and sets the box the way React listens to it.
    await box(page).evaluate((input) => {
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(
        input,
        String.fromCharCode(0x8d8a, 0xd800, 0x5357),
      );
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(await settled(page)).toContain('No passage');
    expect(await page.locator('.search-problem').textContent()).toContain('broken character');
    const text = realDocument()
      .blocks.map((b) => b.text)
      .join('');
    const paste = text.repeat(Math.ceil(100_000 / text.length)).slice(0, 100_000);
    await box(page).fill(paste);
    expect(await settled(page)).toContain('No passage');
    // Too long for the URL: searched, but not written there.
    expect(param(page, 'q')).toBeNull();
    await box(page).press('Escape');
    expect(await box(page).inputValue()).toBe('');
    await box(page).fill('越南');
    expect(await settled(page)).toMatch(/Passages: \d+/u);
    expect(page.errors).toEqual([]);
    await page.context().close();
  });

  it('searches in-thread when the worker cannot load', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
    const page = await context.newPage();
    // The worker's chunk (not the in-thread fallback, worker-host-*) fails to load.
    await page.route(/\/assets\/worker-(?!host)[^/]*\.js$/u, (route) => route.abort());
    await page.goto(`${inject('baseUrl')}?panel=search&qlayer=text`);
    await page.locator('#s1-p1').waitFor();
    await box(page).fill('越南');
    const expected = scan('越南');
    expect(await settled(page)).toBe(
      `Passages: ${expected.blocks.length} · occurrences: ${expected.occurrences}`,
    );
    expect(page.workers()).toEqual([]);
    await context.close();
  });

  it.each([
    ['light, wide', { width: 1280 }],
    ['dark, wide', { width: 1280, dark: true }],
    ['phone', { width: 390, height: 844 }],
  ])('has no serious or critical axe violations with results shown (%s)', async (name, options) => {
    const page = await open('?panel=search&q=Bien+Dong&block=s1-p2', options);
    if (options.width === 390) await page.getByRole('button', { name: 'Show panels' }).click();
    await settled(page);
    await box(page).focus();
    await page.keyboard.press('ArrowDown');
    expect((await axeReport(page)).serious).toEqual([]);
    await screenshot(page, `search-axe-${name.replace(/\W+/gu, '-')}`);
    await page.context().close();
  });

  it('fits a 390-px phone: no horizontal scroll; opening a result shows the text', async () => {
    const page = await open('?panel=search&q=%E8%B6%8A%E5%8D%97', { width: 390, height: 844 });
    await page.getByRole('button', { name: 'Show panels' }).click();
    await settled(page);
    const overflow = () => horizontalOverflow(page);
    expect(await overflow()).toBeLessThanOrEqual(0);
    await screenshot(page, 'search-phone-results');
    await options(page).nth(2).click();
    await expect.poll(() => page.locator('.sidebar').isVisible()).toBe(false);
    expect(await overflow()).toBeLessThanOrEqual(0);
    await screenshot(page, 'search-phone-opened');
    await page.context().close();
  });
});
