// Adding a source to the registry or correcting one: name, kind, country, Wikidata item, state
// affiliation, notes and the other names it goes by. The alias list as shown replaces the stored one on save; what the
// API refuses (a taken name, a country that is not a code) is shown under the field concerned.
import { useEffect, useId, useRef, useState } from 'react';

import { ALIAS_KINDS, type AliasKind, type Source, SOURCE_KINDS, type SourceKind } from '../../core/domain.js';
import { SOURCE_KIND_LABELS } from '../../core/vocabulary/source-kinds.js';
import { asClientError, call } from '../api-client.js';
import { FormError } from '../components/FormError.js';
import { Icon } from '../components/Icon.js';
import { ModalDialog } from '../components/ModalDialog.js';
import {
  createArgs,
  type DraftErrors,
  type DraftField,
  draftOf,
  NO_DRAFT_ERRORS,
  patchOf,
  placeDraftErrors,
  type SourceDraft,
} from './source-draft.js';

const ALIAS_KIND_NAMES: Record<AliasKind, string> = {
  name: 'Name',
  abbreviation: 'Abbreviation',
  domain: 'Web domain',
  credit: 'Photo credit',
  programme: 'Programme',
};

interface SourceEditorDialogProps {
  open: boolean;
  /** The source to edit, or null to add a new one. */
  source: Source | null;
  onClose: () => void;
  onSaved: (source: Source) => void;
}

