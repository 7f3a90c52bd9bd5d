// Every field and action the workbench writes to its history reads as words wherever the history is
// shown (the claim's timeline, the dashboard's activity, reports): never the internal name
// ("commentsStart") or a raw offset. The fields are gathered from where the history is written —
// the patch schemas the edits loop over, the fields a bundle merge compares, and every field and
// action named at a recordHistory or recordOverwrite call in db/ — so a new one without words fails.
import fs from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { claimPatchSchema } from '../../../core/api/claim-inputs.js';
import { documentPatchSchema } from '../../../core/api/documents.js';
import { evidencePatchSchema } from '../../../core/api/evidence.js';
import { ratingFieldsSchema } from '../../../core/api/ratings.js';
import { sourceFieldsSchema } from '../../../core/api/sources.js';
import { PROVENANCE_FIELDS } from '../../../core/domain.js';
import { describeHistory, fieldWording, WORDED_ACTIONS } from '../../../core/review/history-lines.js';
import { CONTENT_FIELDS as MERGED_CLAIM_FIELDS } from '../../../db/bundle/merge-claims.js';
import { HISTORY_FIELD, METADATA_FIELDS } from '../../../db/bundle/merge-documents.js';
import { CONTENT_FIELDS as MERGED_EVIDENCE_FIELDS } from '../../../db/bundle/merge-evidence.js';
import { CONTENT_FIELDS as MERGED_RATING_FIELDS } from '../../../db/bundle/merge-ratings.js';
import { CONTENT_FIELDS as MERGED_SOURCE_FIELDS } from '../../../db/bundle/merge-sources.js';
import { historyEvent } from '../../support/history-event.js';

const root = path.resolve(__dirname, '../../..');

function sourceFiles(folder: string): string[] {
  return fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

/** The text of each call to `name(…)` in a source file, parentheses matched. */
function callsOf(source: string, name: string): string[] {
  const calls: string[] = [];
  let at = source.indexOf(`${name}(`);
  while (at !== -1) {
    let depth = 0;
    let end = at + name.length;
    for (; end < source.length; end += 1) {
      if (source[end] === '(') depth += 1;
      else if (source[end] === ')' && --depth === 0) break;
    }
    calls.push(source.slice(at, end + 1));
    at = source.indexOf(`${name}(`, end);
  }
  return calls;
}

interface Written {
  entity: string | null;
  field: string | null;
  action: string | null;
  file: string;
}

/** What each history-writing call in db/ names in words of its own: its entity, field and action. */
const written: Written[] = sourceFiles(path.join(root, 'db'))
  .filter((file) => !file.endsWith(`${path.sep}history.ts`) && !file.endsWith(`${path.sep}merge-context.ts`))
  .flatMap((file) => {
    const source = fs.readFileSync(file, 'utf8');
    return [...callsOf(source, 'recordHistory'), ...callsOf(source, 'recordOverwrite')].map((call) => ({
      entity: /entity: '(\w+)'/u.exec(call)?.[1] ?? null,
      field: /field: '(\w+)'/u.exec(call)?.[1] ?? null,
      action: /action: '(\w+)'/u.exec(call)?.[1] ?? (call.startsWith('recordOverwrite') ? 'merge' : null),
      file: path.relative(root, file),
    }));
  });

const keysOf = (schema: { shape: Record<string, unknown> }) => Object.keys(schema.shape);

/** Every field the history records, per kind of record. */
const RECORDED: Record<string, string[]> = {
  document: [...keysOf(documentPatchSchema), ...PROVENANCE_FIELDS, ...METADATA_FIELDS.map((field) => HISTORY_FIELD[field] ?? field)],
  claim: [...keysOf(claimPatchSchema), ...MERGED_CLAIM_FIELDS],
  source: [...keysOf(sourceFieldsSchema), ...MERGED_SOURCE_FIELDS],
  rating: [...keysOf(ratingFieldsSchema), ...MERGED_RATING_FIELDS],
  evidence: [...keysOf(evidencePatchSchema), ...MERGED_EVIDENCE_FIELDS],
};
for (const { entity, field } of written) {
  if (entity && field) RECORDED[entity] = [...(RECORDED[entity] ?? []), field];
}
const pairs = Object.entries(RECORDED).flatMap(([entity, fields]) => [...new Set(fields)].map((field) => ({ entity, field })));

/** Internal names: camelCase, snake_case or an ID column. */
const INTERNAL = /[a-z][A-Z]|_|Id$/u;

describe('history wording', () => {
  it('finds the places the history is written', () => {
    expect(written.length).toBeGreaterThan(40);
    expect(written.filter((call) => call.field !== null).map((call) => call.field)).toEqual(
      expect.arrayContaining(['status', 'rating', 'rationale', 'chain', 'tags', 'aliases', 'anchor']),
    );
    expect(RECORDED.document).toEqual(expect.arrayContaining(['commentsStart', 'articleStart', 'outlet', 'publishedAt']));
  });

  it.each(pairs)('has words for the $entity field $field', ({ entity, field }) => {
    expect(fieldWording(entity, field), `${entity}.${field} has no wording in core/review/history-lines.ts`).toBeDefined();
  });

  it('has words for every action the workbench records', () => {
    const actions = [...new Set(written.map((call) => call.action).filter((action): action is string => action !== null))];
    expect(actions.length).toBeGreaterThan(10);
    expect(actions.filter((action) => !(WORDED_ACTIONS as readonly string[]).includes(action))).toEqual([]);
  });

  it.each(pairs)('never shows the internal name or a raw offset for the $entity field $field', ({ entity, field }) => {
    for (const action of ['update', 'merge']) {
      const line = describeHistory(historyEvent({ entity, action, field, oldValue: '1156', newValue: '2048' }), []);
      expect(line.what).not.toMatch(/[a-z][A-Z]|_/u);
      if (INTERNAL.test(field)) expect(line.what.toLowerCase()).not.toContain(field.toLowerCase());
      // An offset is a position in the text; a person sees that the boundary moved, not where.
      if (/start$|end$|offset$|ordinal$/iu.test(field)) {
        expect([line.from, line.to, line.sentence].filter((text) => text !== null && /\d/u.test(text))).toEqual([]);
      }
    }
  });
});
