import { describe, expect, it } from 'vitest';

import {
  allSelected,
  extendedTo,
  focusedOn,
  focusKey,
  FOLLOWS_OPEN,
  selectedInOrder,
  selectedKeys,
  toggled,
} from '../../../../renderer/components/list-selection.js';

const ORDER = ['a', 'b', 'c', 'd', 'e'];
const keys = (selection: { keys: ReadonlySet<string> | null }, open: string | null = null) =>
  selectedInOrder({ anchor: null, focus: null, ...selection }, ORDER, open);

describe('choosing several items of a list', () => {
  it('is just the open item until Ctrl or Shift is used', () => {
    expect([...selectedKeys(FOLLOWS_OPEN, 'c')]).toEqual(['c']);
    expect([...selectedKeys(FOLLOWS_OPEN, null)]).toEqual([]);
    expect(focusKey(FOLLOWS_OPEN, ORDER, 'c')).toBe('c');
  });

  it('toggles one item in or out with Ctrl/Cmd+click, starting from the open one', () => {
    const two = toggled(FOLLOWS_OPEN, 'b', 'd');
    expect(keys(two)).toEqual(['b', 'd']);
    expect(two).toMatchObject({ anchor: 'd', focus: 'd' });
    expect(keys(toggled(two, 'b', 'b'))).toEqual(['d']);
    // With nothing open, the first Ctrl+click selects just that item.
    expect(keys(toggled(FOLLOWS_OPEN, null, 'e'))).toEqual(['e']);
  });

  it('selects the run from the anchor with Shift, replacing or, with Ctrl too, adding', () => {
    expect(keys(extendedTo(FOLLOWS_OPEN, ORDER, 'b', 'd'))).toEqual(['b', 'c', 'd']);
    const afterToggle = toggled(toggled(FOLLOWS_OPEN, 'a', 'c'), 'a', 'e');
    // The anchor is the last item toggled: e. The run e..d replaces the rest, or is added to it.
    expect(keys(extendedTo(afterToggle, ORDER, 'a', 'd'))).toEqual(['d', 'e']);
    expect(keys(extendedTo(afterToggle, ORDER, 'a', 'd', true))).toEqual(['a', 'c', 'd', 'e']);
  });

  it('keeps the anchor while Shift+arrows grow and shrink the run', () => {
    let selection = extendedTo(FOLLOWS_OPEN, ORDER, 'b', 'c');
    selection = extendedTo(selection, ORDER, 'b', 'd');
    expect(keys(selection)).toEqual(['b', 'c', 'd']);
    selection = extendedTo(selection, ORDER, 'b', 'a');
    expect(keys(selection)).toEqual(['a', 'b']);
    expect(selection).toMatchObject({ anchor: 'b', focus: 'a' });
  });

  it('moves the keyboard without changing the selection, and selects everything listed', () => {
    const moved = focusedOn(FOLLOWS_OPEN, 'b', 'd');
    expect(keys(moved)).toEqual(['b']);
    expect(focusKey(moved, ORDER, 'b')).toBe('d');
    expect(keys(toggled(moved, 'b', 'd'))).toEqual(['b', 'd']);
    expect(keys(allSelected(moved, ORDER, 'b'))).toEqual(ORDER);
  });

  it('counts only items still listed', () => {
    const selection = toggled(toggled(FOLLOWS_OPEN, 'a', 'c'), 'a', 'z');
    expect(selectedInOrder(selection, ORDER, 'a')).toEqual(['a', 'c']);
    // A focused item that was filtered away gives the keyboard back to the open one.
    expect(focusKey(selection, ORDER, 'a')).toBe('a');
  });
});
