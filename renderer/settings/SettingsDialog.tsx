// Workbench settings in a modal dialog. The native <dialog> gives the focus trap, Escape to close
// and the inert background; what the API rejects is shown under the field it is about.
import { type FormEvent, type ReactNode, type Ref, useEffect, useId, useRef, useState } from 'react';

import type { Settings, WorkbenchInfo } from '../../core/domain.js';
import { asClientError, call } from '../api-client.js';
import { FormError } from '../components/FormError.js';
import { Icon } from '../components/Icon.js';
import { TextField } from '../components/TextField.js';
import { BackupsSection } from './BackupsSection.js';
import { type PlacedErrors, placeFieldErrors } from './field-errors.js';
import { WorkbenchSection } from './WorkbenchSection.js';

interface SettingsDialogProps {
  open: boolean;
  settings: Settings | undefined;
  /** The open workbench, for its file and file format under Workbench. */
  info?: WorkbenchInfo | undefined;
  onClose: () => void;
  onSaved: (settings: Settings) => void;
}

type TextSettingKey = 'reviewerName' | 'organizationName' | 'organizationUrl' | 'reviewUrlPattern';
const FIELDS = ['reviewerName', 'organizationName', 'organizationUrl', 'reviewUrlPattern', 'theme'] as const;
type Field = (typeof FIELDS)[number];

const THEMES: { value: Settings['theme']; label: string }[] = [
  { value: 'system', label: 'System' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

const NO_ERRORS: PlacedErrors<Field> = { fields: {}, general: null };

export function SettingsDialog({ open, settings, info, onClose, onSaved }: SettingsDialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [draft, setDraft] = useState<Settings | null>(null);
  const [errors, setErrors] = useState<PlacedErrors<Field>>(NO_ERRORS);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      setDraft(settings ?? null);
      setErrors(NO_ERRORS);
      dialog.showModal();
    } else if (!open && dialog.open) {
      dialog.close();
    }
    // The draft is taken from the settings only when the dialog opens, never while it is edited.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- on opening only, by design
  }, [open]);

  // The fields are enabled only once the settings are known, after showModal() has already placed
  // focus; so the first field is focused when it becomes usable.
  const editable = open && draft !== null;
  const firstFieldRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (editable) firstFieldRef.current?.focus();
  }, [editable]);

  const setField = <F extends keyof Settings>(field: F, value: Settings[F]) => {
    setDraft((current) => (current ? { ...current, [field]: value } : current));
    setErrors((current) => ({ ...current, fields: { ...current.fields, [field]: undefined } }));
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!draft || saving) return;
    setSaving(true);
    setErrors(NO_ERRORS);
    try {
      const saved = await call('settings.update', draft);
      onSaved(saved);
      onClose();
    } catch (error) {
      const clientError = asClientError(error);
      setErrors(
        clientError.code === 'invalid_arguments'
          ? placeFieldErrors(clientError.message, FIELDS)
          : { fields: {}, general: clientError.message },
      );
    } finally {
      setSaving(false);
    }
  };

  const textField = (
    field: TextSettingKey,
    label: string,
    help: ReactNode,
    inputProps: { type?: string; placeholder?: string; inputRef?: Ref<HTMLInputElement> } = {},
  ) => (
    <TextField
      field={field}
      label={label}
      help={help}
      value={draft?.[field] ?? ''}
      error={errors.fields[field]}
      disabled={!draft}
      onChange={(value) => setField(field, value)}
      {...inputProps}
    />
  );

  return (
    <dialog ref={dialogRef} className="dialog" aria-labelledby={titleId} onClose={onClose}>
      <form className="dialog__form" onSubmit={onSubmit} noValidate>
        <header className="dialog__header">
          <h2 id={titleId} className="dialog__title">
            Settings
          </h2>
          <button type="button" className="icon-button" aria-label="Close settings" onClick={onClose}>
            <Icon name="close" />
          </button>
        </header>

        <div className="dialog__body">
          <fieldset className="settings-group">
            <legend className="settings-group__title">Reviewer</legend>
            {textField('reviewerName', 'Reviewer name', 'Recorded with every change you make and printed on your reports.', {
              placeholder: 'e.g. Dana Levin',
              inputRef: firstFieldRef,
            })}
          </fieldset>

          <fieldset className="settings-group">
            <legend className="settings-group__title">Organisation</legend>
            {textField('organizationName', 'Organisation name', 'Named as the publisher of exported fact-checks.', {
              placeholder: 'e.g. Newsroom Verification Desk',
            })}
            {textField('organizationUrl', 'Organisation website', 'Its web address, starting with https://.', {
              type: 'url',
              placeholder: 'https://example.org',
            })}
            {textField(
              'reviewUrlPattern',
              'Fact-check page address',
              <>
                Where each published fact-check lives, with <code>{'{claim}'}</code> where the claim’s ID goes. Every ClaimReview links to
                its page, so ClaimReview exports need it.
              </>,
              { type: 'url', placeholder: 'https://desk.example.org/checks/{claim}' },
            )}
          </fieldset>

          <fieldset className="settings-group">
            <legend className="settings-group__title">Appearance</legend>
            <div className="setting">
              <span className="setting__label" id={`${titleId}-theme`}>
                Theme
              </span>
              <div className="segmented" role="radiogroup" aria-labelledby={`${titleId}-theme`}>
                {THEMES.map((theme) => (
                  <label key={theme.value} className="segmented__option">
                    <input
                      type="radio"
                      name="theme"
                      value={theme.value}
                      checked={draft?.theme === theme.value}
                      disabled={!draft}
                      onChange={() => setField('theme', theme.value)}
                    />
                    <span>{theme.label}</span>
                  </label>
                ))}
              </div>
              <p className="setting__help">System follows your computer’s light or dark appearance.</p>
              {errors.fields.theme ? <p className="setting__error">{errors.fields.theme}</p> : null}
            </div>
          </fieldset>

          <WorkbenchSection info={info} />

          <BackupsSection open={open} />

          <FormError>{errors.general}</FormError>
        </div>

        <footer className="dialog__footer">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button--primary" disabled={!draft || saving}>
            {saving ? 'Saving…' : 'Save'}
          </button>
        </footer>
      </form>
    </dialog>
  );
}
