// Setting the outlet and publication date of several documents at once. Each field is left as each
// document has it, changed to one value for all, or cleared on all; one call saves the lot.
import { type RefObject, useEffect, useId, useRef, useState } from 'react';

import { MAX_BATCH_DOCUMENTS } from '../../core/api/documents.js';
import type { DocumentSummary } from '../../core/domain.js';
import { asClientError, call } from '../api-client.js';
import { FormError } from '../components/FormError.js';
import { ModalDialog } from '../components/ModalDialog.js';
import { TextField, type TextFieldProps } from '../components/TextField.js';
import { countOf, formatDate, formatNumber } from '../format.js';
import { type PlacedErrors, placePatchErrors } from '../settings/field-errors.js';
import { useRegistryOutletNames } from '../sources/outlet-names.js';
import {
  BATCH_FIELDS,
  type BatchDraft,
  type BatchField,
  type BatchPatch,
  batchPatchOf,
  changesAnything,
  describeCurrent,
  EMPTY_BATCH_DRAFT,
  type FieldMode,
} from './batch-edit.js';

const NO_ERRORS: PlacedErrors<BatchField> = { fields: {}, general: null };
const TITLES_SHOWN = 3;

interface EditOutletDateDialogProps {
  open: boolean;
  documents: readonly DocumentSummary[];
  onClose: () => void;
  onSaved: (patch: BatchPatch, documents: DocumentSummary[]) => void;
}

export function EditOutletDateDialog({ open, documents, onClose, onSaved }: EditOutletDateDialogProps) {
  const id = useId();
  const [draft, setDraft] = useState<BatchDraft>(EMPTY_BATCH_DRAFT);
  const [errors, setErrors] = useState<PlacedErrors<BatchField>>(NO_ERRORS);
  const [saving, setSaving] = useState(false);
  const outletRef = useRef<HTMLInputElement>(null);
  const dateRef = useRef<HTMLInputElement>(null);
  const inputRefs: Record<BatchField, RefObject<HTMLInputElement | null>> = { outlet: outletRef, publishedAt: dateRef };
  const outlets = useRegistryOutletNames(open);

  useEffect(() => {
    if (open) {
      setDraft(EMPTY_BATCH_DRAFT);
      setErrors(NO_ERRORS);
    }
  }, [open]);

  const setField = (field: BatchField, mode: FieldMode, value: string) => {
    setDraft((current) => ({ ...current, [field]: { mode, value } }));
    setErrors((current) => ({ ...current, fields: { ...current.fields, [field]: undefined } }));
  };

  const chooseMode = (field: BatchField, mode: FieldMode) => {
    setField(field, mode, mode === 'set' ? draft[field].value : '');
    // Choosing Change is choosing to type: the field is ready for it.
    if (mode === 'set') requestAnimationFrame(() => inputRefs[field].current?.focus());
  };

  const save = async () => {
    if (saving || !changesAnything(draft)) return;
    const { patch, errors: missing } = batchPatchOf(draft);
    if (Object.keys(missing).length > 0) {
      setErrors({ fields: missing, general: null });
      inputRefs[Object.keys(missing)[0] as BatchField].current?.focus();
      return;
    }
    setSaving(true);
    setErrors(NO_ERRORS);
    try {
      const saved = await call('documents.updateMany', { ids: documents.map((document) => document.id), patch });
      onSaved(patch, saved);
      onClose();
    } catch (error) {
      setErrors(placePatchErrors(asClientError(error), BATCH_FIELDS));
    } finally {
      setSaving(false);
    }
  };

  const count = documents.length;
  const tooMany = count > MAX_BATCH_DOCUMENTS;
  const field = (name: BatchField, label: string, props: Partial<TextFieldProps>, current: string, effect: Record<FieldMode, string>) => {
    const { mode, value } = draft[name];
    return (
      <div className="batch-field">
        <div className="segmented segmented--compact batch-field__mode" role="radiogroup" aria-label={label}>
          {(
            [
              ['keep', 'Leave as is'],
              ['set', 'Change'],
              ['clear', 'Clear'],
            ] as const
          ).map(([option, optionLabel]) => (
            <label key={option} className="segmented__option">
              <input
                type="radio"
                name={`${id}-${name}-mode`}
                value={option}
                checked={mode === option}
                onChange={() => chooseMode(name, option)}
              />
              <span>{optionLabel}</span>
            </label>
          ))}
        </div>
        <TextField
          field={name}
          label={label}
          value={value}
          error={errors.fields[name]}
          // Typing is changing: the field need not be switched to Change first.
          onChange={(typed) => setField(name, 'set', typed)}
          disabled={mode === 'clear'}
          inputRef={inputRefs[name]}
          help={`${effect[mode]} Now: ${current}.`}
          {...props}
        />
      </div>
    );
  };

  const titles = documents.slice(0, TITLES_SHOWN);
  return (
    <ModalDialog
      open={open}
      title="Edit outlet and date"
      onClose={onClose}
      onSubmit={() => void save()}
      // Typing an outlet straight away is the commonest edit; it switches the field to Change.
      initialFocus={outletRef}
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button--primary" disabled={saving || !changesAnything(draft) || tooMany}>
            {saving ? 'Saving…' : `Apply to ${countOf(count, 'document')}`}
          </button>
        </>
      }
    >
      <div className="batch-edit__scope">
        <p>Changes apply to the {countOf(count, 'selected document')}; a field left as is keeps each document’s own value.</p>
        {tooMany ? (
          <FormError>
            One edit can change at most {formatNumber(MAX_BATCH_DOCUMENTS)} documents; narrow the selection with the filters, then edit in
            parts.
          </FormError>
        ) : null}
        <ul className="batch-edit__titles">
          {titles.map((document) => (
            <li key={document.id} dir="auto" title={document.title}>
              {document.title}
            </li>
          ))}
          {count > TITLES_SHOWN ? <li className="batch-edit__more">and {formatNumber(count - TITLES_SHOWN)} more</li> : null}
        </ul>
      </div>
      {field(
        'outlet',
        'Outlet',
        { placeholder: draft.outlet.mode === 'clear' ? 'No outlet' : 'e.g. TASS', dir: 'auto', list: `${id}-outlets` },
        describeCurrent(documents.map((document) => document.outlet)),
        {
          keep: 'Each document keeps its own outlet.',
          set: `All ${countOf(count, 'document')} get this outlet.`,
          clear: `The outlet is removed from all ${countOf(count, 'document')}.`,
        },
      )}
      <datalist id={`${id}-outlets`}>
        {outlets.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      {field(
        'publishedAt',
        'Date published',
        { type: 'date' },
        describeCurrent(
          documents.map((document) => document.publishedAt?.slice(0, 10) ?? null),
          { format: formatDate, asSpan: true },
        ),
        {
          keep: 'Each document keeps its own date.',
          set: `All ${countOf(count, 'document')} get this date.`,
          clear: `The date is removed from all ${countOf(count, 'document')}.`,
        },
      )}
      <FormError>{errors.general}</FormError>
    </ModalDialog>
  );
}
