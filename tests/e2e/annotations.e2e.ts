// Browser tests of the annotation layers in the reader: highlights, legend, cards, outline, glossary.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDocument } from '../../corpus/load/node-loader';
import { readLayer } from '../helpers/layer-json';
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

const claims = readLayer('claim');
const evidence = readLayer('evidence');
const claim = (local: string) => {
  const found = claims.find((c) => c.local === local);
  if (!found) throw new Error(`no claim ${local}`);
  return found;
};

async function open(search: string, options: OpenOptions = {}): Promise<ReaderPage> {
  const page = await openReader(browser, search, options);
  // The legend shows counts once the annotation chunk has loaded.
  await page.locator('.anno-toggle-count').first().waitFor();
  return page;
}

const params = (page: Page) => new URL(page.url()).searchParams;
const linkedText = (page: Page, blockId: string) =>
  page
    .locator(`[id="${blockId}"] .mark-linked`)
    .evaluateAll((spans) => spans.map((s) => s.textContent).join(''));

describe('annotations in the reader (Chromium)', () => {
  it('follows the thesis to a claim and the claim to its evidence by clicking', async () => {
    const page = await open('?panel=outline&layers=claim,evidence');
    const thesis = claim('thesis');
    await page.locator(`.outline-claim[data-claim="${thesis.id}"] > a`).click();
    expect(params(page).get('block')).toBe(thesis.blockId);
    expect(await linkedText(page, thesis.blockId)).toBe(thesis.exact);
    expect(await inViewport(page, '.mark-linked')).toBe(true);

    // From the outline to a sub-claim: the punitive factor of 貳三（二）.
    const punitive = claim('c-punitive-factor');
    await page.locator(`.outline-claim[data-claim="${punitive.id}"] > a`).click();
    expect([params(page).get('block'), params(page).get('start')]).toEqual([
      punitive.blockId,
      String(punitive.start),
    ]);
    expect(await linkedText(page, punitive.blockId)).toBe(punitive.exact);
    await screenshot(page, 'annotations-outline-claim');

    // From the claim's highlight in the text to its card, and on to its first evidence.
    await page
      .locator(`[id="${punitive.blockId}"] [data-marks~="claim:${punitive.id}"]`)
      .first()
      .click();
    const card = page.locator(`.anno-card-claim[data-claim="${punitive.id}"]`);
    await card.waitFor();
    const supporting = evidence.filter((e) => e.links.includes(punitive.id));
    expect(await card.locator('[data-evidence]').count()).toBe(supporting.length);
    await screenshot(page, 'annotations-claim-card');
    const first = supporting[0];
    if (!first) throw new Error('c-punitive-factor has no evidence');
    await card.locator(`[data-evidence="${first.id}"] a`).click();
    expect([params(page).get('block'), params(page).get('start')]).toEqual([
      first.blockId,
      String(first.start),
    ]);
    expect(await linkedText(page, first.blockId)).toBe(first.exact);
    expect(await inViewport(page, `[id="${first.blockId}"] .mark-linked`)).toBe(true);

    // And back through the outline: the same evidence under the claim's disclosure.
    const item = page.locator(`.outline-claim[data-claim="${punitive.id}"]`);
    await item.locator(':scope > .outline-disclosure').click();
    await item.locator(`[data-evidence="${supporting.at(-1)?.id}"] a`).click();
    expect(params(page).get('block')).toBe(supporting.at(-1)?.blockId);
    expect(page.errors).toEqual([]);
    await page.context().close();
  });

  it('toggles each layer from the legend, by mouse and keyboard, in the URL', async () => {
    const page = await open('?block=s4.4-p4');
    const claimMarks = () => page.locator('#s4\\.4-p4 .mark-claim').count();
    expect(await claimMarks()).toBe(0);
    await page.getByRole('button', { name: /^Claims/u }).click();
    expect(await claimMarks()).toBeGreaterThan(0);
    expect(params(page).get('layers')).toBe('claim,vietnamese,editorial');
    const terms = page.getByRole('button', { name: /^Terms/u });
    await terms.focus();
    await page.keyboard.press('Space');
    expect(await terms.getAttribute('aria-pressed')).toBe('true');
    await page.getByRole('button', { name: /^Evidence/u }).focus();
    await page.keyboard.press('Enter');
    expect(params(page).get('layers')).toBe('claim,evidence,term,vietnamese,editorial');
    expect(await page.locator('.mark-claim.mark-term').count()).toBeGreaterThan(0);
    await screenshot(page, 'annotations-highlights-light');
    await page.getByRole('button', { name: /^Claims/u }).click();
    expect(await claimMarks()).toBe(0);
    await page.reload();
    await page.locator('.anno-toggle-count').first().waitFor();
    expect(
      await page.getByRole('button', { name: /^Evidence/u }).getAttribute('aria-pressed'),
    ).toBe('true');
    await page.context().close();

    const dark = await open('?block=s4.4-p4&layers=claim,evidence,term', { dark: true });
    await screenshot(dark, 'annotations-highlights-dark');
    await dark.context().close();
  });

  it('lists every occurrence of 軟制衡 in the glossary and reaches each one', async () => {
    const { document } = loadDocument('nguyen-2020');
    const expected =
      document?.blocks.flatMap((b) =>
        [...b.text.matchAll(/軟制衡/gu)].map(
          (m) => `${b.id}@${Array.from(b.text.slice(0, m.index)).length}`,
        ),
      ) ?? [];
    expect(expected).toHaveLength(31);

    const page = await open('?panel=glossary');
    await page.locator('[data-term="soft-balancing"] .glossary-toggle').click();
    expect(params(page).get('term')).toBe('soft-balancing');
    const rows = page.locator('.glossary-entry .concordance-line', {
      has: page.locator('.kwic-keyword', { hasText: /^軟制衡$/u }),
    });
    const found = await rows.evaluateAll((lis) =>
      lis.map((li) => {
        const href = new URLSearchParams(li.querySelector('a')?.getAttribute('href') ?? '');
        return `${href.get('block')}@${href.get('start')}`;
      }),
    );
    expect(found).toEqual(expected);
    await screenshot(page, 'annotations-glossary');
    for (let i = 0; i < expected.length; i++) {
      await rows.nth(i).locator('a').click();
      const [blockId] = (expected[i] ?? '').split('@');
      expect(`${params(page).get('block')}@${params(page).get('start')}`).toBe(expected[i]);
      expect(await linkedText(page, blockId ?? '')).toBe('軟制衡');
    }
    await page.context().close();
  });

  it.each([
    ['light, wide, outline and a card', { width: 1280 }, '?panel=outline', true],
    ['dark, wide, glossary', { width: 1280, dark: true }, '?panel=glossary&term=balancing', false],
    ['phone, outline', { width: 390, height: 844 }, '?panel=outline', false],
    ['phone, glossary', { width: 390, height: 844 }, '?panel=glossary&term=hedging', false],
  ])(
    'has no serious or critical axe violations and no horizontal scroll (%s)',
    async (name, options, panel, withCard) => {
      const page = await open(
        `?block=s4.4-p4&layers=claim,evidence,term${panel.replace('?', '&')}`,
        options,
      );
      if (options.width < 900) await page.getByRole('button', { name: 'Show panels' }).click();
      await page.locator('.panel-body .outline-panel, .panel-body .glossary-panel').waitFor();
      if (withCard) {
        await page.locator('#s4\\.4-p4 .mark-claim.mark-term').first().click();
        await page.locator('.mark-card .anno-card').first().waitFor();
      }
      expect((await axeReport(page)).serious).toEqual([]);
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      await screenshot(page, `annotations-${name.replace(/[^a-z]+/gu, '-')}`);
      await page.context().close();
    },
    // axe checks the contrast of every highlighted span of the article: it takes its time.
    120000,
  );

  it('fits a 390-px phone with the highlights and a card open', async () => {
    const page = await open('?block=s1-p4&layers=claim,evidence,term', {
      width: 390,
      height: 844,
    });
    await page.locator('#s1-p4 .mark-term', { hasText: '軟制衡' }).first().click();
    await page.locator('.anno-card-term').waitFor();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await screenshot(page, 'annotations-phone-card');
    await page.getByRole('button', { name: /Every occurrence in the glossary/u }).click();
    await page.locator('[data-term="soft-balancing"] .glossary-entry').waitFor();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await screenshot(page, 'annotations-phone-glossary');
    await page.context().close();
  });
});