export function SourceEditorDialog({ open, source, onClose, onSaved }: SourceEditorDialogProps) {
  const id = useId();
  const nameRef = useRef<HTMLInputElement>(null);
  const [draft, setDraft] = useState<SourceDraft>(() => draftOf(source));
  const [errors, setErrors] = useState<DraftErrors>(NO_DRAFT_ERRORS);
  const [saving, setSaving] = useState(false);
  const nextKey = useRef(0);

  useEffect(() => {
    if (!open) return;
    const fresh = draftOf(source);
    nextKey.current = fresh.aliases.length;
    setDraft(fresh);
    setErrors(NO_DRAFT_ERRORS);
    // The draft is taken when the dialog opens, never while it is being edited.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- on opening only, by design
  }, [open]);

  const set = <F extends Exclude<DraftField, 'aliases'>>(field: F, value: SourceDraft[F]) => {
    setDraft((current) => ({ ...current, [field]: value }));
    setErrors((current) => ({ ...current, fields: { ...current.fields, [field]: undefined } }));
  };
  const setAlias = (key: number, change: Partial<{ alias: string; kind: AliasKind }>) => {
    setDraft((current) => ({
      ...current,
      aliases: current.aliases.map((row) => (row.key === key ? { ...row, ...change } : row)),
    }));
    setErrors((current) => ({ ...current, aliasRows: { ...current.aliasRows, [key]: '' } }));
  };
  const addAlias = () => {
    const key = nextKey.current++;
    setDraft((current) => ({ ...current, aliases: [...current.aliases, { key, alias: '', kind: 'name' }] }));
    // The new row's field takes the focus once it exists.
    requestAnimationFrame(() => document.getElementById(`${id}-alias-${key}`)?.focus());
  };
  const removeAlias = (key: number) => setDraft((current) => ({ ...current, aliases: current.aliases.filter((row) => row.key !== key) }));

  const save = async () => {
    if (saving) return;
    setSaving(true);
    setErrors(NO_DRAFT_ERRORS);
    try {
      if (source) {
        const patch = patchOf(draft, source);
        if (Object.keys(patch).length === 0) {
          onClose();
          return;
        }
        onSaved(await call('sources.update', { id: source.id, patch }));
      } else {
        onSaved(await call('sources.create', createArgs(draft)));
      }
      onClose();
    } catch (error) {
      setErrors(placeDraftErrors(asClientError(error), draft, source ? 'patch.' : ''));
    } finally {
      setSaving(false);
    }
  };

  const fieldError = (field: DraftField) =>
    errors.fields[field] ? (
      <p className="setting__error" id={`${id}-${field}-error`}>
        <Icon name="alert" size={13} />
        <span>{errors.fields[field]}</span>
      </p>
    ) : null;
  const describedBy = (field: DraftField, help?: boolean) =>
    [errors.fields[field] ? `${id}-${field}-error` : null, help ? `${id}-${field}-help` : null].filter(Boolean).join(' ') || undefined;

  return (
    <ModalDialog
      open={open}
      title={source ? `Edit ${source.name}` : 'New source'}
      onClose={onClose}
      onSubmit={() => void save()}
      initialFocus={nameRef}
      size="large"
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button--primary" disabled={saving}>
            {saving ? 'Saving…' : source ? 'Save' : 'Add source'}
          </button>
        </>
      }
    >
      <div className="form-grid">
        <div className="setting form-grid__wide">
          <label className="setting__label" htmlFor={`${id}-name`}>
            Name
          </label>
          <input
            ref={nameRef}
            id={`${id}-name`}
            className="text-input"
            value={draft.name}
            dir="auto"
            autoComplete="off"
            spellCheck={false}
            placeholder="e.g. Anadolu Agency, NLF spokesman, “Arab sources”"
            aria-invalid={errors.fields.name ? true : undefined}
            aria-describedby={describedBy('name')}
            onChange={(event) => set('name', event.target.value)}
          />
          {fieldError('name')}
        </div>
        <div className="setting">
          <label className="setting__label" htmlFor={`${id}-kind`}>
            Kind
          </label>
          <span className="select-field select-field--form">
            <select
              id={`${id}-kind`}
              value={draft.kind}
              aria-invalid={errors.fields.kind ? true : undefined}
              aria-describedby={describedBy('kind')}
              onChange={(event) => set('kind', event.target.value as SourceKind)}
            >
              {SOURCE_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {SOURCE_KIND_LABELS[kind]}
                </option>
              ))}
            </select>
            <Icon name="chevronDown" size={14} className="select-field__chevron" />
          </span>
          {fieldError('kind')}
        </div>
        <div className="setting">
          <label className="setting__label" htmlFor={`${id}-country`}>
            Country <span className="setting__optional">(optional)</span>
          </label>
          <input
            id={`${id}-country`}
            className="text-input"
            value={draft.country}
            maxLength={40}
            autoComplete="off"
            spellCheck={false}
            placeholder="e.g. RU, IR, FR"
            aria-invalid={errors.fields.country ? true : undefined}
            aria-describedby={describedBy('country', true)}
            onChange={(event) => set('country', event.target.value)}
          />
          {fieldError('country')}
          <p className="setting__help" id={`${id}-country-help`}>
            Two-letter code of the country it reports from or for.
          </p>
        </div>
        <div className="setting">
          <label className="setting__label" htmlFor={`${id}-wikidata`}>
            Wikidata item <span className="setting__optional">(optional)</span>
          </label>
          <input
            id={`${id}-wikidata`}
            className="text-input"
            value={draft.wikidataId}
            autoComplete="off"
            spellCheck={false}
            placeholder="e.g. Q130879"
            aria-invalid={errors.fields.wikidataId ? true : undefined}
            aria-describedby={describedBy('wikidataId', true)}
            onChange={(event) => set('wikidataId', event.target.value)}
          />
          {fieldError('wikidataId')}
          <p className="setting__help" id={`${id}-wikidataId-help`}>
            The item's ID or its address, so registries from other desks line up.
          </p>
        </div>
        <div className="setting source-editor__state">
          <label className="checkbox-field">
            <input
              type="checkbox"
              checked={draft.stateAffiliated}
              aria-describedby={`${id}-state-help`}
              onChange={(event) => set('stateAffiliated', event.target.checked)}
            />
            <span>State-affiliated</span>
          </label>
          <p className="setting__help" id={`${id}-state-help`}>
            A government owns it or directs its editorial line, or it is itself a government body.
          </p>
        </div>
        <fieldset className="setting form-grid__wide alias-editor">
          <legend className="setting__label">Also known as</legend>
          {draft.aliases.length === 0 ? (
            <p className="setting__help">
              No other names. Add abbreviations, spellings in other scripts, web domains and photo-credit forms.
            </p>
          ) : (
            <ul className="alias-editor__rows">
              {draft.aliases.map((row, index) => {
                const problem = errors.aliasRows[row.key];
                return (
                  <li key={row.key} className="alias-editor__row">
                    <input
                      id={`${id}-alias-${row.key}`}
                      className="text-input text-input--compact"
                      value={row.alias}
                      dir="auto"
                      autoComplete="off"
                      spellCheck={false}
                      aria-label={`Alias ${index + 1}`}
                      aria-invalid={problem ? true : undefined}
                      aria-describedby={problem ? `${id}-alias-${row.key}-error` : undefined}
                      onChange={(event) => setAlias(row.key, { alias: event.target.value })}
                    />
                    <span className="select-field">
                      <select
                        aria-label={`Alias ${index + 1} kind`}
                        value={row.kind}
                        onChange={(event) => setAlias(row.key, { kind: event.target.value as AliasKind })}
                      >
                        {ALIAS_KINDS.map((kind) => (
                          <option key={kind} value={kind}>
                            {ALIAS_KIND_NAMES[kind]}
                          </option>
                        ))}
                      </select>
                      <Icon name="chevronDown" size={14} className="select-field__chevron" />
                    </span>
                    <button
                      type="button"
                      className="icon-button icon-button--small"
                      aria-label={`Remove alias ${row.alias.trim() || index + 1}`}
                      onClick={() => removeAlias(row.key)}
                    >
                      <Icon name="close" size={14} />
                    </button>
                    {problem ? (
                      <p className="setting__error alias-editor__error" id={`${id}-alias-${row.key}-error`}>
                        <Icon name="alert" size={13} />
                        <span>{problem}</span>
                      </p>
                    ) : null}
                  </li>
                );
              })}
            </ul>
          )}
          <button type="button" className="button button--small alias-editor__add" onClick={addAlias}>
            <Icon name="plus" size={14} />
            Add alias
          </button>
          {fieldError('aliases')}
        </fieldset>
        <div className="setting form-grid__wide">
          <label className="setting__label" htmlFor={`${id}-notes`}>
            Notes <span className="setting__optional">(optional)</span>
          </label>
          <textarea
            id={`${id}-notes`}
            className="text-input text-area source-notes"
            value={draft.notes}
            dir="auto"
            placeholder="Ownership, track record, how it is usually credited…"
            aria-invalid={errors.fields.notes ? true : undefined}
            aria-describedby={describedBy('notes')}
            onChange={(event) => set('notes', event.target.value)}
          />
          {fieldError('notes')}
        </div>
      </div>
      <FormError>{errors.general}</FormError>
    </ModalDialog>
  );
}
