/** Launches Debian's Chromium through Playwright (no downloaded browser) and saves screenshots. */
import { mkdirSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';
import { inject } from 'vitest';

const EXECUTABLE = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOT_DIR = new URL('../../test-results/screenshots/', import.meta.url).pathname;

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: EXECUTABLE,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Saves a full-page screenshot as a test artefact under test-results/screenshots/. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = `${SCREENSHOT_DIR}${name}.png`;
  await page.screenshot({ path, fullPage: false });
  return path;
}

/** A page of the reader, with the page errors and console errors it has logged so far. */
export type ReaderPage = Page & { errors: string[] };

export interface OpenOptions {
  width?: number;
  height?: number;
  dark?: boolean;
  locale?: string;
  /** Let the page read and write the clipboard (copy buttons). */
  clipboard?: boolean;
}

/** Opens the served build at `search` in a fresh context and waits for the first paragraph. */
export async function openReader(
  browser: Browser,
  search = '',
  options: OpenOptions = {},
): Promise<ReaderPage> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: options.height ?? 860 },
    colorScheme: options.dark ? 'dark' : 'light',
    locale: options.locale ?? 'en-US',
  });
  if (options.clipboard) {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: new URL(inject('baseUrl')).origin,
    });
  }
  const page = (await context.newPage()) as ReaderPage;
  page.errors = [];
  page.on('pageerror', (error) => page.errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') page.errors.push(message.text());
  });
  await page.goto(`${inject('baseUrl')}${search}`);
  await page.locator('[id="s1-p1"]').waitFor();
  return page;
}

/** axe-core on the page (or one region of it): how many rules passed, and each serious or critical violation in one line. */
export async function axeReport(
  page: Page,
  region?: string,
): Promise<{ passes: number; serious: string[] }> {
  const builder = new AxeBuilder({ page });
  const results = await (region ? builder.include(region) : builder).analyze();
  return {
    passes: results.passes.length,
    serious: results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.length} × ${v.nodes[0]?.target.join(' ')}`),
  };
}

/** How far the page scrolls sideways (≤ 0: it does not). */
export function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

/** Whether the first element the selector finds is at least partly on screen. */
export function inViewport(page: Page, selector: string): Promise<boolean> {
  return page
    .locator(selector)
    .first()
    .evaluate((el) => {
      const rect = el.getBoundingClientRect();
      return rect.bottom > 0 && rect.top < window.innerHeight;
    });
}
