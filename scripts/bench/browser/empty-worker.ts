// A module worker that answers every message at once (the benchmark's start-up baseline).
const scope = globalThis as unknown as {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
};
scope.addEventListener('message', (event) => scope.postMessage(event.data));
