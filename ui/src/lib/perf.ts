// Marks read by the desktop benchmark (bench/desktop.mjs): plain numbers on `window`, set once.

type Marks = { __ropaListShown?: number };

/** When the register list first showed rows, in milliseconds since the epoch. */
export function markListShown(): void {
  const w = window as unknown as Marks;
  w.__ropaListShown ??= performance.timeOrigin + performance.now();
}
