// The attribution chain of a claim, from the document back to whoever first said it (Alwaght →
// AFP → NLF spokesman Naji Mustafa). Every change is saved at once with claims.setChain and can be
// undone; a chain that ends in an unnamed source, or has no hops, is flagged.
import { type KeyboardEvent, useEffect, useRef, useState } from 'react';

import { type Claim, CUE_STANCES, type CueStance, HOP_KINDS, type HopKind } from '../../core/domain.js';
import { HOP_KIND_LABELS } from '../../core/vocabulary/hop-kinds.js';
import { CUE_STANCE_HINTS, CUE_STANCE_LABELS } from '../../core/vocabulary/stances.js';
import { asClientError } from '../api-client.js';
import { dispatch } from '../commands/app-commands.js';
import { Icon } from '../components/Icon.js';
import { SourceKindBadge } from '../library/SourceKindBadge.js';
import { draftFromHops, type DraftHop, type HopSource, inputsFromDraft, keepKeys, likelyKind, moveHop } from './chain-draft.js';
import { useClaims, useReaderSelection } from './claims-context.js';
import { isTypingTarget } from './keyboard-target.js';
import { SourceCombobox } from './SourceCombobox.js';

/**
 * Where the focus goes after a change to the chain re-renders it: a hop's row, its kind (after its
 * source was chosen, the next thing to set), its Change button, or "Add hop". Never left to fall to
 * the page when the control that had it goes away.
 */
type FocusTarget = { key: string; control: 'row' | 'kind' | 'change' } | 'add';

/**
 * The draft once a chain was saved, here or elsewhere (undo, another window), unless a hop is
 * half-chosen. Its hops keep their rows, so the control the reviewer is on stays where it is.
 */
function savedDraft(hops: Claim['hops']): (current: DraftHop[]) => DraftHop[] {
  return (current) => (current.some((hop) => !hop.source) ? current : keepKeys(current, draftFromHops(hops)));
}

