import { describe, expect, it } from 'vitest';
import { layersParam, visibleLayers } from '../../../app/web/annotations/layer-visibility';

describe('layer visibility in the URL', () => {
  it('defaults to the editorial and Vietnamese layers', () => {
    expect([...visibleLayers({})].sort()).toEqual(['editorial', 'vietnamese']);
    expect(layersParam(visibleLayers({}))).toBeNull();
  });
  it('reads and writes an explicit list, ignoring unknown layers', () => {
    expect([...visibleLayers({ layers: 'claim,term,bogus' })].sort()).toEqual(['claim', 'term']);
    expect(layersParam(new Set(['term', 'claim']))).toBe('claim,term');
    expect(visibleLayers({ layers: 'none' }).size).toBe(0);
    expect(layersParam(new Set())).toBe('none');
  });
});
