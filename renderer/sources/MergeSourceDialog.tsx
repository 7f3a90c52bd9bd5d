// Folding a duplicate into the registry entry that stays: first choose the target from a
// searchable list, then confirm with what will move spelled out, because a merge cannot be undone.
import { useDeferredValue, useEffect, useId, useMemo, useRef, useState } from 'react';

import type { Source } from '../../core/domain.js';
import { asClientError, call } from '../api-client.js';
import { EmptyState } from '../components/EmptyState.js';
import { FormError } from '../components/FormError.js';
import { Icon } from '../components/Icon.js';
import { ModalDialog } from '../components/ModalDialog.js';
import { VirtualListbox } from '../components/VirtualListbox.js';
import { countOf } from '../format.js';
import { SourceKindBadge } from '../library/SourceKindBadge.js';
import { filterRegistry } from './source-filter.js';
import { UnconfirmedBadge } from './UnconfirmedBadge.js';

interface MergeSourceDialogProps {
  open: boolean;
  source: Source;
  /** The registry to choose from; the source itself is left out. */
  sources: readonly Source[];
  onClose: () => void;
  onMerged: (target: Source) => void;
}

export function MergeSourceDialog({ open, source, sources, onClose, onMerged }: MergeSourceDialogProps) {
  const id = useId();
  const searchRef = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);
  const [targetId, setTargetId] = useState<string | null>(null);
  const [step, setStep] = useState<'choose' | 'confirm'>('choose');
  const [merging, setMerging] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    if (!open) return;
    setQuery('');
    setTargetId(null);
    setStep('choose');
    setFailure(null);
  }, [open]);

  const candidates = useMemo(
    () => filterRegistry(sources, deferredQuery).filter((candidate) => candidate.id !== source.id),
    [sources, deferredQuery, source.id],
  );
  const target = sources.find((candidate) => candidate.id === targetId) ?? null;

  const merge = async () => {
    if (!target || merging) return;
    setMerging(true);
    setFailure(null);
    try {
      onMerged(await call('sources.merge', { fromId: source.id, intoId: target.id }));
      onClose();
    } catch (error) {
      setFailure(asClientError(error).message);
    } finally {
      setMerging(false);
    }
  };

  const confirming = step === 'confirm' && target !== null;
  return (
    <ModalDialog
      open={open}
      title={confirming ? `Merge ${source.name} into ${target.name}?` : `Merge ${source.name} into…`}
      onClose={onClose}
      onSubmit={() => (confirming ? void merge() : target && setStep('confirm'))}
      initialFocus={searchRef}
      describedBy={confirming ? `${id}-explanation` : undefined}
      role={confirming ? 'alertdialog' : 'dialog'}
      footer={
        confirming ? (
          <>
            <button type="button" className="button" onClick={() => setStep('choose')}>
              Back
            </button>
            <button type="submit" className="button button--danger" disabled={merging}>
              {merging ? 'Merging…' : 'Merge'}
            </button>
          </>
        ) : (
          <>
            <button type="button" className="button" onClick={onClose}>
              Cancel
            </button>
            <button type="submit" className="button button--primary" disabled={!target}>
              Continue
            </button>
          </>
        )
      }
    >
      {confirming ? (
        <div className="merge-confirm" id={`${id}-explanation`}>
          <p className="dialog__message">
            <strong>{target.name}</strong> stays in the registry and <strong>{source.name}</strong> leaves it. What moves over:
          </p>
          <ul className="merge-confirm__moves">
            <li>
              {source.aliases.length > 0
                ? `Its ${countOf(source.aliases.length, 'alias', 'aliases')}, and the name “${source.name}” itself, become aliases of ${target.name}.`
                : `The name “${source.name}” becomes an alias of ${target.name}.`}
            </li>
            <li>
              Every attribution that names {source.name} — {countOf(source.claimCount, 'claim')} — will name {target.name} instead, in every
              document.
            </li>
          </ul>
          <p className="merge-confirm__warning">
            <Icon name="alert" size={15} />
            <span>A merge cannot be undone.</span>
          </p>
          <FormError>{failure}</FormError>
        </div>
      ) : (
        <div className="merge-picker">
          <p className="dialog__message">
            Choose the registry entry that {source.name} is a duplicate of. The one you choose keeps its name.
          </p>
          <label className="search-field">
            <Icon name="search" size={14} />
            <span className="visually-hidden">Find a source</span>
            <input
              ref={searchRef}
              type="search"
              placeholder="Find by name or alias"
              value={query}
              spellCheck={false}
              onChange={(event) => setQuery(event.target.value)}
              onKeyDown={(event) => {
                // Enter takes the one source the search leaves (the list may still show the last
                // query's matches), on to the confirmation; with several, the list is where to choose.
                if (event.key === 'Enter' && !event.nativeEvent.isComposing) {
                  event.preventDefault();
                  const matches = filterRegistry(sources, query).filter((candidate) => candidate.id !== source.id);
                  const only = matches.length === 1 ? matches[0]! : null;
                  const chosen = only ?? (target && matches.some((candidate) => candidate.id === target.id) ? target : null);
                  if (chosen) {
                    setTargetId(chosen.id);
                    setStep('confirm');
                  }
                  return;
                }
                // Down moves from the search into the list, as in any picker.
                if (event.key === 'ArrowDown') {
                  event.preventDefault();
                  const first = candidates[0];
                  if (!targetId && first) setTargetId(first.id);
                  document.getElementById(`${id}-list`)?.querySelector<HTMLElement>('[role="listbox"]')?.focus();
                }
              }}
            />
          </label>
          <div className="merge-picker__list" id={`${id}-list`}>
            {candidates.length === 0 ? (
              <EmptyState icon="sources" title="No matching sources">
                No other source name or alias contains “{deferredQuery.trim()}”.
              </EmptyState>
            ) : (
              <VirtualListbox
                items={candidates}
                label="Sources to merge into"
                rowHeight={44}
                getKey={(candidate) => candidate.id}
                selectedKey={targetId}
                onSelect={setTargetId}
                onItemKeyDown={(_, event) => {
                  if (event.key === 'Enter') {
                    event.preventDefault();
                    setStep('confirm');
                  }
                }}
                renderRow={(candidate) => (
                  <div className="list-row merge-picker__row">
                    <div className="list-row__primary">
                      <span className="list-row__title">{candidate.name}</span>
                      <SourceKindBadge kind={candidate.kind} />
                      {candidate.confirmed ? null : <UnconfirmedBadge />}
                      <span className="list-row__aside">{countOf(candidate.claimCount, 'claim')}</span>
                    </div>
                  </div>
                )}
              />
            )}
          </div>
        </div>
      )}
    </ModalDialog>
  );
}
