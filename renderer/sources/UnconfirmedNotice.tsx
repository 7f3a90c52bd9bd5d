// Above an unconfirmed source's views: why it is not counted yet, and the three ways to settle
// it. Confirming is the common case, so it is the primary button and happens at once; merging
// and discarding ask first in their dialogs.
import { useState } from 'react';

import type { Source } from '../../core/domain.js';
import { asClientError, call } from '../api-client.js';
import { Icon } from '../components/Icon.js';
import { useNotify } from '../components/Notifications.js';

interface UnconfirmedNoticeProps {
  source: Source;
  /** Disabled until the registry to merge into has loaded. */
  canMerge: boolean;
  onConfirmed: () => void;
  onMerge: () => void;
  onDiscard: () => void;
}

export function UnconfirmedNotice({ source, canMerge, onConfirmed, onMerge, onDiscard }: UnconfirmedNoticeProps) {
  const notify = useNotify();
  const [confirming, setConfirming] = useState(false);

  const confirm = async () => {
    setConfirming(true);
    try {
      const confirmed = await call('sources.confirm', { id: source.id });
      notify({ tone: 'info', title: `Confirmed ${confirmed.name}`, message: 'It now counts in dashboards and reports.' });
      onConfirmed();
    } catch (error) {
      notify({ tone: 'error', title: `${source.name} was not confirmed`, message: asClientError(error).message });
    } finally {
      setConfirming(false);
    }
  };

  return (
    <section className="unconfirmed-notice" aria-label="Unconfirmed source">
      <Icon name="sparkle" size={16} className="unconfirmed-notice__icon" />
      <div className="unconfirmed-notice__text">
        <p className="unconfirmed-notice__title">Created from a suggestion; not yet confirmed</p>
        <p className="unconfirmed-notice__help">
          Kept out of dashboards and reports until you confirm it. Merge it into the registry entry it duplicates, or discard it if it names
          nobody real.
        </p>
      </div>
      <div className="unconfirmed-notice__actions">
        <button type="button" className="button button--primary button--small" disabled={confirming} onClick={() => void confirm()}>
          <Icon name="check" size={14} />
          {confirming ? 'Confirming…' : 'Confirm'}
        </button>
        <button type="button" className="button button--small" disabled={!canMerge} onClick={onMerge}>
          <Icon name="merge" size={14} />
          Merge into…
        </button>
        <button type="button" className="button button--small unconfirmed-notice__discard" onClick={onDiscard}>
          <Icon name="trash" size={14} />
          Discard…
        </button>
      </div>
    </section>
  );
}
