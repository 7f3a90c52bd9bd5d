// A listbox that renders only the rows in view, so a library of thousands of documents scrolls as
// smoothly as one of ten. Selection follows the keyboard focus, as in a desktop file list; given a
// `selection`, Ctrl/Cmd and Shift with clicks and arrows choose several items besides the open one.
import { useVirtualizer } from '@tanstack/react-virtual';
import { type KeyboardEvent, type MouseEvent, type ReactNode, useEffect, useId, useRef } from 'react';

import { allSelected, extendedTo, focusedOn, focusKey, FOLLOWS_OPEN, type ListSelection, selectedKeys, toggled } from './list-selection.js';

interface VirtualListboxProps<T> {
  items: readonly T[];
  label: string;
  rowHeight: number;
  getKey: (item: T) => string;
  renderRow: (item: T, selected: boolean) => ReactNode;
  selectedKey: string | null;
  onSelect: (key: string) => void;
  /** Called when the last rows come into view, to fetch more of a long list. */
  onEndReached?: () => void;
  /** Keys other than movement, with the selected item (Delete, Enter…). */
  onItemKeyDown?: (item: T, event: KeyboardEvent<HTMLDivElement>) => void;
  /** A right click on a row, or the context-menu key on the selected one. */
  onItemContextMenu?: (item: T, position: { x: number; y: number }) => void;
  /**
   * Makes the list multi-select. `selectedKey` stays the item that is open; a plain click or arrow
   * still opens one item and hands back FOLLOWS_OPEN.
   */
  selection?: ListSelection;
  onSelectionChange?: (selection: ListSelection) => void;
}

const END_REACHED_ROWS = 20;

