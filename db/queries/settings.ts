import type Database from 'better-sqlite3';

import { settingsSchema } from '../../core/api/settings.js';
import { DEFAULT_SETTINGS, type Settings } from '../../core/domain.js';
import { now } from '../ids.js';
import { statement } from '../statement-cache.js';
import { writeTransaction } from '../write-transaction.js';

type SettingKey = keyof Settings;
const SETTING_KEYS = Object.keys(DEFAULT_SETTINGS) as SettingKey[];

/**
 * All settings, each from its own row when it holds a valid value and from the defaults otherwise,
 * so a value written by another version of the app can never break the settings screen.
 */
export function getSettings(db: Database.Database): Settings {
  const rows = statement(db, 'SELECT key, value FROM settings').all() as { key: string; value: string }[];
  const stored = new Map(rows.map((row) => [row.key, row.value]));
  const settings: Settings = { ...DEFAULT_SETTINGS };
  for (const key of SETTING_KEYS) {
    const raw = stored.get(key);
    if (raw === undefined) continue;
    const parsed = settingsSchema.shape[key].safeParse(JSON.parse(raw));
    if (parsed.success) Object.assign(settings, { [key]: parsed.data });
  }
  return settings;
}

/** Stores the given settings in one transaction and returns all of them. */
export function updateSettings(db: Database.Database, patch: Partial<Settings>): Settings {
  const upsert = statement(
    db,
    `INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?)
     ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
  );
  const at = now();
  writeTransaction(db, () => {
    for (const key of SETTING_KEYS) {
      const value = patch[key];
      if (value !== undefined) upsert.run(key, JSON.stringify(value), at);
    }
  });
  return getSettings(db);
}
