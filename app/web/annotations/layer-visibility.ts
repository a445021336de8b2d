/**
 * Which annotation layers the reading pane highlights: the URL parameter `layers` (a comma list,
 * or `none`); without it, the light layers that correct or identify (editorial, vietnamese).
 */
import { LAYERS } from '../../../annotations/model/annotation';
import type { Layer } from '../../../annotations/model/annotation';

export const LAYERS_PARAM = 'layers';
export const DEFAULT_VISIBLE: readonly Layer[] = ['editorial', 'vietnamese'];

/** The visible layers for the given URL extras. */
export function visibleLayers(extra: Record<string, string>): Set<Layer> {
  const value = extra[LAYERS_PARAM];
  if (value === undefined) return new Set(DEFAULT_VISIBLE);
  if (value === 'none') return new Set();
  return new Set(
    value.split(',').filter((l): l is Layer => (LAYERS as readonly string[]).includes(l)),
  );
}

/** The URL value for a set of visible layers (`null` when it is the default). */
export function layersParam(visible: Set<Layer>): string | null {
  const list = LAYERS.filter((l) => visible.has(l));
  if (list.length === DEFAULT_VISIBLE.length && DEFAULT_VISIBLE.every((l) => visible.has(l)))
    return null;
  return list.length === 0 ? 'none' : list.join(',');
}
