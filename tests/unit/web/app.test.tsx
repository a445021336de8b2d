// @vitest-environment jsdom
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import {
  literalStrings,
  makeI18n,
  markerResources,
  renderApp,
  setUpReaderTests,
} from './render-app';

setUpReaderTests();

describe('the reader in jsdom', () => {
  it('renders no interface string that is not from the locale files', async () => {
    const i18n = await makeI18n('en', markerResources());
    for (const search of ['?block=fn-6', '?panel=abstract', '?block=nope', '?page=170']) {
      const { container, root } = await renderApp(search, i18n);
      expect(literalStrings(container), search).toEqual([]);
      act(() => root.unmount());
    }
  });

  it('shows the document with tables, footnotes and the appendix', async () => {
    const { container, root } = await renderApp('', await makeI18n('en'));
    expect(container.querySelector('#s1-p1')?.textContent).toContain('學界一般認為，冷戰結束之後');
    const cells = [...container.querySelectorAll('#table-1 th, #table-1 td')].map(
      (c) => c.textContent,
    );
    expect(cells).toEqual([
      '',
      '懲罰性因素',
      '激勵性因素',
      '中國的壓力和威脅強',
      '中國的壓力和威脅弱',
      '美國的支持強',
      '軟制衡（自2014年至今）',
      '未發生',
      '美國的支持弱',
      '避險（2008年初至2013年左右）',
      '避險（1991年至2007年）',
    ]);
    expect(container.querySelectorAll('#table-2 tbody tr')).toHaveLength(2);
    expect(container.querySelectorAll('.block-timeline-entry')).toHaveLength(39);
    expect(container.querySelectorAll('.page-marker')).toHaveLength(38);
    expect(
      container.querySelector('#page-156')?.nextElementSibling?.textContent?.startsWith('路」項目'),
    ).toBe(true);
    expect(container.querySelector('#figure-1 .figure-missing')).not.toBeNull();
    act(() => root.unmount());
  });

  it('opens footnote 6 in place and closes it with Escape', async () => {
    const { container, root } = await renderApp('?block=s3-p6', await makeI18n('en'));
    const marker = container.querySelector<HTMLButtonElement>('#fnref-6');
    expect(marker).not.toBeNull();
    act(() => marker?.click());
    const dialog = document.querySelector('[role="dialog"]');
    expect(dialog?.textContent).toContain(
      'Nam quốc sơn hà Nam đế cư-Tiệt nhiên phận định tại thiên thư',
    );
    expect(dialog?.querySelector('[lang="vi"]')?.textContent).toBe(
      'Nam quốc sơn hà Nam đế cư-Tiệt nhiên phận định tại thiên thư',
    );
    act(() => {
      document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    });
    expect(document.querySelector('[role="dialog"]')).toBeNull();
    expect(document.activeElement).toBe(marker);
    act(() => root.unmount());
  });

  it('highlights the block a link names, and says when a link is broken', async () => {
    let rendered = await renderApp('?block=table-2', await makeI18n('en'));
    expect(rendered.container.querySelector('.is-targeted')?.id).toBe('table-2');
    act(() => rendered.root.unmount());
    rendered = await renderApp('?page=999', await makeI18n('vi'));
    expect(rendered.container.querySelector('[role="status"]')?.textContent).toContain(
      'không có trang 999',
    );
    expect(rendered.container.querySelector('#s1-p1')).not.toBeNull();
    act(() => rendered.root.unmount());
  });

  it('follows the back button through the URL', async () => {
    const { container, root } = await renderApp('?block=s1-p1', await makeI18n('zh-Hant'));
    const link = [...container.querySelectorAll<HTMLAnchorElement>('.toc a')].find((a) =>
      a.textContent?.includes('結論'),
    );
    act(() => link?.click());
    expect(window.location.search).toContain('block=s5-h');
    expect(container.querySelector('.is-targeted')?.id).toBe('s5-h');
    await act(async () => {
      window.history.back();
      await new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
    });
    expect(container.querySelector('.is-targeted')?.id).toBe('s1-p1');
    act(() => root.unmount());
  });
});
