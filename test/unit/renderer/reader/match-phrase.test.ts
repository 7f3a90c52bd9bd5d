import { describe, expect, it } from 'vitest';

import { widenToPhrase } from '../../../../renderer/reader/match-phrase.js';

describe('widenToPhrase', () => {
  const text = 'Engineers said the Desalination  plant at Qasr had been shut, Fars reported.';
  const start = text.indexOf('Desalination');
  const firstWordEnd = start + 'Desalination'.length;

  it('covers the whole searched phrase when the text goes on with it, whatever the case and spacing', () => {
    const end = widenToPhrase(text, start, firstWordEnd, 'desalination plant');
    expect(text.slice(start, end)).toBe('Desalination  plant');
    expect(text.slice(start, widenToPhrase(text, start, firstWordEnd, 'desalination plant at qasr'))).toBe('Desalination  plant at Qasr');
  });

  it('keeps the reported match when the words are not together there', () => {
    expect(widenToPhrase(text, start, firstWordEnd, 'desalination reported')).toBe(firstWordEnd);
    expect(widenToPhrase(text, start, firstWordEnd, 'plant desalination')).toBe(firstWordEnd);
  });

  it('keeps a one-word match as it is', () => {
    expect(widenToPhrase(text, start, firstWordEnd, 'desalination')).toBe(firstWordEnd);
  });

  it('reads words in any script', () => {
    const persian = 'به گزارش خبرگزاری فارس به نقل از یک منبع';
    const at = persian.indexOf('خبرگزاری');
    expect(persian.slice(at, widenToPhrase(persian, at, at + 'خبرگزاری'.length, 'خبرگزاری فارس'))).toBe('خبرگزاری فارس');
  });
});
