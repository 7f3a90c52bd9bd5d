// A registry entry as the edit form holds it, and the arguments it becomes: text fields as typed,
// aliases as rows (blank rows are ones the reviewer added and left empty, not aliases), and the
// API's complaints put back beside the field or alias row they are about.
import type { ArgsIn } from '../../core/api/index.js';
import type { AliasKind, Source, SourceAlias, SourceKind } from '../../core/domain.js';
import type { ClientError } from '../api-client.js';
import { placeFieldErrors } from '../settings/field-errors.js';
import { wikidataIdOf } from './wikidata.js';

export interface AliasRow {
  /** Stable while the form is open, so React keeps each row's input as rows come and go. */
  key: number;
  alias: string;
  kind: AliasKind;
}

export interface SourceDraft {
  name: string;
  kind: SourceKind;
  country: string;
  stateAffiliated: boolean;
  notes: string;
  /** As typed: an item ID, or its Wikidata address, or empty. */
  wikidataId: string;
  aliases: AliasRow[];
}

export const DRAFT_FIELDS = ['name', 'kind', 'country', 'stateAffiliated', 'notes', 'wikidataId', 'aliases'] as const;
export type DraftField = (typeof DRAFT_FIELDS)[number];

export interface DraftErrors {
  fields: Partial<Record<DraftField, string>>;
  /** Problems with one alias, by the row's key. */
  aliasRows: Record<number, string>;
  general: string | null;
}

export const NO_DRAFT_ERRORS: DraftErrors = { fields: {}, aliasRows: {}, general: null };

export function draftOf(source: Source | null): SourceDraft {
  return {
    name: source?.name ?? '',
    kind: source?.kind ?? 'newspaper',
    country: source?.country ?? '',
    stateAffiliated: source?.stateAffiliated ?? false,
    notes: source?.notes ?? '',
    wikidataId: source?.wikidataId ?? '',
    aliases: (source?.aliases ?? []).map((alias, index) => ({ key: index, alias: alias.alias, kind: alias.kind })),
  };
}

/** The rows that hold an alias, with the row keys they came from, in order. */
function filledAliases(draft: SourceDraft): { aliases: SourceAlias[]; keys: number[] } {
  const rows = draft.aliases.filter((row) => row.alias.trim() !== '');
  return { aliases: rows.map((row) => ({ alias: row.alias.trim(), kind: row.kind })), keys: rows.map((row) => row.key) };
}

// Country codes are written in capitals by convention; accepting "ir" saves the reviewer a
// pointless correction, while "Iran" still reaches the API and gets its message.
function countryOf(draft: SourceDraft): string | null {
  const country = draft.country.trim();
  return country === '' ? null : country.toUpperCase();
}

export function createArgs(draft: SourceDraft): ArgsIn<'sources.create'> {
  return {
    name: draft.name.trim(),
    kind: draft.kind,
    country: countryOf(draft),
    stateAffiliated: draft.stateAffiliated,
    notes: draft.notes,
    wikidataId: wikidataIdOf(draft.wikidataId),
    aliases: filledAliases(draft).aliases,
  };
}

type SourcePatch = ArgsIn<'sources.update'>['patch'];

/** Only what changed; the alias list, when it changed at all, is sent whole because it replaces the old one. */
export function patchOf(draft: SourceDraft, source: Source): SourcePatch {
  const patch: SourcePatch = {};
  const name = draft.name.trim();
  if (name !== source.name) patch.name = name;
  if (draft.kind !== source.kind) patch.kind = draft.kind;
  const country = countryOf(draft);
  if (country !== source.country) patch.country = country;
  if (draft.stateAffiliated !== source.stateAffiliated) patch.stateAffiliated = draft.stateAffiliated;
  if (draft.notes !== source.notes) patch.notes = draft.notes;
  const wikidataId = wikidataIdOf(draft.wikidataId);
  if (wikidataId !== source.wikidataId) patch.wikidataId = wikidataId;
  const { aliases } = filledAliases(draft);
  if (!sameAliases(aliases, source.aliases)) patch.aliases = aliases;
  return patch;
}

function sameAliases(a: readonly SourceAlias[], b: readonly SourceAlias[]): boolean {
  return a.length === b.length && a.every((alias, index) => alias.alias === b[index]?.alias && alias.kind === b[index]?.kind);
}

const NAME_TAKEN = /already a source called/i;

/**
 * Where each problem the API reported belongs. `prefix` is where the fields sit in the arguments
 * ("" for sources.create, "patch." for sources.update).
 */
export function placeDraftErrors(error: ClientError, draft: SourceDraft, prefix: '' | 'patch.'): DraftErrors {
  if (error.code === 'conflict' && NAME_TAKEN.test(error.message)) {
    return { fields: { name: error.message }, aliasRows: {}, general: null };
  }
  if (error.code !== 'invalid_arguments') return { fields: {}, aliasRows: {}, general: error.message };

  const { keys } = filledAliases(draft);
  const aliasPaths = keys.flatMap((_, index) => [
    `${prefix}aliases.${index}.alias`,
    `${prefix}aliases.${index}.kind`,
    `${prefix}aliases.${index}`,
  ]);
  const paths = [...DRAFT_FIELDS.map((field) => `${prefix}${field}`), ...aliasPaths];
  const placed = placeFieldErrors(error.message, paths);

  const fields: DraftErrors['fields'] = {};
  const aliasRows: DraftErrors['aliasRows'] = {};
  for (const [path, message] of Object.entries(placed.fields) as [string, string][]) {
    const local = path.slice(prefix.length);
    const alias = /^aliases\.(\d+)/.exec(local);
    const key = alias ? keys[Number(alias[1])] : undefined;
    if (key !== undefined) aliasRows[key] = aliasRows[key] ? `${aliasRows[key]}; ${message}` : message;
    else fields[local as DraftField] = message;
  }
  return { fields, aliasRows, general: placed.general };
}
