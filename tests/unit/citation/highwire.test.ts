/** Highwire `citation_*` meta tags: built from the metadata, and written into index.html by Vite. */
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { buildHighwireTags, renderMetaTags } from '../../../app/citation/highwire';
import { highwireMetaTags } from '../../../app/citation/highwire-vite-plugin';
import { realDocument } from '../../helpers/real-document';

const metadata = realDocument().metadata;

// Google Scholar's inclusion guidelines name these tags; the values are metadata.json's, as printed.
const EXPECTED = [
  ['citation_title', '從「避險」到「軟制衡」：美國的策略如何改變越南的中國政策，2014∼2019'],
  ['citation_author', '阮功松'],
  ['citation_publication_date', '2020/03'],
  ['citation_journal_title', '問題與研究'],
  ['citation_volume', '59'],
  ['citation_issue', '1'],
  ['citation_firstpage', '143'],
  ['citation_lastpage', '180'],
  ['citation_publisher', '國立政治大學國際關係研究中心'],
  ['citation_language', 'zh-Hant'],
  ['citation_keywords', '越中關係'],
  ['citation_keywords', '美國'],
  ['citation_keywords', '避險'],
  ['citation_keywords', '軟制衡'],
  ['citation_keywords', '越南'],
];

describe('Highwire citation meta tags', () => {
  it('describe the article from its metadata', () => {
    expect(buildHighwireTags(metadata).map(({ name, content }) => [name, content])).toEqual(
      EXPECTED,
    );
  });

  it('render as HTML a browser parses back to the same values, quotes and all', () => {
    const tricky = { ...metadata, csl: { ...metadata.csl, title: 'A "quoted" <title> & more' } };
    const html = renderMetaTags(buildHighwireTags(tricky));
    const head = new JSDOM(`<!doctype html><head>${html}</head>`).window.document.head;
    expect(head.querySelector('meta[name="citation_title"]')?.getAttribute('content')).toBe(
      'A "quoted" <title> & more',
    );
    expect(head.querySelectorAll('meta')).toHaveLength(EXPECTED.length);
  });

  it('are what the Vite plugin injects into the head of index.html', () => {
    const plugin = highwireMetaTags();
    const hook = plugin.transformIndexHtml;
    const transform =
      typeof hook === 'function' ? hook : hook && 'handler' in hook ? hook.handler : undefined;
    const html = readFileSync(new URL('../../../app/web/index.html', import.meta.url), 'utf8');
    const injected = transform?.call({} as never, html, {
      path: '/index.html',
      filename: 'index.html',
    });
    expect(injected).toEqual(
      EXPECTED.map(([name, content]) => ({
        tag: 'meta',
        attrs: { name, content },
        injectTo: 'head',
      })),
    );
  });

  it('are part of vite.config.ts', () => {
    const config = readFileSync(new URL('../../../vite.config.ts', import.meta.url), 'utf8');
    expect(config).toMatch(/plugins: \[[^\]]*highwireMetaTags\(\)/u);
  });
});
