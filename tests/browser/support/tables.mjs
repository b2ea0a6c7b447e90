// Wide tables as a person sees them, for the layout tests in every engine (layout.test.mjs) and
// the Chromium screens (responsive.test.mjs): each table's scroll box, whether it scrolls, whether
// the "scroll sideways" line above it shows, and whether its first column stays in view.

import assert from 'node:assert/strict';

/** In the page: every shown table in a sideways-scrolling box. */
export function tableBoxes() {
  return [...document.querySelectorAll('table')]
    .map((table) => table.parentElement)
    .filter((box) => ['auto', 'scroll'].includes(getComputedStyle(box).overflowX) && box.getBoundingClientRect().height > 0)
    .map((box) => {
      const first = box.querySelector('tr > :first-child');
      const line = getComputedStyle(box, '::before');
      return {
        name: box.getAttribute('aria-label') || box.getAttribute('aria-labelledby') || box.querySelector('caption')?.textContent,
        clipped: box.scrollWidth > box.clientWidth + 1,
        scrolls: box.scrollWidth > box.clientWidth,
        // The line is the box's ::before; hidden, it has no height.
        cue: line.content !== 'none' && line.display !== 'none' && parseFloat(line.height) > 0,
        sticky: first ? getComputedStyle(first).position : null,
      };
    });
}

/** A table that is clipped says so and keeps its first column; one that fits says nothing. */
export function assertTableCues(boxes, where) {
  for (const t of boxes) {
    if (t.clipped) assert.ok(t.cue, `${where} ${t.name}: clipped without a cue (${JSON.stringify(t)})`);
    if (t.cue) assert.ok(t.scrolls, `${where} ${t.name}: a cue on a table that does not scroll (${JSON.stringify(t)})`);
    if (t.clipped) assert.equal(t.sticky, 'sticky', `${where} ${t.name}: the first column stays in view`);
  }
}
