import { describe, expect, it } from 'vitest';
import { resolveLocation } from '../../../app/web/state/resolve-location';
import { formatUrlState, parseUrlState } from '../../../app/web/state/url-state';
import { realDocument } from '../../helpers/real-document';

describe('URL state', () => {
  it('round-trips what a reader shares', () => {
    const search =
      '?doc=nguyen-2020&block=s2.3.1-p4&start=3&end=9&panel=search&q=%E8%BB%9F%E5%88%B6%E8%A1%A1';
    const state = parseUrlState(search);
    expect(state).toMatchObject({
      doc: 'nguyen-2020',
      block: 's2.3.1-p4',
      start: 3,
      end: 9,
      panel: 'search',
    });
    expect(state.extra).toEqual({ q: '軟制衡' });
    expect(parseUrlState(formatUrlState(state))).toEqual(state);
  });

  it('resolves a block, a range and a page of the real article', () => {
    const docs = [realDocument()];
    expect(resolveLocation(parseUrlState('?block=fn-6'), docs).target).toEqual({
      kind: 'block',
      blockId: 'fn-6',
      range: null,
    });
    expect(resolveLocation(parseUrlState('?block=s1-p1&start=0&end=6'), docs).target).toEqual({
      kind: 'block',
      blockId: 's1-p1',
      range: { start: 0, end: 6 },
    });
    expect(resolveLocation(parseUrlState('?page=162'), docs).target).toEqual({
      kind: 'page',
      page: 162,
    });
  });

  it.each([
    ['?doc=nope', 'unknownDocument'],
    ['?block=s9-p9', 'unknownBlock'],
    ['?page=999', 'unknownPage'],
    ['?page=abc', 'unknownPage'],
    ['?block=s1-p1&start=5&end=2', 'badRange'],
    ['?block=s1-p1&start=0&end=99999', 'badRange'],
  ])('falls back with a notice for a malformed link %s', (search, reason) => {
    const location = resolveLocation(parseUrlState(search), [realDocument()]);
    expect(location.notice?.reason).toBe(reason);
    expect(location.document?.id).toBe('nguyen-2020');
  });
});
