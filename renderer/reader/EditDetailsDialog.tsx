// Correcting what import detected: title, outlet, author, web address, date, language and
// direction. Only changed fields are sent; what the API rejects is shown under its field.
import { useEffect, useId, useRef, useState } from 'react';

import type { DocumentDetail, TextDirection } from '../../core/domain.js';
import { asClientError, call } from '../api-client.js';
import { FormError } from '../components/FormError.js';
import { ModalDialog } from '../components/ModalDialog.js';
import { TextField, type TextFieldProps } from '../components/TextField.js';
import { type PlacedErrors, placePatchErrors } from '../settings/field-errors.js';
import { useRegistryOutletNames } from '../sources/outlet-names.js';
import { COMMON_LANGUAGES, directionOf, languageName } from './languages.js';

const FIELDS = ['title', 'outlet', 'author', 'url', 'publishedAt', 'language', 'direction'] as const;
type Field = (typeof FIELDS)[number];
type Draft = Record<Exclude<Field, 'direction'>, string> & { direction: TextDirection };

const NO_ERRORS: PlacedErrors<Field> = { fields: {}, general: null };

interface EditDetailsDialogProps {
  open: boolean;
  document: DocumentDetail;
  onClose: () => void;
  onSaved: (document: DocumentDetail) => void;
}

function draftOf(document: DocumentDetail): Draft {
  return {
    title: document.title,
    outlet: document.outlet ?? '',
    author: document.author ?? '',
    url: document.url ?? '',
    publishedAt: document.publishedAt?.slice(0, 10) ?? '',
    language: document.language ?? '',
    direction: document.direction,
  };
}

/** The fields that differ from the document, with empty text meaning "not known". */
function patchOf(draft: Draft, document: DocumentDetail) {
  const original = draftOf(document);
  const patch: Record<string, string | null> = {};
  for (const field of FIELDS) {
    if (draft[field].trim() === original[field].trim()) continue;
    const value = draft[field].trim();
    patch[field] = value === '' && field !== 'title' ? null : value;
  }
  return patch;
}

export function EditDetailsDialog({ open, document, onClose, onSaved }: EditDetailsDialogProps) {
  const id = useId();
  const titleRef = useRef<HTMLInputElement>(null);
  const [draft, setDraft] = useState<Draft>(() => draftOf(document));
  const [errors, setErrors] = useState<PlacedErrors<Field>>(NO_ERRORS);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    if (open) {
      setDraft(draftOf(document));
      setErrors(NO_ERRORS);
    }
    // The draft is taken when the dialog opens, never while it is being edited.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- on opening only, by design
  }, [open]);

  // The outlet is a registry source: its names are offered as the reviewer types.
  const outlets = useRegistryOutletNames(open);

  const set = <F extends Field>(field: F, value: Draft[F]) => {
    setDraft((current) => ({ ...current, [field]: value }));
    setErrors((current) => ({ ...current, fields: { ...current.fields, [field]: undefined } }));
  };

  const save = async () => {
    if (saving) return;
    const patch = patchOf(draft, document);
    if (Object.keys(patch).length === 0) {
      onClose();
      return;
    }
    setSaving(true);
    setErrors(NO_ERRORS);
    try {
      const saved = await call('documents.update', { id: document.id, patch });
      onSaved(saved);
      onClose();
    } catch (error) {
      setErrors(placePatchErrors(asClientError(error), FIELDS));
    } finally {
      setSaving(false);
    }
  };

  const text = (field: Exclude<Field, 'direction'>, label: string, props: Partial<TextFieldProps> = {}) => (
    <TextField
      field={field}
      label={label}
      value={draft[field]}
      error={errors.fields[field]}
      onChange={(value) => set(field, value)}
      {...props}
    />
  );

  return (
    <ModalDialog
      open={open}
      title="Edit details"
      onClose={onClose}
      onSubmit={() => void save()}
      initialFocus={titleRef}
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button--primary" disabled={saving}>
            {saving ? 'Saving…' : 'Save'}
          </button>
        </>
      }
    >
      <div className="form-grid">
        <div className="form-grid__wide">{text('title', 'Title', { inputRef: titleRef, dir: 'auto' })}</div>
        {text('outlet', 'Outlet', { placeholder: 'e.g. TASS', dir: 'auto', list: `${id}-outlets` })}
        <datalist id={`${id}-outlets`}>
          {outlets.map((name) => (
            <option key={name} value={name} />
          ))}
        </datalist>
        {text('author', 'Author', { placeholder: 'Not known', dir: 'auto' })}
        <div className="form-grid__wide">
          {text('url', 'Web address', { type: 'url', placeholder: 'https://…', help: 'Kept as text; Claimtrace never opens it.' })}
        </div>
        {text('publishedAt', 'Date published', { type: 'date' })}
        {text('language', 'Language', {
          placeholder: 'e.g. en, ru, fa',
          list: `${id}-languages`,
          help: draft.language.trim() ? languageName(draft.language.trim()) : 'A language code',
          onChange: (value) => {
            set('language', value);
            const code = value.trim();
            if (/^[a-z]{2,3}$/.test(code)) set('direction', directionOf(code));
          },
        })}
        <datalist id={`${id}-languages`}>
          {COMMON_LANGUAGES.map((code) => (
            <option key={code} value={code}>
              {languageName(code)}
            </option>
          ))}
        </datalist>
        <div className="setting form-grid__wide">
          <span className="setting__label" id={`${id}-direction`}>
            Text direction
          </span>
          <div className="segmented" role="radiogroup" aria-labelledby={`${id}-direction`}>
            {(
              [
                ['ltr', 'Left to right'],
                ['rtl', 'Right to left'],
              ] as const
            ).map(([value, label]) => (
              <label key={value} className="segmented__option">
                <input
                  type="radio"
                  name={`${id}-direction`}
                  value={value}
                  checked={draft.direction === value}
                  onChange={() => set('direction', value)}
                />
                <span>{label}</span>
              </label>
            ))}
          </div>
          {errors.fields.direction ? <p className="setting__error">{errors.fields.direction}</p> : null}
        </div>
      </div>
      <FormError>{errors.general}</FormError>
    </ModalDialog>
  );
}
