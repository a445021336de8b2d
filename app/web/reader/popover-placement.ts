/**
 * Where a popover goes: under its anchor when it fits there (or when there is more room below),
 * otherwise above it; never wider than the window, and never taller than the room on its side —
 * a card too long for that room scrolls inside itself instead of running off the screen.
 */
export interface PlacementInput {
  /** The anchor's box, in viewport coordinates (getBoundingClientRect). */
  anchor: { top: number; bottom: number; left: number };
  /** The popover's natural height in CSS pixels (0 before it is measured). */
  height: number;
  viewport: { width: number; height: number };
  scroll: { x: number; y: number };
}

export interface Placement {
  /** Document coordinates, for an absolutely positioned popover. */
  top: number;
  left: number;
  width: number;
  maxHeight: number;
  side: 'below' | 'above';
}

const GAP = 6;
const MARGIN = 8;
const MAX_WIDTH = 448;
/** A card never takes more than this share of the window's height, whatever the room. */
const MAX_HEIGHT_SHARE = 0.7;

/** Places a popover next to its anchor so that it stays inside the window. */
export function placePopover({ anchor, height, viewport, scroll }: PlacementInput): Placement {
  const width = Math.min(MAX_WIDTH, viewport.width - 2 * MARGIN);
  const left = Math.max(
    MARGIN + scroll.x,
    Math.min(anchor.left + scroll.x - width / 2, scroll.x + viewport.width - width - MARGIN),
  );
  const cap = viewport.height * MAX_HEIGHT_SHARE;
  const shownHeight = Math.min(height, cap);
  const roomBelow = Math.min(cap, Math.max(0, viewport.height - anchor.bottom - GAP - MARGIN));
  const roomAbove = Math.min(cap, Math.max(0, anchor.top - GAP - MARGIN));
  if (shownHeight <= roomBelow || roomBelow >= roomAbove) {
    return {
      top: anchor.bottom + GAP + scroll.y,
      left,
      width,
      maxHeight: roomBelow,
      side: 'below',
    };
  }
  return {
    top: anchor.top - GAP - Math.min(shownHeight, roomAbove) + scroll.y,
    left,
    width,
    maxHeight: roomAbove,
    side: 'above',
  };
}
