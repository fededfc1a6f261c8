import { describe, expect, it } from 'vitest';
import { Guard } from './guard.svelte';

describe('the unsaved-changes guard', () => {
  it('lets a form with no changes go at once', () => {
    const guard = new Guard();
    let left = false;
    guard.go(() => (left = true), true);
    expect(left).toBe(true);
    expect(guard.pending).toBeNull();
  });

  it('holds the way out of a form with changes until the user answers', () => {
    const guard = new Guard();
    guard.dirty = true;
    let left = 0;
    guard.go(() => left++, true);
    expect(left).toBe(0);
    expect(guard.pending).not.toBeNull();
    guard.keep();
    expect(left).toBe(0);
    expect(guard.dirty).toBe(true);
    guard.go(() => left++, true);
    guard.discard();
    expect(left).toBe(1);
    expect(guard.dirty).toBe(false);
    expect(guard.pending).toBeNull();
  });

  it('does not hold a screen that is not a form', () => {
    const guard = new Guard();
    guard.dirty = true;
    let left = false;
    guard.go(() => (left = true), false);
    expect(left).toBe(true);
  });
});
