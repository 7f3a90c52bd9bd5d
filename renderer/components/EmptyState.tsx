import type { ReactNode } from 'react';

import { Icon, type IconName } from './Icon.js';

interface EmptyStateProps {
  icon: IconName;
  title: string;
  children?: ReactNode;
  /** Buttons or links that get the user out of the empty state. */
  actions?: ReactNode;
  tone?: 'neutral' | 'danger';
}

export function EmptyState({ icon, title, children, actions, tone = 'neutral' }: EmptyStateProps) {
  return (
    <div className={`empty-state empty-state--${tone}`}>
      <div className="empty-state__icon">
        <Icon name={icon} size={28} />
      </div>
      <h2 className="empty-state__title">{title}</h2>
      {children ? <div className="empty-state__text">{children}</div> : null}
      {actions ? <div className="empty-state__actions">{actions}</div> : null}
    </div>
  );
}
