/** Where cards, footnotes and menus open: inside the window, whichever side of the anchor has room. */
import { describe, expect, it } from 'vitest';
import { placePopover } from '../../../app/web/reader/popover-placement';

const viewport = { width: 1280, height: 860 };
const scroll = { x: 0, y: 2000 };

describe('placePopover', () => {
  it('opens under an anchor near the top of the window, in document coordinates', () => {
    const p = placePopover({
      anchor: { top: 100, bottom: 120, left: 600 },
      height: 300,
      viewport,
      scroll,
    });
    expect(p).toMatchObject({ side: 'below', top: 2126, left: 376, width: 448 });
    expect(p.top - scroll.y + 300).toBeLessThanOrEqual(viewport.height);
  });

  it('opens above an anchor near the bottom when the card does not fit below', () => {
    const p = placePopover({
      anchor: { top: 780, bottom: 800, left: 600 },
      height: 300,
      viewport,
      scroll,
    });
    expect(p.side).toBe('above');
    // Its bottom edge sits just above the anchor, and all of it is inside the window.
    expect(p.top - scroll.y + 300).toBe(780 - 6);
    expect(p.top - scroll.y).toBeGreaterThanOrEqual(8);
  });

  it('keeps a short card under its anchor even low in the window when it fits', () => {
    const p = placePopover({
      anchor: { top: 700, bottom: 720, left: 600 },
      height: 100,
      viewport,
      scroll,
    });
    expect(p.side).toBe('below');
    expect(p.top - scroll.y + 100).toBeLessThanOrEqual(viewport.height - 8);
  });

  it('caps a card taller than the room on both sides, so it scrolls inside the window', () => {
    const p = placePopover({
      anchor: { top: 300, bottom: 320, left: 600 },
      height: 2000,
      viewport,
      scroll,
    });
    expect(p.side).toBe('below');
    expect(p.maxHeight).toBe(860 - 320 - 6 - 8);
    expect(p.top - scroll.y + p.maxHeight).toBeLessThanOrEqual(viewport.height - 8);
    const high = placePopover({
      anchor: { top: 700, bottom: 720, left: 600 },
      height: 2000,
      viewport,
      scroll,
    });
    expect(high.side).toBe('above');
    expect(high.top - scroll.y).toBeGreaterThanOrEqual(8);
    expect(high.maxHeight).toBeLessThanOrEqual(860 * 0.7);
  });

  it('fits a 390-px phone: as wide as the window allows, never past either edge', () => {
    const phone = { width: 390, height: 844 };
    for (const left of [0, 195, 389]) {
      const p = placePopover({
        anchor: { top: 100, bottom: 120, left },
        height: 200,
        viewport: phone,
        scroll: { x: 0, y: 0 },
      });
      expect(p.width).toBe(374);
      expect(p.left).toBeGreaterThanOrEqual(8);
      expect(p.left + p.width).toBeLessThanOrEqual(390 - 8);
    }
  });
});
