// A page saved as Markdown arrives as .txt, or is pasted from a Markdown editor: it is read as
// Markdown whatever its name, with its byline, outlet-and-date line and footer found like a page's.
import { describe, expect, it } from 'vitest';

import { extractDocument, extractPastedText } from '../../../ingest/extract-document.js';
import { prepareDocument } from '../../../ingest/prepare-document.js';

const utf8 = (text: string) => new TextEncoder().encode(text);

const SAVED_AS_MARKDOWN = [
  '# [Pilots Refuse Night Shifts at the Northern Quay](https://harbour-review.example/pilots-refuse)',
  '',
  'By [Mira Haddad](#)',
  '',
  'Harbour Review, October 01, 2020',
  '',
  '#### The radar question',
  '',
  'The pilots’ guild said on Monday that it would **refuse** night shifts, according to a statement on its [channel](https://t.me/example).',
  '',
  '* Ships waited at the outer buoy.',
  '* The harbour master was not available.',
  '',
  'Residents said the quay stayed closed for a second day.',
  '',
  '**Disclaimer:** The contents of this article are of sole responsibility of the author.',
  '',
  'Featured image is from Harbour Review',
  '',
  'Copyright © Mira Haddad, Harbour Review, 2020',
].join('\n');

describe('Markdown-shaped text', () => {
  it('is read as Markdown from a .txt file, with its byline, outlet and date, and without its footer', async () => {
    const extracted = await extractDocument({ name: 'pilots.txt', bytes: utf8(SAVED_AS_MARKDOWN) });
    expect(extracted.format).toBe('md');
    expect(extracted.text).not.toMatch(/[#*[\]]|https?:/u);
    expect(extracted.text).toContain(
      'The pilots’ guild said on Monday that it would refuse night shifts, according to a statement on its channel.',
    );
    expect(extracted.text.split('\n\n')).toContain('Ships waited at the outer buoy.');
    expect(extracted.text).not.toMatch(/Disclaimer|Featured image|Copyright/u);

    const { metadata } = prepareDocument(extracted, 'pilots.txt');
    expect(metadata).toMatchObject({
      title: 'Pilots Refuse Night Shifts at the Northern Quay',
      author: 'Mira Haddad',
      outlet: 'Harbour Review',
      publishedAt: '2020-10-01',
      url: 'https://harbour-review.example/pilots-refuse',
    });
    expect(metadata.provenance).toMatchObject({
      author: { origin: 'byline' },
      outlet: { origin: 'masthead' },
      publishedAt: { origin: 'date-line' },
    });
  });

  it('is read as Markdown when pasted', () => {
    const pasted = extractPastedText(SAVED_AS_MARKDOWN);
    expect(pasted.format).toBe('paste');
    expect(pasted.text.startsWith('Pilots Refuse Night Shifts at the Northern Quay\n\nBy Mira Haddad')).toBe(true);
  });

  it('leaves plain text with bullets, asterisks and brackets alone', async () => {
    const plain = [
      'Pilots refuse night shifts',
      '',
      '* Union says radar is broken',
      '* Ferries to use the southern berths',
      'The union [in a statement] said 3 * 4 berths were closed.',
    ].join('\n');
    const extracted = await extractDocument({ name: 'pilots.txt', bytes: utf8(plain) });
    expect(extracted).toMatchObject({ format: 'txt', text: plain });
  });
});
