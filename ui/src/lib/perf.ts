// Marks read by the desktop benchmark (bench/desktop.mjs): plain numbers on `window`, each set once.

type Marks = { __ropaListShown?: number; __ropaMarks?: Record<string, number> };

/** When the register list first showed rows, in milliseconds since the epoch. */
export function markListShown(): void {
  const w = window as unknown as Marks;
  w.__ropaListShown ??= performance.timeOrigin + performance.now();
}

/** A step of the start-up (the script running, the data asked for, the data received), in
 *  milliseconds since the page's start; the first time only. */
export function mark(step: string): void {
  const marks = ((window as unknown as Marks).__ropaMarks ??= {});
  marks[step] ??= performance.now();
}
