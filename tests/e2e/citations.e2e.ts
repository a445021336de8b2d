/**
 * Citation lookup in the reader, in Chromium against the production build: the Sources panel,
 * citations in the text and their card, and "cite this passage". Expected pages and locators were
 * read in corpus/nguyen-2020/source.txt (line numbers in the comments), not taken from the app.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeReport, inViewport, launchBrowser, openReader, screenshot } from './browser';
import type { OpenOptions } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

interface Opened {
  page: Page;
  errors: string[];
}

async function open(search = '', options: OpenOptions = {}): Promise<Opened> {
  const page = await openReader(browser, search, { ...options, clipboard: true });
  return { page, errors: page.errors };
}

const byId = (id: string) => `[id="${id}"]`;

const param = (page: Page, name: string) => new URL(page.url()).searchParams.get(name);

/** The rows of an expanded source: [print page, cited pages, form] as the panel prints them. */
async function passageRows(page: Page): Promise<string[][]> {
  return page
    .locator('.source-item.is-expanded .citing-passage .citing-meta')
    .evaluateAll((metas) =>
      metas.map((meta) => [...meta.children].map((part) => part.textContent ?? '')),
    );
}

/** Serious and critical axe-core violations of the page as it is now. */
async function axeViolations(page: Page): Promise<string[]> {
  return (await axeReport(page)).serious;
}

// axe-core over the whole reader takes tens of seconds on a loaded machine.
const AXE_TIMEOUT = 180_000;

/** Opens the passage menu of a block (its ¶ button) and waits for the citation strings. */
async function openCiteMenu(page: Page, blockId: string): Promise<void> {
  await page.locator(byId(blockId)).hover();
  await page.locator(`${byId(blockId)} > .passage-button`).click();
  await page.locator('.cite-passage .cite-style').first().waitFor();
}

async function copyAndRead(page: Page, buttonName: string): Promise<string> {
  await page.getByRole('button', { name: buttonName }).click();
  await page.getByRole('button', { name: 'Copied' }).first().waitFor();
  return page.evaluate(() => navigator.clipboard.readText());
}

