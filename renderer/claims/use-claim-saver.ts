// Saving the inspector's fields: one claims.update per change, a quiet "Saving… / Saved" status,
// and what the API rejects placed under the field it is about.
import { useCallback, useEffect, useRef, useState } from 'react';

import type { Claim } from '../../core/domain.js';
import { asClientError } from '../api-client.js';
import { placeFieldErrors } from '../settings/field-errors.js';
import type { ClaimPatch } from './claim-commands.js';
import { useClaims } from './claims-context.js';

export type PatchField = keyof ClaimPatch;
export type SaveStatus = 'idle' | 'saving' | 'saved' | 'failed';

const FIELDS: PatchField[] = ['statement', 'claimant', 'kind', 'checkworthiness', 'tags', 'notesJson', 'notesText', 'assignee'];
const SAVED_SHOWN_MS = 2500;

export interface ClaimSaver {
  save: (patch: ClaimPatch, mergeKey?: string) => Promise<boolean>;
  status: SaveStatus;
  errors: Partial<Record<PatchField, string>>;
  general: string | null;
}

export function useClaimSaver(claim: Claim): ClaimSaver {
  const { updateClaim } = useClaims();
  const latestClaim = useRef(claim);
  latestClaim.current = claim;
  const [status, setStatus] = useState<SaveStatus>('idle');
  const [errors, setErrors] = useState<Partial<Record<PatchField, string>>>({});
  const [general, setGeneral] = useState<string | null>(null);
  const pending = useRef(0);
  // Saves go one after another, each from the claim as the previous one left it: two quick edits
  // (two tags in a row) must not both record "before" as the state before the first, or undoing
  // the second would undo the first too.
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const lastSaved = useRef<Claim | null>(null);

  useEffect(() => {
    if (status !== 'saved') return;
    const timer = setTimeout(() => setStatus('idle'), SAVED_SHOWN_MS);
    return () => clearTimeout(timer);
  }, [status]);

  const save = useCallback(
    async (patch: ClaimPatch, mergeKey?: string) => {
      pending.current++;
      setStatus('saving');
      try {
        const before = (): Claim => {
          const saved = lastSaved.current;
          return saved && saved.id === latestClaim.current.id && saved.updatedAt >= latestClaim.current.updatedAt
            ? saved
            : latestClaim.current;
        };
        const run = queue.current.then(async () => {
          lastSaved.current = await updateClaim(before(), patch, mergeKey);
        });
        queue.current = run.catch(() => undefined);
        await run;
        setErrors((current) => {
          const next = { ...current };
          for (const field of Object.keys(patch) as PatchField[]) delete next[field];
          return next;
        });
        setGeneral(null);
        if (--pending.current === 0) setStatus('saved');
        return true;
      } catch (error) {
        pending.current--;
        const clientError = asClientError(error);
        if (clientError.code === 'invalid_arguments') {
          const placed = placeFieldErrors(
            clientError.message,
            FIELDS.map((field) => `patch.${field}`),
          );
          const fields: Partial<Record<PatchField, string>> = {};
          for (const [key, message] of Object.entries(placed.fields)) fields[key.slice('patch.'.length) as PatchField] = message as string;
          setErrors((current) => ({ ...current, ...fields }));
          setGeneral(placed.general);
        } else {
          setGeneral(clientError.message);
        }
        setStatus('failed');
        return false;
      }
    },
    [updateClaim],
  );

  return { save, status, errors, general };
}