export function VirtualListbox<T>(props: VirtualListboxProps<T>) {
  const { items, label, rowHeight, getKey, renderRow, selectedKey, onSelect, onEndReached } = props;
  const { onItemKeyDown, onItemContextMenu, selection, onSelectionChange } = props;
  const multiple = selection !== undefined && onSelectionChange !== undefined;
  const scrollRef = useRef<HTMLDivElement>(null);
  const idPrefix = useId();
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 8,
  });
  const selectedIndex = selectedKey === null ? -1 : items.findIndex((item) => getKey(item) === selectedKey);
  const optionId = (index: number) => `${idPrefix}-option-${index}`;
  const order = () => items.map(getKey);
  const chosen = multiple ? selectedKeys(selection, selectedKey) : null;
  // The row the keyboard is on: the open one, unless Ctrl or Shift moved it elsewhere.
  const activeKey = multiple && selection.focus !== null ? focusKey(selection, order(), selectedKey) : selectedKey;
  const activeIndex = activeKey === selectedKey ? selectedIndex : items.findIndex((item) => getKey(item) === activeKey);

  const open = (key: string) => {
    onSelect(key);
    if (multiple && selection.keys !== null) onSelectionChange(FOLLOWS_OPEN);
  };

  const moveTo = (index: number, event: KeyboardEvent<HTMLDivElement>) => {
    const targetIndex = Math.max(0, Math.min(items.length - 1, index));
    const target = items[targetIndex];
    if (target === undefined) return;
    const key = getKey(target);
    const command = event.ctrlKey || event.metaKey;
    if (multiple && event.shiftKey) onSelectionChange(extendedTo(selection, order(), selectedKey, key, command));
    else if (multiple && command) onSelectionChange(focusedOn(selection, selectedKey, key));
    else open(key);
    virtualizer.scrollToIndex(targetIndex, { align: 'auto' });
  };

  // Keys only a multi-select list answers; true when the key was used.
  const onSelectionKey = (event: KeyboardEvent<HTMLDivElement>): boolean => {
    if (!multiple || event.altKey) return false;
    const command = event.ctrlKey || event.metaKey;
    if (command && !event.shiftKey && event.key.toLowerCase() === 'a') {
      onSelectionChange(allSelected(selection, order(), selectedKey));
      return true;
    }
    if (event.key === ' ' && activeKey !== null && activeIndex >= 0) {
      onSelectionChange(toggled(selection, selectedKey, activeKey));
      return true;
    }
    if (event.key === 'Escape' && !command && selection.keys !== null) {
      onSelectionChange(FOLLOWS_OPEN);
      return true;
    }
    return false;
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const pageRows = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? rowHeight) / rowHeight) - 1);
    const moves: Record<string, () => number> = {
      ArrowDown: () => (activeIndex < 0 ? 0 : activeIndex + 1),
      ArrowUp: () => (activeIndex < 0 ? 0 : activeIndex - 1),
      Home: () => 0,
      End: () => items.length - 1,
      PageDown: () => Math.max(activeIndex, 0) + pageRows,
      PageUp: () => Math.max(activeIndex, 0) - pageRows,
    };
    const move = moves[event.key];
    if (move) {
      event.preventDefault();
      moveTo(move(), event);
      return;
    }
    if (onSelectionKey(event)) {
      event.preventDefault();
      return;
    }
    const active = items[activeIndex];
    if (active === undefined) return;
    if (onItemContextMenu && (event.key === 'ContextMenu' || (event.key === 'F10' && event.shiftKey))) {
      event.preventDefault();
      const row = document.getElementById(optionId(activeIndex))?.getBoundingClientRect();
      onItemContextMenu(active, row ? { x: row.left + 24, y: row.bottom - 6 } : { x: 0, y: 0 });
      return;
    }
    onItemKeyDown?.(active, event);
  };

  const onOptionClick = (key: string, event: MouseEvent<HTMLDivElement>) => {
    const command = event.ctrlKey || event.metaKey;
    if (multiple && event.shiftKey) onSelectionChange(extendedTo(selection, order(), selectedKey, key, command));
    else if (multiple && command) onSelectionChange(toggled(selection, selectedKey, key));
    else open(key);
  };

  const onOptionContextMenu = (item: T, key: string, event: MouseEvent<HTMLDivElement>) => {
    event.preventDefault();
    // A right click inside a selection of several keeps it, as file lists do, so the menu can act on it.
    if (multiple && chosen !== null && chosen.size > 1 && chosen.has(key)) onSelectionChange({ ...selection, focus: key });
    else open(key);
    onItemContextMenu?.(item, { x: event.clientX, y: event.clientY });
  };

  const rows = virtualizer.getVirtualItems();
  // Only a rendered row can be the active descendant; one scrolled far away has no element.
  const activeRendered = rows.some((row) => row.index === activeIndex);

  const lastRendered = rows.at(-1)?.index ?? -1;
  useEffect(() => {
    if (onEndReached && items.length > 0 && lastRendered >= items.length - END_REACHED_ROWS) onEndReached();
  }, [onEndReached, items.length, lastRendered]);

  return (
    <div
      ref={scrollRef}
      className="listbox"
      role="listbox"
      aria-label={label}
      aria-multiselectable={multiple ? true : undefined}
      tabIndex={0}
      aria-activedescendant={activeRendered ? optionId(activeIndex) : undefined}
      onKeyDown={onKeyDown}
    >
      <div role="presentation" className="listbox__canvas" style={{ height: virtualizer.getTotalSize() }}>
        {rows.map((row) => {
          const item = items[row.index]!;
          const key = getKey(item);
          const selected = chosen ? chosen.has(key) : row.index === selectedIndex;
          // Among several selected, the one open in the reader is told apart.
          const isOpen = chosen !== null && chosen.size > 1 && row.index === selectedIndex;
          const className = [
            'listbox__option',
            selected ? 'is-selected' : '',
            row.index === activeIndex ? 'is-active' : '',
            isOpen ? 'is-open' : '',
          ];
          return (
            <div
              key={key}
              id={optionId(row.index)}
              role="option"
              aria-selected={selected}
              aria-current={isOpen ? true : undefined}
              aria-setsize={items.length}
              aria-posinset={row.index + 1}
              className={className.filter(Boolean).join(' ')}
              style={{ height: row.size, transform: `translateY(${row.start}px)` }}
              onClick={(event) => onOptionClick(key, event)}
              onContextMenu={onItemContextMenu ? (event) => onOptionContextMenu(item, key, event) : undefined}
            >
              {renderRow(item, selected)}
            </div>
          );
        })}
      </div>
    </div>
  );
}
