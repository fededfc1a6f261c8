// The unsaved-changes guard: leaving a form that holds changes waits for the user's answer.
// Kept out of App.svelte so that its rule is one place, tested on its own (guard.test.ts).

export class Guard {
  /** The form on screen holds changes not saved (the forms bind it). */
  dirty = $state(false);
  /** What waits for the user's answer: leaving the form, and going where they asked. */
  pending = $state<(() => void) | null>(null);

  /** Runs `next` (which leaves the form on screen), or, when `guarded` and the form has changes,
   * keeps it until the user says to discard them. */
  go(next: () => void, guarded: boolean) {
    if (guarded && this.dirty) {
      this.pending = next;
      return;
    }
    this.dirty = false;
    next();
  }

  /** The user drops their changes: what waited goes ahead. */
  discard() {
    const next = this.pending;
    this.pending = null;
    this.dirty = false;
    next?.();
  }

  /** The user keeps editing: nothing happens. */
  keep() {
    this.pending = null;
  }

  /** The form was saved (or closed with nothing to lose). */
  clean() {
    this.dirty = false;
  }
}
