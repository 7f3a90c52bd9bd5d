// A small menu that opens where it was asked for (a right click, the context-menu key). It takes
// the focus, moves with the arrow keys, and gives the focus back when it closes.
import { type KeyboardEvent, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';

import { Icon, type IconName } from './Icon.js';

export interface MenuItem {
  label: string;
  icon?: IconName;
  danger?: boolean;
  onSelect: () => void;
}

export interface MenuPosition {
  x: number;
  y: number;
}

interface ContextMenuProps {
  label: string;
  position: MenuPosition;
  items: MenuItem[];
  onClose: () => void;
  /** The button that opened the menu: pressing it again toggles the menu rather than reopening it. */
  anchor?: HTMLElement | null;
}

const EDGE_GAP = 8;

export function ContextMenu({ label, position, items, onClose, anchor }: ContextMenuProps) {
  const menuRef = useRef<HTMLDivElement>(null);
  const itemRefs = useRef<(HTMLButtonElement | null)[]>([]);
  const returnFocus = useRef<Element | null>(document.activeElement);
  const [placed, setPlaced] = useState(position);
  const latest = useRef({ onClose, anchor });
  latest.current = { onClose, anchor };

  // Keep the whole menu on screen, flipping it above or left of the pointer near an edge.
  useLayoutEffect(() => {
    const menu = menuRef.current;
    if (!menu) return;
    const { width, height } = menu.getBoundingClientRect();
    const x = position.x + width + EDGE_GAP > window.innerWidth ? Math.max(EDGE_GAP, position.x - width) : position.x;
    const y = position.y + height + EDGE_GAP > window.innerHeight ? Math.max(EDGE_GAP, position.y - height) : position.y;
    setPlaced({ x, y });
  }, [position]);

  useEffect(() => {
    itemRefs.current[0]?.focus();
    const focusBack = returnFocus.current;
    const onPointerDown = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!menuRef.current?.contains(target) && !latest.current.anchor?.contains(target)) latest.current.onClose();
    };
    const onBlurWindow = () => latest.current.onClose();
    document.addEventListener('pointerdown', onPointerDown, true);
    window.addEventListener('blur', onBlurWindow);
    window.addEventListener('resize', onBlurWindow);
    return () => {
      document.removeEventListener('pointerdown', onPointerDown, true);
      window.removeEventListener('blur', onBlurWindow);
      window.removeEventListener('resize', onBlurWindow);
      if (focusBack instanceof HTMLElement && document.contains(focusBack)) focusBack.focus();
    };
  }, []);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const current = itemRefs.current.findIndex((item) => item === document.activeElement);
    const focusAt = (index: number) => itemRefs.current[(index + items.length) % items.length]?.focus();
    switch (event.key) {
      case 'ArrowDown':
        focusAt(current + 1);
        break;
      case 'ArrowUp':
        focusAt(current - 1);
        break;
      case 'Home':
        focusAt(0);
        break;
      case 'End':
        focusAt(items.length - 1);
        break;
      case 'Escape':
      case 'Tab':
        onClose();
        break;
      default:
        return;
    }
    event.preventDefault();
    event.stopPropagation();
  };

  return createPortal(
    <div
      ref={menuRef}
      className="menu"
      role="menu"
      aria-label={label}
      style={{ left: placed.x, top: placed.y }}
      onKeyDown={onKeyDown}
      onContextMenu={(event) => event.preventDefault()}
    >
      {items.map((item, index) => (
        <button
          key={item.label}
          ref={(element) => {
            itemRefs.current[index] = element;
          }}
          type="button"
          role="menuitem"
          tabIndex={-1}
          className={item.danger ? 'menu__item menu__item--danger' : 'menu__item'}
          onClick={() => {
            onClose();
            item.onSelect();
          }}
        >
          {item.icon ? <Icon name={item.icon} size={15} /> : <span className="menu__icon-space" />}
          <span>{item.label}</span>
        </button>
      ))}
    </div>,
    document.body,
  );
}

/** Where a menu opened from a button appears: just below it, aligned with its left edge. */
export function menuBelow(element: Element): MenuPosition {
  const rect = element.getBoundingClientRect();
  return { x: rect.left, y: rect.bottom + 4 };
}
