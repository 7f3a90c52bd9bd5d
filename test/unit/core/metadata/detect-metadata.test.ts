import { describe, expect, it } from 'vitest';

import { detectMetadata } from '../../../../core/metadata/index.js';
import { normaliseText } from '../../../../core/text/normalise.js';
import { readImportFixture } from '../../../fixtures/import/read-import-fixture.js';

function fixture(name: string): string {
  return normaliseText(readImportFixture(name));
}

describe('detectMetadata on saved news pages', () => {
  it('finds the headline after a long site menu, next to its date line', () => {
    const meta = detectMetadata(fixture('meridian-header-article.txt'));
    expect(meta.title).toBe('Rebel Factions Reject Ankara-Moscow Plan for Northern Hama');
    expect(meta.publishedAt).toBe('2018-10-09');
    expect(meta.outlet).toBe('Meridian');
    expect(meta.language).toBe('en');
    expect(meta.direction).toBe('ltr');
  });

  it('reads a caption credit and leaves the date empty when only "January 31" is given', () => {
    const text = fixture('frontline-thread-article.txt');
    const meta = detectMetadata(text);
    expect(meta.title).toBe('Ankara Says Western Partners Are Funding Militant Groups Around Afrin');
    expect(meta.publishedAt).toBeNull();
    expect(meta.outlet).toBeNull();
    expect(meta.author).toBeNull();
    expect(meta.photoCredits).toHaveLength(1);
    const [credit] = meta.photoCredits;
    expect(credit).toMatchObject({ text: 'IMAGE: AP Photo/Emrah Gurel', agency: 'Associated Press', person: 'Emrah Gurel' });
    expect(text.slice(credit!.start, credit!.end)).toBe(credit!.text);
  });

  it('infers the year of "January 31" from the article address when it gives one', () => {
    const meta = detectMetadata(fixture('frontline-thread-article.txt'), {
      url: 'https://frontline.example/ankara-says-partners-fund-groups/2019/02/01/',
    });
    expect(meta.publishedAt).toBe('2019-01-31');
    expect(meta.url).toBe('https://frontline.example/ankara-says-partners-fund-groups/2019/02/01/');
  });

  it('ignores credits, dates and bylines that readers pasted into the comment thread', () => {
    const text = `${fixture('frontline-thread-article.txt')}\n\nHarbour Light\n\nBy Someone Else\n\nPhoto: Reuters/Pasted Person\n\nMonday 4 February 2019\n\nhttps://pasted.example/other-article`;
    const meta = detectMetadata(text);
    expect(meta.photoCredits.map((c) => c.person)).toEqual(['Emrah Gurel']);
    expect(meta.publishedAt).toBeNull();
    expect(meta.author).toBeNull();
    expect(meta.url).toBeNull();
  });

  it('reads a wire story: byline, date, URL line, dateline outlet and two kinds of photo credit', () => {
    const text = fixture('wire-byline-article.txt');
    const meta = detectMetadata(text);
    expect(meta.title).toBe('Talks on prisoner exchange stall as both sides trade accusations');
    expect(meta.author).toBe('Jane Ashworth and Tomas Keller');
    expect(meta.publishedAt).toBe('2020-10-01');
    expect(meta.url).toBe('https://www.northernledger.example/world/2020/10/01/prisoner-exchange-talks-stall/');
    expect(meta.outlet).toBe('Northern Ledger');
    expect(meta.photoCredits.map(({ agency, person }) => ({ agency, person }))).toEqual([
      { agency: 'AFP', person: 'Selim Haddad' },
      { agency: 'AFP', person: 'Omar Haj Kadour' },
    ]);
    expect(meta.photoCredits[0]!.text).toBe('© AFP 2020 / Selim Haddad');
    expect(meta.photoCredits[1]!.text).toBe('Photo by Omar Haj Kadour/AFP via Getty Images');
    for (const credit of meta.photoCredits) expect(text.slice(credit.start, credit.end)).toBe(credit.text);
  });

  it('reads a bare "Name/TASS" caption, an author label, the agency dateline and a year from the copyright line', () => {
    const meta = detectMetadata(fixture('tass-caption-article.txt'));
    expect(meta.title).toBe('Kremlin says no date set for summit with Ankara');
    expect(meta.author).toBe('Dmitri Volkov');
    expect(meta.outlet).toBe('TASS');
    expect(meta.publishedAt).toBe('2019-03-03');
    expect(meta.photoCredits.map(({ text, agency, person }) => ({ text, agency, person }))).toEqual([
      { text: 'Mikhail Pochuev/TASS', agency: 'TASS', person: 'Mikhail Pochuev' },
      { text: 'Photo: Reuters/Umit Bektas', agency: 'Reuters', person: 'Umit Bektas' },
    ]);
  });

  it('does not take an agency quoted in the body for the outlet', () => {
    const meta = detectMetadata(fixture('explainer-with-subheadings.txt'));
    expect(meta.title).toBe('What the Caspian pipeline dispute means for exporters');
    expect(meta.author).toBe('Lena Moravec');
    expect(meta.publishedAt).toBe('2019-03-12');
    expect(meta.outlet).toBeNull();
  });
});

