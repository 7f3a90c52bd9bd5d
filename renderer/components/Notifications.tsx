// Non-blocking messages in the corner of the window. Errors stay until dismissed, because a
// failed save must not vanish before it is read; confirmations fade after a few seconds.
import { createContext, type ReactNode, useCallback, useContext, useEffect, useRef, useState } from 'react';

import { Icon } from './Icon.js';

export interface Notice {
  tone: 'error' | 'info';
  title: string;
  message?: string;
  /** One thing the reader can do about it, such as undoing what was just done. */
  action?: { label: string; onAction: () => void };
}

interface ShownNotice extends Notice {
  id: number;
  repeats: number;
}

const MAX_SHOWN = 4;
const INFO_LIFETIME_MS = 5000;
/** A notice with an action (Undo) stays longer, so there is time to reach for it. */
const ACTION_LIFETIME_MS = 10_000;

const NotifyContext = createContext<(notice: Notice) => void>(() => undefined);

export function useNotify(): (notice: Notice) => void {
  return useContext(NotifyContext);
}

export function NotificationProvider({ children }: { children: ReactNode }) {
  const [notices, setNotices] = useState<ShownNotice[]>([]);
  const nextId = useRef(1);

  const notify = useCallback((notice: Notice) => {
    setNotices((shown) => {
      // The same failure reported again (a retry, a second listener) is counted, not stacked.
      const same = notice.action
        ? undefined
        : shown.find((n) => !n.action && n.tone === notice.tone && n.title === notice.title && n.message === notice.message);
      if (same) return shown.map((n) => (n === same ? { ...n, repeats: n.repeats + 1 } : n));
      return [...shown, { ...notice, id: nextId.current++, repeats: 1 }].slice(-MAX_SHOWN);
    });
  }, []);

  const dismiss = useCallback((id: number) => setNotices((shown) => shown.filter((n) => n.id !== id)), []);

  return (
    <NotifyContext.Provider value={notify}>
      {children}
      <section className="notifications" aria-label="Notifications">
        {notices.map((notice) => (
          <NoticeCard key={notice.id} notice={notice} onDismiss={dismiss} />
        ))}
      </section>
    </NotifyContext.Provider>
  );
}

function NoticeCard({ notice, onDismiss }: { notice: ShownNotice; onDismiss: (id: number) => void }) {
  const [hovered, setHovered] = useState(false);
  useEffect(() => {
    if (notice.tone !== 'info' || hovered) return;
    const timer = setTimeout(() => onDismiss(notice.id), notice.action ? ACTION_LIFETIME_MS : INFO_LIFETIME_MS);
    return () => clearTimeout(timer);
  }, [notice.tone, notice.id, notice.action, hovered, onDismiss]);

  return (
    <div
      className={`notice notice--${notice.tone}`}
      role={notice.tone === 'error' ? 'alert' : 'status'}
      onMouseEnter={() => setHovered(true)}
      onMouseLeave={() => setHovered(false)}
      onFocus={() => setHovered(true)}
      onBlur={() => setHovered(false)}
    >
      <Icon name={notice.tone === 'error' ? 'alert' : 'check'} className="notice__icon" />
      <div className="notice__body">
        <p className="notice__title">
          {notice.title}
          {notice.repeats > 1 ? <span className="notice__repeats"> ×{notice.repeats}</span> : null}
        </p>
        {notice.message ? <p className="notice__message">{notice.message}</p> : null}
      </div>
      {notice.action ? (
        <button
          type="button"
          className="button notice__action"
          onClick={() => {
            onDismiss(notice.id);
            notice.action?.onAction();
          }}
        >
          {notice.action.label}
        </button>
      ) : null}
      <button type="button" className="icon-button notice__close" aria-label="Dismiss" onClick={() => onDismiss(notice.id)}>
        <Icon name="close" size={14} />
      </button>
    </div>
  );
}
