import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, screenshot } from './browser';

describe('the production build in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('shows the first paragraph of the article', async () => {
    const page = await browser.newPage();
    await page.goto(inject('baseUrl'));
    const first = page.locator('[id="s1-p1"]');
    await first.waitFor();
    expect(await first.textContent()).toContain('學界一般認為，冷戰結束之後');
    await screenshot(page, 'smoke-first-paragraph');
    await page.close();
  });
});
