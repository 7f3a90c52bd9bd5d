// Shared by the vocabulary tests: a word map must name every value of its domain list in
// core/domain.ts, and nothing else, so a value added to the domain cannot go unworded.
import { expect } from 'vitest';

export function expectWordsForEvery(domain: readonly string[], words: Record<string, string>): void {
  expect(Object.keys(words).sort()).toEqual([...domain].sort());
  for (const value of domain) expect(words[value]?.trim(), `the word for “${value}”`).toBeTruthy();
}
