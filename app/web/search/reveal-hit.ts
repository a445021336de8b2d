/**
 * After a result is opened: once the reading pane shows the block's highlighted occurrences, the
 * first of them is brought into view if the block is taller than the screen (a table, a long
 * footnote). The highlights arrive from the worker, so this waits a few frames for them.
 */
const MAX_FRAMES = 60;

/** Scrolls the first `mark-hit` of block `blockId` into view when it is off screen. */
export function revealFirstHit(blockId: string): void {
  let frames = 0;
  const look = () => {
    const block = document.getElementById(blockId);
    const mark = block?.querySelector<HTMLElement>('.mark-hit');
    if (!mark) {
      if (++frames < MAX_FRAMES) requestAnimationFrame(look);
      return;
    }
    const rect = mark.getBoundingClientRect();
    if (rect.top < 0 || rect.bottom > window.innerHeight) mark.scrollIntoView({ block: 'center' });
  };
  requestAnimationFrame(look);
}
