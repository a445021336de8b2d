/**
 * Reader state worth sharing lives in the URL query: `?doc=…&block=…&start=…&end=…&page=…&panel=…`
 * (plus whatever panels add, such as a search query). Pure functions, no DOM.
 */

export interface UrlState {
  doc: string | null;
  block: string | null;
  /** A selection inside `block`, in code points. */
  start: number | null;
  end: number | null;
  page: number | null;
  panel: string | null;
  /** Any other parameter (panels own them: `q`, filters…), kept verbatim. */
  extra: Record<string, string>;
}

const KNOWN = ['doc', 'block', 'start', 'end', 'page', 'panel'] as const;

/** Reads the state from a query string; malformed numbers stay as NaN for the resolver to report. */
export function parseUrlState(search: string): UrlState {
  const params = new URLSearchParams(search);
  const number = (key: string) => {
    const value = params.get(key);
    if (value === null || value === '') return null;
    return /^\d+$/u.test(value) ? Number(value) : Number.NaN;
  };
  const extra: Record<string, string> = {};
  params.forEach((value, key) => {
    if (!(KNOWN as readonly string[]).includes(key)) extra[key] = value;
  });
  return {
    doc: params.get('doc'),
    block: params.get('block'),
    start: number('start'),
    end: number('end'),
    page: number('page'),
    panel: params.get('panel'),
    extra,
  };
}

/** Writes the state as a query string (with its leading `?`, or empty). */
export function formatUrlState(state: UrlState): string {
  const params = new URLSearchParams();
  if (state.doc) params.set('doc', state.doc);
  if (state.block) params.set('block', state.block);
  if (state.start !== null && state.end !== null) {
    params.set('start', String(state.start));
    params.set('end', String(state.end));
  }
  if (state.page !== null) params.set('page', String(state.page));
  if (state.panel) params.set('panel', state.panel);
  for (const [key, value] of Object.entries(state.extra)) if (value !== '') params.set(key, value);
  const query = params.toString();
  return query ? `?${query}` : '';
}

export const EMPTY_STATE: UrlState = {
  doc: null,
  block: null,
  start: null,
  end: null,
  page: null,
  panel: null,
  extra: {},
};
