import { describe, expect, it } from 'vitest';

import { type KeyPress, queueCommand } from '../../../../renderer/review/queue-keys.js';

const press = (key: string, patch: Partial<KeyPress> = {}): KeyPress => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  inField: false,
  onList: false,
  onControl: false,
  ...patch,
});

describe('the review queue keyboard', () => {
  it('moves with J/K and the arrows, leaving the arrows to the list when it has the focus', () => {
    expect(queueCommand(press('j'))).toEqual({ kind: 'next' });
    expect(queueCommand(press('K'))).toEqual({ kind: 'previous' });
    expect(queueCommand(press('ArrowDown'))).toEqual({ kind: 'next' });
    expect(queueCommand(press('ArrowDown', { onList: true }))).toBeNull();
  });

  it('sets verdicts with digits, focuses the rationale with R, steps the status with S', () => {
    expect(queueCommand(press('3'))).toEqual({ kind: 'verdict', key: '3' });
    expect(queueCommand(press('0'))).toEqual({ kind: 'verdict', key: '0' });
    expect(queueCommand(press('r'))).toEqual({ kind: 'focus-rationale' });
    expect(queueCommand(press('s'))).toEqual({ kind: 'next-status' });
  });

  it('opens with Enter, except on a button that Enter presses', () => {
    expect(queueCommand(press('Enter', { onList: true }))).toEqual({ kind: 'open' });
    expect(queueCommand(press('Enter', { onControl: true }))).toBeNull();
  });

  it('never takes keys typed into a field, or shortcuts with modifiers', () => {
    expect(queueCommand(press('s', { inField: true }))).toBeNull();
    expect(queueCommand(press('1', { inField: true }))).toBeNull();
    expect(queueCommand(press('r', { ctrlKey: true }))).toBeNull();
    expect(queueCommand(press('j', { metaKey: true }))).toBeNull();
    expect(queueCommand(press('x'))).toBeNull();
  });
});

describe('arrow keys in the queue', () => {
  it('leave the arrows to a focused radio group or tab strip', () => {
    expect(queueCommand(press('ArrowUp', { onControl: true }))).toBeNull();
    expect(queueCommand(press('ArrowUp'))).toEqual({ kind: 'previous' });
  });
});
