import { migration as initial } from './001-initial.js';
import { migration as claimAssignee } from './002-claim-assignee.js';
import { migration as articleStart } from './003-article-start.js';
import { migration as registryAndSuggestions } from './004-registry-and-suggestions.js';
import { migration as fieldProvenance } from './005-field-provenance.js';
import { migration as englishStemming } from './006-english-stemming.js';
import { migration as documentVersions } from './007-document-versions.js';
import type { Migration } from './migration.js';

export type { Migration } from './migration.js';

/**
 * Every schema step, oldest first. The numbered files in this folder are the truth; this list only
 * gathers them so that bundlers include them (nothing reads SQL from disk at run time).
 */
export const MIGRATIONS: readonly Migration[] = [
  initial,
  claimAssignee,
  articleStart,
  registryAndSuggestions,
  fieldProvenance,
  englishStemming,
  documentVersions,
];

export const APP_SCHEMA_VERSION = latestVersion(MIGRATIONS);

export function latestVersion(migrations: readonly Migration[]): number {
  return migrations.at(-1)?.version ?? 0;
}

/** A list must number its steps 1, 2, 3, … with no gaps, or files could skip a step. */
export function assertMigrationList(migrations: readonly Migration[]): void {
  migrations.forEach((migration, index) => {
    if (migration.version !== index + 1) {
      throw new Error(`Migration "${migration.name}" has version ${migration.version}; expected ${index + 1}.`);
    }
  });
}
