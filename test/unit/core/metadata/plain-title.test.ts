// Plain text puts its headline on the first line; these are the kinds of furniture that come
// before it in real copy, each written fresh here.
import { describe, expect, it } from 'vitest';

import { detectMetadata } from '../../../../core/metadata/detect-metadata.js';

const BODY =
  'The harbour authority said on Tuesday that the northern quay would stay closed until the cranes are inspected, and that ferries would use the southern berths.';
const title = (text: string): string => detectMetadata(text, {}, { plain: true }).title;

describe('the title of plain text', () => {
  it('is the first line, however short, when the body follows it', () => {
    expect(title(`Ferry Strike Spreads\n\n${BODY}`)).toBe('Ferry Strike Spreads');
    expect(title(`“We Will Not Sail” Say Pilots, As Harbour Talks Collapse\n\n${BODY}`)).toBe(
      '“We Will Not Sail” Say Pilots, As Harbour Talks Collapse',
    );
  });

  it('skips a site slogan, a masthead, an advert and navigation above the headline', () => {
    expect(title(`Your Harbour Voice.\n\nPilots refuse night shifts at the northern quay\n${BODY}`)).toBe(
      'Pilots refuse night shifts at the northern quay',
    );
    expect(title(`Home | World | Harbour | Opinion\nAdvertisement\nPilots refuse night shifts at the northern quay\n${BODY}`)).toBe(
      'Pilots refuse night shifts at the northern quay',
    );
    expect(title(`The Tide Turns: A Harbour Memoir - Best Price: $5.64\nPilots refuse night shifts at the northern quay\n${BODY}`)).toBe(
      'Pilots refuse night shifts at the northern quay',
    );
  });

  it("skips a photo credit, a tweet signature, a bullet, a date and an editor's note", () => {
    expect(title(`Lena Brandt/The Harbour Courier via AP\nPilots refuse night shifts at the northern quay\n${BODY}`)).toBe(
      'Pilots refuse night shifts at the northern quay',
    );
    expect(title(`— Harbour Master (@harbourmaster) March 3, 2021\nPilots refuse night shifts at the northern quay\n${BODY}`)).toBe(
      'Pilots refuse night shifts at the northern quay',
    );
    expect(title(`* Says ferries will use the southern berths\nPilots refuse night shifts at the northern quay\n${BODY}`)).toBe(
      'Pilots refuse night shifts at the northern quay',
    );
    expect(title(`March 3, 2021\n(Updates with union comment)\nPilots refuse night shifts at the northern quay\n${BODY}`)).toBe(
      'Pilots refuse night shifts at the northern quay',
    );
  });

  it("keeps the headline above a repost's note of where it first appeared", () => {
    expect(
      title(`Pilots refuse night shifts at the northern quay\nThis story was originally published by the Harbour Courier\n${BODY}`),
    ).toBe('Pilots refuse night shifts at the northern quay');
  });

  it("keeps the headline above an editor's note, bullets and a byline", () => {
    const text = [
      'Pilots refuse night shifts at the northern quay',
      '',
      '(Fixes spelling of union name)',
      '* Union says radar is broken',
      '* Ferries to use southern berths',
      'By Lena Brandt',
      `VARNA, March 3 (Reuters) - ${BODY}`,
    ].join('\n');
    expect(title(text)).toBe('Pilots refuse night shifts at the northern quay');
  });

  it('drops the site name after a bar', () => {
    expect(title(`Pilots refuse night shifts at the northern quay | Harbour Courier: news\n${BODY}`)).toBe(
      'Pilots refuse night shifts at the northern quay',
    );
  });

  it('leaves a page copied whole, menus first, to the search that weighs dates and bylines', () => {
    const page = [
      'Harbour Courier',
      'Latest storm warnings for the coast tonight',
      'Port fees to rise in the new year',
      'Ferry timetable changes announced',
      'Pilots refuse night shifts at the northern quay',
      'March 3, 2021',
      BODY,
    ].join('\n');
    expect(title(page)).toBe('Pilots refuse night shifts at the northern quay');
  });

  it('falls back to the file name when the text opens with a sentence of its body', () => {
    const text = `${BODY}\nThe union said the radar had been broken for a week.`;
    expect(detectMetadata(text, { fileName: 'pilots-refuse-night-shifts.txt' }, { plain: true }).title).toBe('pilots refuse night shifts');
  });
});