export function ChainEditor({ claim }: { claim: Claim }) {
  const { setChain } = useClaims();
  const [draft, setDraft] = useState<DraftHop[]>(() => draftFromHops(claim.hops));
  const [choosing, setChoosing] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const rows = useRef(new Map<string, HTMLLIElement>());
  const addButton = useRef<HTMLButtonElement>(null);
  const focusAfter = useRef<FocusTarget | null>(null);
  const added = useRef(0);

  useEffect(() => setDraft(savedDraft(claim.hops)), [claim.hops]);

  useEffect(() => {
    const target = focusAfter.current;
    if (!target) return;
    focusAfter.current = null;
    if (target === 'add') {
      addButton.current?.focus();
      return;
    }
    const row = rows.current.get(target.key);
    const control =
      target.control === 'kind'
        ? row?.querySelector<HTMLElement>('.hop__details select')
        : target.control === 'change'
          ? row?.querySelector<HTMLElement>('.hop__change')
          : row;
    (control ?? row ?? addButton.current)?.focus();
  });

  const save = async (next: DraftHop[]) => {
    setDraft(next);
    const inputs = inputsFromDraft(next);
    if (!inputs) return;
    setSaving(true);
    setError(null);
    try {
      const saved = await setChain(claim, inputs);
      setDraft(savedDraft(saved.hops));
    } catch (problem) {
      setError(asClientError(problem).message);
    } finally {
      setSaving(false);
    }
  };

  const addHop = () => {
    const key = `new-${++added.current}`;
    setDraft((current) => [...current, { key, source: null, kind: likelyKind(current.length), cue: null, stance: null }]);
    setChoosing(key);
  };

  const chooseSource = (index: number, source: HopSource) => {
    setChoosing(null);
    const hop = draft[index];
    if (!hop) return;
    focusAfter.current = { key: hop.key, control: 'kind' };
    void save(draft.map((existing, i) => (i === index ? { ...existing, source } : existing)));
  };

  const cancelChoosing = (index: number, reason: 'escape' | 'blur') => {
    setChoosing(null);
    const hop = draft[index];
    // A hop added and abandoned before it had a source was never there.
    if (hop && !hop.source) setDraft(draft.filter((_, i) => i !== index));
    // Escape leaves the keyboard where the choice began; a click elsewhere has put it there already.
    if (reason === 'escape') focusAfter.current = hop?.source ? { key: hop.key, control: 'change' } : 'add';
  };

  const move = (index: number, delta: -1 | 1) => {
    const hop = draft[index];
    if (!hop) return;
    focusAfter.current = { key: hop.key, control: 'row' };
    void save(moveHop(draft, index, delta));
  };

  const remove = (index: number) => {
    const neighbour = draft[index + 1] ?? draft[index - 1];
    focusAfter.current = neighbour ? { key: neighbour.key, control: 'row' } : 'add';
    void save(draft.filter((_, i) => i !== index));
  };

  const onRowKeyDown = (event: KeyboardEvent<HTMLLIElement>, index: number) => {
    if (isTypingTarget(event.target)) return;
    if (event.altKey && (event.key === 'ArrowUp' || event.key === 'ArrowDown')) {
      event.preventDefault();
      move(index, event.key === 'ArrowUp' ? -1 : 1);
    } else if ((event.key === 'Delete' || event.key === 'Backspace') && event.target === event.currentTarget) {
      event.preventDefault();
      remove(index);
    }
  };

  return (
    <section className="chain" aria-labelledby={`chain-${claim.id}`}>
      <div className="chain__head">
        <h4 className="details__section chain__title" id={`chain-${claim.id}`}>
          Attribution chain
        </h4>
        <ChainFlagBadge flag={claim.chainFlag} />
        {saving ? <span className="chain__saving">Saving…</span> : null}
      </div>
      <p className="chain__help">From this document back to the origin. Alt+↑/↓ moves the focused hop.</p>
      <ol className="chain__hops" aria-label="Hops">
        <li className="chain__document">
          <span className="chain__dot" aria-hidden="true" />
          This document
        </li>
        {draft.map((hop, index) => (
          <li
            key={hop.key}
            ref={(element) => {
              if (element) rows.current.set(hop.key, element);
              else rows.current.delete(hop.key);
            }}
            className="hop"
            tabIndex={-1}
            aria-label={`Hop ${index + 1}: ${hop.source?.name ?? 'source not chosen'}`}
            onKeyDown={(event) => onRowKeyDown(event, index)}
          >
            <span className="chain__dot chain__dot--hop" aria-hidden="true">
              {index + 1}
            </span>
            <div className="hop__body">
              {choosing === hop.key || !hop.source ? (
                <SourceCombobox
                  label={`Source for hop ${index + 1}`}
                  initial={hop.source?.name ?? ''}
                  onChoose={(source) => chooseSource(index, source)}
                  onCancel={(reason) => cancelChoosing(index, reason)}
                />
              ) : (
                <div className="hop__source">
                  {hop.source.id ? (
                    <button
                      type="button"
                      className="hop__name"
                      title={`Open the trace of ${hop.source.name}: every claim attributed to it`}
                      onClick={() => hop.source?.id && dispatch('open-source', { sourceId: hop.source.id })}
                    >
                      {hop.source.name}
                    </button>
                  ) : (
                    <span className="hop__name hop__name--new">{hop.source.name}</span>
                  )}
                  <SourceKindBadge kind={hop.source.kind} />
                  <button type="button" className="text-button hop__change" onClick={() => setChoosing(hop.key)}>
                    Change
                  </button>
                </div>
              )}
              <div className="hop__details">
                <span className="select-field select-field--bare">
                  <select
                    aria-label={`How hop ${index + 1} attributes`}
                    value={hop.kind}
                    onChange={(event) =>
                      void save(draft.map((existing, i) => (i === index ? { ...existing, kind: event.target.value as HopKind } : existing)))
                    }
                  >
                    {HOP_KINDS.map((kind) => (
                      <option key={kind} value={kind}>
                        {HOP_KIND_LABELS[kind]}
                      </option>
                    ))}
                  </select>
                  <Icon name="chevronDown" size={13} className="select-field__chevron" />
                </span>
                <span
                  className="select-field select-field--bare"
                  title={hop.stance ? CUE_STANCE_HINTS[hop.stance] : 'No stance recorded for this cue.'}
                >
                  <select
                    aria-label={`Stance of hop ${index + 1}`}
                    value={hop.stance ?? ''}
                    onChange={(event) => {
                      const stance = event.target.value === '' ? null : (event.target.value as CueStance);
                      void save(draft.map((existing, i) => (i === index ? { ...existing, stance } : existing)));
                    }}
                  >
                    <option value="">No stance</option>
                    {CUE_STANCES.map((stance) => (
                      <option key={stance} value={stance}>
                        {CUE_STANCE_LABELS[stance]}
                      </option>
                    ))}
                  </select>
                  <Icon name="chevronDown" size={13} className="select-field__chevron" />
                </span>
                <CueControl
                  hop={hop}
                  index={index}
                  onChange={(cue) => void save(draft.map((existing, i) => (i === index ? { ...existing, cue } : existing)))}
                />
              </div>
            </div>
            <div className="hop__actions">
              <button
                type="button"
                className="icon-button icon-button--small"
                aria-label={`Move hop ${index + 1} up`}
                title="Move up (Alt+↑)"
                disabled={index === 0}
                onClick={() => move(index, -1)}
              >
                <Icon name="up" size={14} />
              </button>
              <button
                type="button"
                className="icon-button icon-button--small"
                aria-label={`Move hop ${index + 1} down`}
                title="Move down (Alt+↓)"
                disabled={index === draft.length - 1}
                onClick={() => move(index, 1)}
              >
                <Icon name="down" size={14} />
              </button>
              <button
                type="button"
                className="icon-button icon-button--small"
                aria-label={`Remove hop ${index + 1}`}
                title="Remove hop"
                onClick={() => remove(index)}
              >
                <Icon name="close" size={14} />
              </button>
            </div>
          </li>
        ))}
      </ol>
      {error ? (
        <p className="claim-field__error" role="alert">
          {error}
        </p>
      ) : null}
      <button
        ref={addButton}
        type="button"
        className="button button--small chain__add"
        onClick={addHop}
        disabled={draft.some((hop) => !hop.source)}
        aria-keyshortcuts="A"
        title="Add hop (A)"
      >
        <Icon name="plus" size={14} />
        Add hop
      </button>
    </section>
  );
}

