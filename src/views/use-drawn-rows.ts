import { startTransition, useEffect, useState } from 'react';

/**
 * How many times the drawn columns [start, end) have jumped to columns none of which were drawn
 * before (End, Ctrl+Home; the first drawing). The rows are then drawn anew, off the page, and put in
 * at once: taking the old cells out one by one cost more than drawing the new ones (two thousand
 * indicators: 21 × 45 cells; Chromium, 60–140 ms). A scroll adds and removes a column or a few.
 */
export function useJumps(start: number, end: number): number {
  const [last, setLast] = useState({ start, end, jumps: 0 });
  if (start === last.start && end === last.end) return last.jumps;
  const jumped = start >= last.end || end <= last.start;
  const next = { start, end, jumps: last.jumps + (jumped ? 1 : 0) };
  setLast(next);
  return next.jumps;
}

/** Rows whose cells come in one frame, when a new window's cells are drawn in turns. */
export const ROW_BATCH = 6;

/**
 * How many rows, from the top, have their cells drawn: with `batched`, a new window's cells come
 * ROW_BATCH rows a frame, so that no frame lays out and paints all 21 × 45 cells at once.
 */
export function useRowsDrawn(jumps: number, rowCount: number, batched: boolean): number {
  const [drawn, setDrawn] = useState({ jumps, rows: batched ? ROW_BATCH : rowCount });
  let current = drawn;
  if (drawn.jumps !== jumps) {
    current = { jumps, rows: batched ? ROW_BATCH : rowCount };
    setDrawn(current);
  }
  useEffect(() => {
    if (current.rows >= rowCount) return undefined;
    // After the frame that draws the rows so far: the next rows in a render and a frame of their own.
    const timer = setTimeout(
      () => startTransition(() => setDrawn({ jumps: current.jumps, rows: current.rows + ROW_BATCH })),
      16,
    );
    return () => clearTimeout(timer);
  }, [current, rowCount]);
  return batched ? Math.min(current.rows, rowCount) : rowCount;
}