const BODY =
  'Government forces and armed groups exchanged fire overnight near the northern town, a monitoring group said on Sunday.\n\nThe fighting was the heaviest in the area for several weeks, according to residents who spoke by telephone.';

describe('outlet', () => {
  it('uses the dateline of an outlet no list knows', () => {
    const text = `Shelling resumes near the northern town\n\nWednesday 3 October 2018\n\nQasioun- ${BODY}`;
    expect(detectMetadata(text).outlet).toBe('Qasioun');
  });

  it('reads a masthead line with a tagline', () => {
    const text = `Levant Courier | Independent News Portal\n\nShelling resumes near the northern town\n\n${BODY}`;
    expect(detectMetadata(text).outlet).toBe('Levant Courier');
  });

  it('spells an unknown domain line as a name and a known one by its usual name', () => {
    expect(detectMetadata(`qasioun-daily.net\n\nShelling resumes near the northern town\n\n${BODY}`).outlet).toBe('Qasioun Daily');
    expect(detectMetadata(`Shelling resumes near the northern town\n\n${BODY}`, { url: 'https://www.reuters.com/world/x' }).outlet).toBe(
      'Reuters',
    );
  });

  it('reads a copyright footer, but not a photo credit that starts with ©', () => {
    const withFooter = (footer: string): string | null =>
      detectMetadata(`Shelling resumes near the northern town\n\n${BODY}\n\n${footer}`).outlet;
    expect(withFooter('Copyright © 2005-2019 Qasioun Media')).toBe('Qasioun Media');
    expect(withFooter('© 2018 Levant Courier. All rights reserved.')).toBe('Levant Courier');
    expect(withFooter('© AFP 2018')).toBeNull();
    expect(withFooter('© Reuters')).toBeNull();
  });

  it('takes the declared site name first', () => {
    const text = `Levant Courier | Independent News Portal\n\nShelling resumes near the northern town\n\n${BODY}`;
    expect(detectMetadata(text, { siteName: 'Courier Online' }).outlet).toBe('Courier Online');
  });

  it('does not read a city dateline or an acronym in a sentence as the outlet', () => {
    expect(detectMetadata(`Shelling resumes near the northern town\n\nALEPPO - ${BODY}`).outlet).toBeNull();
    const sentence = `Shelling resumes near the northern town\n\nHayat Tahrir al-Sham (HTS) – the strongest group in the province – ${BODY}`;
    expect(detectMetadata(sentence).outlet).toBeNull();
  });
});