function ChainFlagBadge({ flag }: { flag: Claim['chainFlag'] }) {
  if (!flag) return null;
  const text = flag === 'unnamed' ? 'Origin unnamed' : 'Origin unknown';
  const why =
    flag === 'unnamed'
      ? 'The chain ends in an unnamed source: nobody on record said this.'
      : 'No hops: where this claim comes from is not recorded.';
  return (
    <span className="chain-flag" title={why}>
      <Icon name="flag" size={12} />
      {text}
    </span>
  );
}

interface CueControlProps {
  hop: DraftHop;
  index: number;
  onChange: (cue: DraftHop['cue']) => void;
}

/** The words that show the attribution ("told AFP", "according to"), taken from a selection in the reader. */
function CueControl({ hop, index, onChange }: CueControlProps) {
  const { selection } = useReaderSelection();
  return (
    <span className="cue">
      {hop.cue ? (
        <>
          <span className="cue__text" title="The words that show this attribution">
            “{hop.cue.text}”
          </span>
          <button type="button" className="text-button" aria-label={`Clear cue of hop ${index + 1}`} onClick={() => onChange(null)}>
            Clear
          </button>
        </>
      ) : null}
      <button
        type="button"
        className="text-button"
        disabled={!selection || !hop.source}
        title={selection ? 'Use the words selected in the reader as this hop’s cue' : 'Select the cue words in the reader first'}
        // Keep the reader's selection while the button is pressed.
        onMouseDown={(event) => event.preventDefault()}
        onClick={() => {
          // The workbench reads the cue's words from the stored text when the chain is saved.
          if (selection) onChange({ start: selection.start, end: selection.end, text: '…' });
        }}
      >
        {hop.cue ? 'Replace cue' : 'Use selection as cue'}
      </button>
    </span>
  );
}
