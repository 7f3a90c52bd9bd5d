import { describe, expect, expectTypeOf, it } from 'vitest';

import { aliasKey } from '../../../../core/detection/alias-index.js';
import type { RegistrySource } from '../../../../core/detection/types.js';
import { ALIAS_KINDS, SOURCE_KINDS } from '../../../../core/domain.js';
import { SEED_SOURCES, type SeedSource } from '../../../../core/sources/seed-registry.js';

// The registry's integrity matters to detection (every alias must point at one source) and to
// the workbench migration that seeds it (fixed, valid, unique IDs).
describe('seed source registry', () => {
  it('keeps the five original sources with their fixed IDs', () => {
    const byId = new Map(SEED_SOURCES.map((s) => [s.id, s.name]));
    expect(byId.get('5b0f2a0e-7d1c-5a4e-9f0b-0a7e1c3d2b01')).toBe('TASS');
    expect(byId.get('5b0f2a0e-7d1c-5a4e-9f0b-0a7e1c3d2b02')).toBe('Sputnik');
    expect(byId.get('5b0f2a0e-7d1c-5a4e-9f0b-0a7e1c3d2b03')).toBe('Fars');
    expect(byId.get('5b0f2a0e-7d1c-5a4e-9f0b-0a7e1c3d2b04')).toBe('AFP');
    expect(byId.get('5b0f2a0e-7d1c-5a4e-9f0b-0a7e1c3d2b05')).toBe('Reuters');
  });

  it('gives every source a unique, valid UUID and a unique name', () => {
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/u;
    for (const s of SEED_SOURCES) expect(s.id).toMatch(uuid);
    expect(new Set(SEED_SOURCES.map((s) => s.id)).size).toBe(SEED_SOURCES.length);
    expect(new Set(SEED_SOURCES.map((s) => s.name)).size).toBe(SEED_SOURCES.length);
  });

  it('covers the outlets and official bodies of the region', () => {
    const names = SEED_SOURCES.map((s) => s.name);
    for (const name of [
      'RIA Novosti',
      'RT',
      'Anadolu Agency',
      'Al Jazeera',
      'Associated Press',
      'IRNA',
      'SANA',
      'Hürriyet',
      'Syrian Observatory for Human Rights',
      'Al-Watan (Syria)',
      'Enab Baladi',
      'Ukrinform',
      'Bellingcat',
      'Russian Defence Ministry',
      'Turkish Foreign Ministry',
      'US Department of Defense',
      'UN OCHA',
    ]) {
      expect(names).toContain(name);
    }
    expect(SEED_SOURCES.length).toBeGreaterThanOrEqual(50);
  });

  it('uses only known kinds, ISO country codes and alias kinds', () => {
    for (const s of SEED_SOURCES) {
      expect(SOURCE_KINDS).toContain(s.kind);
      if (s.country !== null) expect(s.country).toMatch(/^[A-Z]{2}$/u);
      for (const a of s.aliases) {
        expect(ALIAS_KINDS).toContain(a.kind);
        if (a.kind === 'domain') expect(a.alias).toMatch(/^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/u);
      }
    }
  });

  it('never lets one alias point at two sources ("RIA" is not TASS)', () => {
    const owner = new Map<string, string>();
    for (const s of SEED_SOURCES) {
      for (const alias of [s.name, ...s.aliases.map((a) => a.alias)]) {
        const key = aliasKey(alias);
        const previous = owner.get(key);
        if (previous !== undefined) expect(previous).toBe(s.name);
        owner.set(key, s.name);
      }
    }
    expect(owner.get('ria')).toBe('RIA Novosti');
  });

  it('can be passed to detection as it is', () => {
    expectTypeOf<SeedSource>().toMatchTypeOf<RegistrySource>();
    const registry: readonly RegistrySource[] = SEED_SOURCES;
    expect(registry).toBe(SEED_SOURCES);
  });
});
