import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  axeReport,
  horizontalOverflow,
  inViewport,
  launchBrowser,
  openReader,
  screenshot,
} from './browser';
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

describe('the web reader in Chromium', () => {
  it('loads and shows the first paragraph, without errors', async () => {
    const page = await open();
    expect(await page.locator('#s1-p1').textContent()).toContain('學界一般認為，冷戰結束之後');
    expect(await page.locator('h1').textContent()).toContain('從「避險」到「軟制衡」');
    expect(page.errors).toEqual([]);
    await screenshot(page, 'reader-home');
    await page.context().close();
  });

  it('shows print page markers in the margin at the exact character', async () => {
    const page = await open('?page=156');
    const marker = page.locator('#page-156');
    expect(await marker.getAttribute('data-page')).toBe('156');
    expect(
      await marker.evaluate((el) => el.nextElementSibling?.textContent?.startsWith('路」項目')),
    ).toBe(true);
    expect(await inViewport(page, '#page-156')).toBe(true);
    const label = page.locator('#page-156 .page-marker-label');
    expect(await label.textContent()).toBe('p. 156');
    const [labelBox, textBox] = await Promise.all([
      label.boundingBox(),
      page.locator('[id="s2.3.2-p5"]').boundingBox(),
    ]);
    expect(labelBox && textBox && labelBox.x + labelBox.width <= textBox.x).toBe(true);
    expect(await page.locator('.page-marker').count()).toBe(38);
    await screenshot(page, 'reader-page-156');
    await page.context().close();
  });

  it('opens footnote 6 (the Nam quốc sơn hà couplet) in place and goes back', async () => {
    const page = await open('?block=s3-p6');
    await page.click('#fnref-6');
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    expect(await dialog.locator('[lang="vi"]').first().textContent()).toBe(
      'Nam quốc sơn hà Nam đế cư-Tiệt nhiên phận định tại thiên thư',
    );
    await screenshot(page, 'reader-footnote-6');
    await page.keyboard.press('Escape');
    expect(await dialog.count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('fnref-6');
    await page.click('#fnref-6');
    await page.getByRole('button', { name: 'Show among the notes' }).click();
    expect(new URL(page.url()).searchParams.get('block')).toBe('fn-6');
    expect(await inViewport(page, '#fn-6')).toBe(true);
    await page.context().close();
  });

  it('renders both tables with their cells', async () => {
    const page = await open('?block=table-1');
    const t1 = await page
      .locator('#table-1 table')
      .evaluate((table) =>
        [...(table as HTMLTableElement).rows].map((row) =>
          [...row.cells].map((cell) => cell.textContent),
        ),
      );
    expect(t1).toEqual([
      ['', '懲罰性因素'],
      ['激勵性因素', '中國的壓力和威脅強', '中國的壓力和威脅弱'],
      ['美國的支持強', '軟制衡（自2014年至今）', '未發生'],
      ['美國的支持弱', '避險（2008年初至2013年左右）', '避險（1991年至2007年）'],
    ]);
    const t2 = await page
      .locator('#table-2 table')
      .evaluate((table) =>
        [...(table as HTMLTableElement).rows].map((row) =>
          [...row.cells].map((cell) => cell.textContent),
        ),
      );
    expect(t2[2]).toEqual([
      '中國',
      '427',
      '2.10%',
      '744',
      '3.27%',
      '1,875',
      '7.69%',
      '2,168',
      '6.04%',
      '2,465',
      '6.95%',
      '15,452',
      '7',
    ]);
    expect(t2[3]?.at(-1)).toBe('11');
    await screenshot(page, 'reader-table-1');
    await page.locator('#table-2').scrollIntoViewIfNeeded();
    await screenshot(page, 'reader-table-2');
    await page.context().close();
  });

  it('switches the interface to Tiếng Việt and English, and remembers the choice', async () => {
    const page = await open('', { locale: 'zh-TW' });
    const tab = page.locator('#tab-contents');
    expect(await tab.textContent()).toBe('目次');
    await page.getByRole('combobox').selectOption('vi');
    expect(await tab.textContent()).toBe('Mục lục');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('vi');
    await screenshot(page, 'reader-vi');
    await page.reload();
    await page.locator('#s1-p1').waitFor();
    expect(await page.locator('#tab-contents').textContent()).toBe('Mục lục');
    await page.getByRole('combobox').selectOption('en');
    expect(await page.locator('#tab-contents').textContent()).toBe('Contents');
    expect(await page.locator('#s1-p1').getAttribute('lang')).toBe('zh-Hant');
    await page.context().close();
  });

  it('lands a deep link on its block, highlighted, and follows back and forward', async () => {
    const page = await open('?block=appendix-e29');
    expect(await inViewport(page, '#appendix-e29')).toBe(true);
    expect(await page.locator('#appendix-e29').getAttribute('class')).toContain('is-targeted');
    await page.locator('.toc a', { hasText: '伍、結論' }).click();
    expect(await inViewport(page, '#s5-h')).toBe(true);
    await page.goBack();
    await page.waitForFunction(
      () => new URL(location.href).searchParams.get('block') === 'appendix-e29',
    );
    expect(await page.locator('#appendix-e29').getAttribute('class')).toContain('is-targeted');
    await page.goForward();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('block') === 's5-h');
    await page.context().close();
  });

  it('falls back to the document start with a notice for a malformed link', async () => {
    const page = await open('?block=%3Cscript%3E&page=abc');
    expect(await page.getByRole('status').textContent()).toContain('could not be followed');
    await screenshot(page, 'reader-bad-link');
    await page.context().close();
  });

  it.each([
    ['light, wide', { width: 1280 }],
    ['dark, wide', { width: 1280, dark: true }],
    ['phone', { width: 390, height: 844 }],
  ])('has no serious or critical axe violations (%s)', async (_name, options) => {
    const page = await open('?block=s3-p6', options);
    const { passes, serious } = await axeReport(page);
    expect(passes).toBeGreaterThan(10);
    expect(serious).toEqual([]);
    await page.context().close();
  });

  it('fits a 390-px phone screen without horizontal scrolling', async () => {
    const page = await open('?block=table-2', { width: 390, height: 844 });
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await screenshot(page, 'reader-phone-table-2');
    await page.getByRole('button', { name: 'Show panels' }).click();
    await screenshot(page, 'reader-phone-panels');
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).toBeLessThanOrEqual(0);
    await page.context().close();
  });

  it('prints the text alone', async () => {
    const page = await open();
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.sidebar').isVisible()).toBe(false);
    expect(await page.locator('.app-header').isVisible()).toBe(false);
    expect(await page.locator('#s1-p1').isVisible()).toBe(true);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.length).toBeGreaterThan(10000);
    await page.context().close();
  });

  it('reaches the panels and the page list by keyboard', async () => {
    const page = await open();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to the text');
    const tabIds = await page
      .locator('[role="tablist"] [role="tab"]')
      .evaluateAll((tabs) => tabs.map((tab) => tab.id));
    expect(tabIds[0]).toBe('tab-contents');
    expect(tabIds).toContain('tab-abstract');
    await page.locator('#tab-contents').focus();
    await page.keyboard.press('ArrowRight');
    const focused = () => page.evaluate(() => document.activeElement?.id);
    expect(await focused()).toBe(tabIds[1]);
    expect(new URL(page.url()).searchParams.get('panel')).toBe(tabIds[1]?.replace('tab-', ''));
    await page.keyboard.press('End');
    expect(await focused()).toBe(tabIds.at(-1));
    await page.keyboard.press('ArrowRight');
    expect(await focused()).toBe('tab-contents');
    await page.keyboard.press('End');
    await page.keyboard.press('Home');
    expect(await focused()).toBe('tab-contents');
    expect(new URL(page.url()).searchParams.get('panel')).toBe('contents');
    await page.getByRole('link', { name: 'Page 162' }).focus();
    await page.keyboard.press('Enter');
    expect(await inViewport(page, '#page-162')).toBe(true);
    await page.context().close();
  });
});
