// The worker protocol end to end, over a real MessageChannel (structured clone included): the
// client on one port, the worker host on the other — as in the browser, without a browser.
import { MessageChannel } from 'node:worker_threads';
import { afterAll, describe, expect, it } from 'vitest';
import { createSearchClient } from '../../../app/search/client';
import type { WorkerRequest } from '../../../app/search/protocol';
import { recordsFromDocument } from '../../../app/search/records/search-record';
import { createWorkerHost } from '../../../app/search/worker-host';
import { codePointIndexOf, blockById, realDocument } from '../../helpers/real-document';
import { plainCount, scanBlocks } from '../../helpers/search';

const channel = new MessageChannel();
const replies: unknown[] = [];
const handle = createWorkerHost({
  post: (reply) => {
    replies.push(reply);
    channel.port2.postMessage(reply);
  },
  // Index building runs only when the test says so (drainIndexing), so "before the index is
  // complete" is a state the test controls rather than a race.
  schedule: (task) => tasks.push(task),
});
const tasks: (() => void)[] = [];
const drainIndexing = () => {
  while (tasks.length) tasks.shift()?.();
};
channel.port2.on('message', (request: WorkerRequest) => handle(request));
const client = createSearchClient(channel.port1 as never);

afterAll(() => {
  client.dispose();
  channel.port1.close();
  channel.port2.close();
});

describe('search client ↔ worker', () => {
  it('refuses to search before records are loaded', async () => {
    await expect(client.search({ query: '越南' })).rejects.toThrow(/no records loaded/u);
  });

  it('answers while the index is still being built, and says when it is complete', async () => {
    const stats = await client.load(recordsFromDocument(realDocument()));
    expect(stats.records).toBe(realDocument().blocks.length);
    expect(stats.indexComplete).toBe(false);
    const early = await client.search({ query: '越南' });
    const earlySummary = await client.summary(early.resultId);
    expect(earlySummary.plan).toMatch(/still being built/u);
    drainIndexing();
    const done = await client.indexed();
    expect(done.indexComplete).toBe(true);
    const late = await client.summary((await client.search({ query: '越南' })).resultId);
    expect(late.plan).toMatch(/^driver/u);
    expect(late.total).toBe(earlySummary.total);
    expect(late.total).toBe(scanBlocks((t) => plainCount(t, '越南')).size);
  });

  it('loads, searches, pages, summarises and highlights', async () => {
    await client.load(recordsFromDocument(realDocument()));
    drainIndexing();
    await client.indexed();

    const response = await client.search({ query: 'Bien Dong' });
    expect(response.info.query).toBe('Bien Dong');
    expect(response.page.hits.map((h) => h.blockId)).toEqual(['s1-p2']);

    const first = await client.search({ query: '越南', pageSize: 10 });
    expect(first.page.hits).toHaveLength(10);
    expect(first.page.complete).toBe(false);
    const second = await client.page(first.resultId, 1);
    expect(second.hits[0]?.blockId).not.toBe(first.page.hits[9]?.blockId);
    const summary = await client.summary(first.resultId);
    expect(summary.total).toBe(scanBlocks((t) => plainCount(t, '越南')).size);

    const block = blockById('s1-p2');
    const ranges = await client.occurrences('nguyen-2020#s1-p2', 'Biển Đông');
    expect(ranges[0]?.start).toBe(codePointIndexOf(block.text, 'Biển'));

    await client.release(first.resultId);
    await expect(client.page(first.resultId, 0)).rejects.toThrow(/no longer available/u);
  });

  it('gives every occurrence of every hit, for the reader to highlight', async () => {
    await client.load(recordsFromDocument(realDocument()));
    drainIndexing();
    await client.indexed();
    const bien = await client.search({ query: 'Bien Dong' });
    const at = codePointIndexOf(blockById('s1-p2').text, 'Biển Đông');
    expect(await client.hitRanges(bien.resultId)).toEqual([
      { recordId: 'nguyen-2020#s1-p2', blockId: 's1-p2', ranges: [{ start: at, end: at + 9 }] },
    ]);
    const vietnam = await client.hitRanges((await client.search({ query: '越南' })).resultId);
    const expected = scanBlocks((t) => plainCount(t, '越南'));
    expect(new Map(vietnam.map((h) => [h.blockId, h.ranges.length]))).toEqual(expected);
    for (const hit of vietnam) {
      const text = blockById(hit.blockId).text;
      const chars = Array.from(text);
      for (const r of hit.ranges) expect(chars.slice(r.start, r.end).join('')).toBe('越南');
    }
  });

  it('reports a malformed request as an error reply, not a crash', () => {
    handle({ type: 'bogus', id: 7 } as unknown as WorkerRequest);
    expect(replies.at(-1)).toEqual({ type: 'error', id: 7, message: 'unknown request "bogus"' });
  });
});
