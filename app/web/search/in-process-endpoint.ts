/**
 * Two connected message endpoints in one thread, for browsers (and jsdom) without module workers:
 * messages are structured-cloned and delivered on a later task, as a worker's would be, so the
 * client behaves the same; only the work is no longer off the main thread.
 */
import type { MessageEndpoint } from '../../search';

type Listener = (event: { data: unknown }) => void;

/** A pair of endpoints: what one posts, the other receives. */
export function endpointPair(): [MessageEndpoint, MessageEndpoint] {
  const listeners: [Set<Listener>, Set<Listener>] = [new Set(), new Set()];
  const endpoint = (own: number): MessageEndpoint => ({
    postMessage(message) {
      const data = structuredClone(message);
      const other = listeners[1 - own] as Set<Listener>;
      setTimeout(() => {
        for (const listener of other) listener({ data });
      }, 0);
    },
    addEventListener: (_type, listener) => void listeners[own]?.add(listener),
    removeEventListener: (_type, listener) => void listeners[own]?.delete(listener),
  });
  return [endpoint(0), endpoint(1)];
}