describe('citation lookup in Chromium', () => {
  it('picks Kuik 2008 in the Sources panel, goes to a passage and copies its Chicago citation', async () => {
    const { page, errors } = await open();
    await page.getByRole('tab', { name: 'Sources' }).click();
    await page.getByRole('button', { name: /^Kuik 2008/u }).click();
    expect(param(page, 'source')).toBe('kuik-2008');
    // source.txt: Kuik 2008 is cited 7 times (lines 46–48, 315, 335, 370, 570, 579, 621).
    expect(await page.locator('.source-item.is-expanded .citing-passage').count()).toBe(7);
    await screenshot(page, 'citations-sources-kuik');

    // 「（Kuik 2008, 164）」 on p. 149 (line 315), the second passage.
    const rows = await passageRows(page);
    expect(rows[1]).toEqual(['p. 149', 'cites p. 164', 'parenthetical']);
    await page.locator('.source-item.is-expanded .citing-passage a').nth(1).click();
    expect(param(page, 'block')).toBe('s2.1-p7');
    const linked = page.locator(`${byId('s2.1-p7')} .mark-linked`);
    expect((await linked.allTextContents()).join('')).toBe('Kuik 2008, 164');
    expect(await inViewport(page, `${byId('s2.1-p7')} .mark-linked`)).toBe(true);
    expect(param(page, 'panel')).toBe('sources');
    await screenshot(page, 'citations-kuik-passage');

    await openCiteMenu(page, 's2.1-p7');
    expect(await page.locator('.cite-pages').textContent()).toBe('Print page 149');
    await screenshot(page, 'citations-cite-menu');
    const chicago = await copyAndRead(page, 'Copy the Chicago author-date citation');
    expect(chicago.split('\n')).toEqual([
      expect.stringMatching(/^Nguyen Cong Tung 阮功松\. 2020\. “從「避險」到「軟制衡」/u),
      '(Nguyen 2020, 149)',
      expect.stringMatching(/\?doc=nguyen-2020&block=s2\.1-p7$/u),
    ]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('answers where the article cites Pape 2005, on which pages, for which of Pape’s pages', async () => {
    const { page } = await open('?panel=sources');
    await page.getByRole('button', { name: /^Pape 2005/u }).click();
    // source.txt lines 358–359, 362–363, 368, 374, 396 (p. 150) and 1674–1675 (p. 174).
    expect(await passageRows(page)).toEqual([
      ['p. 150', 'cites p. 10', 'parenthetical'],
      ['p. 150', 'cites p. 17', 'parenthetical'],
      ['p. 150', 'cites p. 17', 'parenthetical'],
      ['p. 150', 'cites pp. 36-38', 'narrative'],
      ['p. 150', 'cites p. 43', 'narrative'],
      ['p. 174', 'cites p. 38', 'narrative'],
    ]);
    expect(
      await page.locator('.source-item.is-expanded .citing-passage mark').allTextContents(),
    ).toEqual([
      'Pape 2005, 10',
      'Pape 2005, 17',
      'Pape 2005, 17',
      'Pape（2005, 36-38）',
      'Pape（2005, 43）',
      'Pape（2005, 38）',
    ]);
    await page.locator('.source-item.is-expanded .citing-passage a').last().click();
    expect(param(page, 'block')).toBe('s4.4-p9');
    const linked = await page.locator(`${byId('s4.4-p9')} .mark-linked`).allTextContents();
    expect(linked.join('')).toBe('Pape（2005, 38）');
    await screenshot(page, 'citations-pape');
    await page.context().close();
  });

  it('cites the “three noes” paragraph with p. 166 in both styles', async () => {
    // 「越南國防政策素有「三不」之說」: source.txt line 1243, the 23rd page start after p. 143.
    const { page } = await open('?block=s4.2-p6');
    await openCiteMenu(page, 's4.2-p6');
    const inText = await page.locator('.cite-in-text [data-content]').allTextContents();
    expect(inText).toEqual(['(Nguyen 2020, 166)', '(Nguyen, 2020, p. 166)']);
    const apa = await copyAndRead(page, 'Copy the APA 7 citation');
    expect(apa).toContain('(Nguyen, 2020, p. 166)');
    expect(apa).toContain('問題與研究, 59(1), 143–180.');
    await page.context().close();
  });

  it('cites a selection that crosses a page break with the page range', async () => {
    // 「Vuving \n 2017」: the citation breaks across pages 159–160 (the page starting with 「2017」).
    const { page } = await open('?block=s3-p6');
    const marker = page.locator(`${byId('s3-p6')} .page-marker`);
    expect(await marker.getAttribute('data-page')).toBe('160');
    // Select from the citation's first word, across the page marker, into the year after it.
    const selected = await page.evaluate(() => {
      const markerEl = document.querySelector('[id="s3-p6"] .page-marker');
      const before = markerEl?.previousElementSibling?.firstChild;
      const after = markerEl?.nextElementSibling?.firstChild;
      if (!before || !after) throw new Error('no text around the page break');
      const range = document.createRange();
      range.setStart(before, 0);
      range.setEnd(after, 2);
      const selection = window.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
      return selection?.toString();
    });
    expect(selected?.replace(/\s+/gu, ' ')).toBe('Vuving 20');
    await page.locator('.selection-button').click();
    await page.locator('.cite-passage .cite-style').first().waitFor();
    expect(await page.locator('.cite-pages').textContent()).toBe(
      'Print pages 159–160 (the passage crosses a page break)',
    );
    expect(await page.locator('.cite-in-text [data-content]').allTextContents()).toEqual([
      '(Nguyen 2020, 159–60)',
      '(Nguyen, 2020, pp. 159–160)',
    ]);
    await screenshot(page, 'citations-cite-selection');
    await page.context().close();
  });

  it('opens a citation’s card from the text and its work in the Sources panel', async () => {
    const { page } = await open('?block=s2.1-p7');
    await page.locator(`${byId('s2.1-p7')} .mark-citation`, { hasText: 'Kuik 2008, 164' }).click();
    const card = page.locator('.mark-card');
    await card.waitFor();
    expect(await card.locator('.citation-card-label').textContent()).toBe('Kuik 2008');
    expect(await card.textContent()).toContain('Cited 7 times in the article');
    expect(await card.locator('.citation-card-this .citing-meta > *').allTextContents()).toEqual([
      'p. 149',
      'cites p. 164',
      'parenthetical',
    ]);
    expect(await card.textContent()).toContain('inferred from the citation key');
    await screenshot(page, 'citations-card');
    await card.getByRole('button', { name: 'Show in the Sources panel' }).click();
    expect(param(page, 'panel')).toBe('sources');
    expect(param(page, 'source')).toBe('kuik-2008');
    expect(await page.locator('.source-item.is-expanded .source-label').textContent()).toBe(
      'Kuik 2008',
    );
    expect(await inViewport(page, '.source-item.is-expanded')).toBe(true);
    await page.context().close();
  });

  it('says which Vietnamese outlets the article relies on and how often, and keeps filters in the URL', async () => {
    const { page } = await open('?panel=sources');
    // source.txt: 「VnExpress 20…」 occurs 8 times, 「Dan Tri 20…」 6 times, 「VietnamNet」 5 times.
    const outlets = await page.locator('.outlet-list li').allTextContents();
    expect(outlets.slice(0, 3)).toEqual([
      'VnExpress 8 citations (7 works)',
      'Dân Trí 6 citations (5 works)',
      'VietNamNet 5 citations (5 works)',
    ]);
    await page.getByRole('button', { name: 'List only these' }).click();
    expect(param(page, 'source-kind')).toBe('news-media');
    expect(param(page, 'source-lang')).toBe('vi');
    await page.getByLabel('Sort', { exact: true }).selectOption('count');
    expect(param(page, 'source-sort')).toBe('count');
    const labels = await page.locator('.source-label').allTextContents();
    expect(labels.length).toBeGreaterThan(20);
    expect(labels.every((l) => !/Kuik|Pape|吳玉山/u.test(l))).toBe(true);
    await screenshot(page, 'citations-vietnamese-media');

    await page.reload();
    await page.locator('.source-list').waitFor();
    expect(await page.getByLabel('Kind', { exact: true }).inputValue()).toBe('news-media');
    expect(await page.getByLabel('Language', { exact: true }).inputValue()).toBe('vi');
    expect(await page.getByLabel('Sort', { exact: true }).inputValue()).toBe('count');
    expect(await page.locator('.source-label').allTextContents()).toEqual(labels);
    await page.goBack();
    await page.waitForFunction(() => !new URL(location.href).searchParams.has('source-sort'));
    expect(await page.getByLabel('Sort', { exact: true }).inputValue()).toBe('name');
    await page.context().close();
  });

  it.each([
    ['light', {}],
    ['dark', { dark: true }],
  ])(
    'has no serious axe violations with the panel, a card and the cite menu (%s)',
    async (theme, options) => {
      const { page } = await open('?panel=sources&source=dan-tri-2018c&block=s4.2-p6', options);
      await page.locator('.source-item.is-expanded').waitFor();
      // The panel is open in both checks.
      await page
        .locator(`${byId('s4.2-p6')} .mark-citation`)
        .first()
        .click();
      await page.locator('.mark-card').waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, `citations-card-${theme}`);
      await page.keyboard.press('Escape');
      await openCiteMenu(page, 's4.2-p6');
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, `citations-cite-menu-${theme}`);
      await page.context().close();
    },
    AXE_TIMEOUT,
  );

  it(
    'fits a 390-px phone with the Sources panel open, axe-clean',
    async () => {
      const { page } = await open('?panel=sources&source=kuik-2008', { width: 390, height: 844 });
      await page.getByRole('button', { name: 'Show panels' }).click();
      await page.locator('.source-item.is-expanded').waitFor();
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
      ).toBeLessThanOrEqual(0);
      const panel = page.locator('.panel-body');
      expect(await panel.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
      await screenshot(page, 'citations-phone-sources');
      expect(await axeViolations(page)).toEqual([]);
      await page.context().close();
    },
    AXE_TIMEOUT,
  );
});
