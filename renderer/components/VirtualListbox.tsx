// A single-select listbox that renders only the rows in view, so a library of thousands of
// documents scrolls as smoothly as one of ten. Selection follows the keyboard focus, as in a
// desktop file list.
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useId, useRef, type KeyboardEvent, type ReactNode } from 'react';

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
}

const END_REACHED_ROWS = 20;

export function VirtualListbox<T>(props: VirtualListboxProps<T>) {
  const { items, label, rowHeight, getKey, renderRow, selectedKey, onSelect, onEndReached } = props;
  const { onItemKeyDown, onItemContextMenu } = props;
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

  const moveTo = (index: number) => {
    const targetIndex = Math.max(0, Math.min(items.length - 1, index));
    const target = items[targetIndex];
    if (target === undefined) return;
    onSelect(getKey(target));
    virtualizer.scrollToIndex(targetIndex, { align: 'auto' });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const pageRows = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? rowHeight) / rowHeight) - 1);
    const moves: Record<string, () => number> = {
      ArrowDown: () => (selectedIndex < 0 ? 0 : selectedIndex + 1),
      ArrowUp: () => (selectedIndex < 0 ? 0 : selectedIndex - 1),
      Home: () => 0,
      End: () => items.length - 1,
      PageDown: () => Math.max(selectedIndex, 0) + pageRows,
      PageUp: () => Math.max(selectedIndex, 0) - pageRows,
    };
    const move = moves[event.key];
    if (move) {
      event.preventDefault();
      moveTo(move());
      return;
    }
    const selected = items[selectedIndex];
    if (selected === undefined) return;
    if (onItemContextMenu && (event.key === 'ContextMenu' || (event.key === 'F10' && event.shiftKey))) {
      event.preventDefault();
      const row = document.getElementById(optionId(selectedIndex))?.getBoundingClientRect();
      onItemContextMenu(selected, row ? { x: row.left + 24, y: row.bottom - 6 } : { x: 0, y: 0 });
      return;
    }
    onItemKeyDown?.(selected, event);
  };

  const rows = virtualizer.getVirtualItems();
  // Only a rendered row can be the active descendant; one scrolled far away has no element.
  const activeRendered = rows.some((row) => row.index === selectedIndex);

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
      tabIndex={0}
      aria-activedescendant={activeRendered ? optionId(selectedIndex) : undefined}
      onKeyDown={onKeyDown}
    >
      <div role="presentation" className="listbox__canvas" style={{ height: virtualizer.getTotalSize() }}>
        {rows.map((row) => {
          const item = items[row.index]!;
          const key = getKey(item);
          const selected = row.index === selectedIndex;
          return (
            <div
              key={key}
              id={optionId(row.index)}
              role="option"
              aria-selected={selected}
              aria-setsize={items.length}
              aria-posinset={row.index + 1}
              className={selected ? 'listbox__option is-selected' : 'listbox__option'}
              style={{ height: row.size, transform: `translateY(${row.start}px)` }}
              onClick={() => onSelect(key)}
              onContextMenu={
                onItemContextMenu
                  ? (event) => {
                      event.preventDefault();
                      onSelect(key);
                      onItemContextMenu(item, { x: event.clientX, y: event.clientY });
                    }
                  : undefined
              }
            >
              {renderRow(item, selected)}
            </div>
          );
        })}
      </div>
    </div>
  );
}
