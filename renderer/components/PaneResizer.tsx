// The draggable line between two panes. It is a focusable separator, so the panes can be resized
// with the arrow keys too; a double click puts the pane back to its usual width.
import { type KeyboardEvent, type PointerEvent, useRef } from 'react';

interface PaneResizerProps {
  label: string;
  width: number;
  min: number;
  max: number;
  defaultWidth: number;
  /** Which pane the separator sizes: dragging towards it makes it smaller. */
  controls: 'left' | 'right';
  onResize: (width: number) => void;
}

const KEY_STEP = 16;

export function PaneResizer({ label, width, min, max, defaultWidth, controls, onResize }: PaneResizerProps) {
  const drag = useRef<{ startX: number; startWidth: number } | null>(null);
  const direction = controls === 'left' ? 1 : -1;
  const clamp = (value: number) => Math.round(Math.max(min, Math.min(max, value)));

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (event.button !== 0) return;
    event.currentTarget.setPointerCapture(event.pointerId);
    drag.current = { startX: event.clientX, startWidth: width };
    document.body.classList.add('is-resizing');
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    if (!drag.current) return;
    onResize(clamp(drag.current.startWidth + (event.clientX - drag.current.startX) * direction));
  };
  const endDrag = () => {
    drag.current = null;
    document.body.classList.remove('is-resizing');
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const change: Record<string, number> = {
      ArrowLeft: -KEY_STEP * direction,
      ArrowRight: KEY_STEP * direction,
    };
    if (event.key in change) {
      event.preventDefault();
      onResize(clamp(width + change[event.key]!));
    } else if (event.key === 'Home' || event.key === 'End') {
      event.preventDefault();
      onResize(event.key === 'Home' ? min : max);
    }
  };

  return (
    <div
      className="pane-resizer"
      role="separator"
      aria-orientation="vertical"
      aria-label={label}
      aria-valuenow={width}
      aria-valuemin={min}
      aria-valuemax={max}
      tabIndex={0}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={endDrag}
      onPointerCancel={endDrag}
      onDoubleClick={() => onResize(defaultWidth)}
      onKeyDown={onKeyDown}
    />
  );
}