describe('publication date', () => {
  const withDateLine = (dateLine: string): string | null =>
    detectMetadata(`Shelling resumes near the northern town\n\n${dateLine}\n\n${BODY}`).publishedAt;

  it.each([
    ['Monday 1 October 2018', '2018-10-01'],
    ['October 01, 2020', '2020-10-01'],
    ['1 Oct 2018', '2018-10-01'],
    ['2018-10-01', '2018-10-01'],
    ['01.10.2018', '2018-10-01'],
    ['Published: 12 Mar 2019 14:05 GMT', '2019-03-12'],
    ['Sept. 17, 2018 | 10:24', '2018-09-17'],
    ['25/12/2019', '2019-12-25'],
    ['2019/12/25', '2019-12-25'],
  ])('reads the date line "%s"', (line, expected) => {
    expect(withDateLine(line)).toBe(expected);
  });

  it('leaves out a slashed date that could be read either way, and a date without a year', () => {
    expect(withDateLine('03/04/2019')).toBeNull();
    expect(withDateLine('January 31')).toBeNull();
  });

  it('completes a date without a year from the copyright line', () => {
    const text = `Shelling resumes near the northern town\n\nJanuary 31\n\n${BODY}\n\n© 2019 Levant Courier`;
    expect(detectMetadata(text).publishedAt).toBe('2019-01-31');
  });

  it('does not complete it when the page names conflicting years', () => {
    const text = `Shelling resumes near the northern town\n\nJanuary 31\n\n${BODY}\n\n© 2019 Levant Courier`;
    expect(detectMetadata(text, { url: 'https://courier.example/2018/01/31/shelling' }).publishedAt).toBeNull();
  });

  it('prefers the date next to the headline over dates in the body', () => {
    const text = `Shelling resumes near the northern town\n\n1 Oct 2018\n\nThe truce signed on 17 September 2018 was broken overnight, a monitoring group said on Sunday in a statement.\n\n${BODY}`;
    expect(detectMetadata(text).publishedAt).toBe('2018-10-01');
  });

  it('falls back to the first full date in the body', () => {
    const text = `Shelling resumes near the northern town\n\nThe truce signed on 17 September 2018 was broken overnight, a monitoring group said on Sunday in a statement.\n\n${BODY}`;
    expect(detectMetadata(text).publishedAt).toBe('2018-09-17');
  });

  it('keeps the calendar date of a declared timestamp as written, without converting time zones', () => {
    expect(detectMetadata(BODY, { publishedTime: '2018-10-01T22:30:00-04:00' }).publishedAt).toBe('2018-10-01');
    expect(detectMetadata(BODY, { publishedTime: 'Mon, 01 Oct 2018 10:00:00 GMT' }).publishedAt).toBe('2018-10-01');
  });

  it('reads a Russian date line in a Russian article', () => {
    const text =
      'Переговоры продолжатся на следующей неделе\n\n1 октября 2018 г.\n\nМинистр иностранных дел заявил, что переговоры будут продолжены на следующей неделе. По его словам, стороны уже согласовали большинство вопросов, но окончательное решение пока не принято.';
    const meta = detectMetadata(text);
    expect(meta.language).toBe('ru');
    expect(meta.publishedAt).toBe('2018-10-01');
  });
});

describe('title, author and URL', () => {
  it('takes a declared title, but not a word processor placeholder', () => {
    expect(detectMetadata(BODY, { title: 'Shelling resumes' }).title).toBe('Shelling resumes');
    expect(detectMetadata(BODY, { title: 'Microsoft Word - draft.docx', fileName: 'shelling-resumes_north.docx' }).title).toBe(
      'shelling resumes north',
    );
  });

  it('falls back to the file name when no line looks like a headline', () => {
    expect(detectMetadata(BODY, { fileName: 'militants-refuse-deal.txt' }).title).toBe('militants refuse deal');
  });

  it.each([
    ['By Anna Kovacs', 'Anna Kovacs'],
    ['Written by Anna Kovacs', 'Anna Kovacs'],
    ['Author: Anna Kovacs', 'Anna Kovacs'],
    ['By Anna Kovacs, Reuters', 'Anna Kovacs'],
    ['By Ahmad al-Khatib | 4 min read', 'Ahmad al-Khatib'],
  ])('reads the byline "%s"', (line, expected) => {
    expect(detectMetadata(`Shelling resumes near the northern town\n\n${line}\n\n${BODY}`).author).toBe(expected);
  });

  it('does not read a sentence starting with "By" as a byline and takes a declared byline', () => {
    const sentence = 'By doing so, the ministry hopes to end the dispute before the summer.';
    expect(detectMetadata(`Shelling resumes near the northern town\n\n${sentence}\n\n${BODY}`).author).toBeNull();
    expect(detectMetadata(BODY, { byline: 'By Sam Hill' }).author).toBe('Sam Hill');
  });

  it('takes a labelled or bare URL line, not a URL inside a sentence or an image address', () => {
    expect(detectMetadata(`Shelling resumes near the northern town\n\nSource: https://courier.example/a/b.\n\n${BODY}`).url).toBe(
      'https://courier.example/a/b',
    );
    expect(detectMetadata(`https://courier.example/story?id=7\n\nShelling resumes near the northern town\n\n${BODY}`).url).toBe(
      'https://courier.example/story?id=7',
    );
    expect(detectMetadata(`Shelling resumes\n\nSee https://courier.example/other for more.\n\n${BODY}`).url).toBeNull();
    expect(detectMetadata(`https://images.example/photo.jpg\n\n${BODY}`).url).toBeNull();
    expect(detectMetadata(`javascript:alert(1)\n\n${BODY}`).url).toBeNull();
  });
});
