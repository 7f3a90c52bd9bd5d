import { describe, expect, it } from 'vitest';

import { detect, summaries } from './detect-helpers.js';

describe('photo credits, datelines and outlet links', () => {
  it('credits a caption line to the agency and the photographer', () => {
    const text = 'Turkish Foreign Minister Mevlut Cavusoglu. IMAGE: AP Photo/Burhan Ozbilici\n\nThe minister spoke.';
    const [s] = detect(text);
    expect(s).toMatchObject({
      source: 'Associated Press',
      kind: 'credit',
      claim: { text: 'Turkish Foreign Minister Mevlut Cavusoglu. IMAGE: AP Photo/Burhan Ozbilici' },
      cue: { text: 'IMAGE:' },
    });
    expect(s!.hops.map((h) => [h.source, h.kind])).toEqual([
      ['Associated Press', 'credit'],
      ['Burhan Ozbilici', 'credit'],
    ]);
  });

  it('reads the common credit shapes', () => {
    const credit = (line: string) => summaries(`${line}\n\nText follows.`);
    expect(credit('Mikhail Pochuev/TASS')).toEqual([{ hops: ['TASS', 'Mikhail Pochuev'], kind: 'credit', claim: 'Mikhail Pochuev/TASS' }]);
    expect(credit('© AFP 2018 / NAME')[0]!.hops).toEqual(['AFP', 'NAME']);
    expect(credit('Photo: Reuters')[0]!.hops).toEqual(['Reuters']);
    expect(credit('Smoke over Qamishli, Wednesday. (AP Photo/Andrii Marienko)')[0]!.hops).toEqual(['Associated Press', 'Andrii Marienko']);
    expect(credit('Фото: Михаил Почуев/ТАСС')[0]!.hops).toEqual(['TASS', 'Михаил Почуев']);
  });

  it('reads credits with a second picture agency, a teaser or caption after the copyright, and bracketed photo notes', () => {
    const credit = (line: string) => summaries(`${line}\n\nText follows.`)[0];
    expect(credit('Olena Hrytsenko/AFP/Getty Images')!.hops).toEqual(['AFP', 'Olena Hrytsenko']);
    expect(credit('© Tomas Berg/Reuters/Getty Images Flooded streets in the old town')!.hops).toEqual(['Reuters', 'Tomas Berg']);
    const teaser = credit('© AFP 2019 / MARIA OSTROVA Ministers Meet Again Over Grain Corridor - Reports');
    expect(teaser).toMatchObject({ hops: ['AFP', 'MARIA OSTROVA'], kind: 'credit' });
    expect(credit('© Reuters Rescue workers search the rubble in Antakya')).toMatchObject({
      hops: ['Reuters'],
      claim: '© Reuters Rescue workers search the rubble in Antakya',
    });
    expect(credit('REUTERS / Pavel Lenko')!.hops).toEqual(['Reuters', 'Pavel Lenko']);
    expect(credit('Crowds at the border crossing. (Reuters photo: Amir Cohen)')!.hops).toEqual(['Reuters', 'Amir Cohen']);
    expect(credit('(AP file photo)')!.hops).toEqual(['Associated Press']);
  });

  it('does not take a slash in prose for a credit', () => {
    expect(detect('A Reuters/Ipsos poll published this week found support for the deal slipping.')).toEqual([]);
  });

  it('credits the paragraph a wire dateline opens', () => {
    const text = 'KHARKIV, Ukraine (AP) — Russian missiles struck a power plant overnight.\n\nMore followed.';
    expect(summaries(text)).toEqual([
      { hops: ['Associated Press'], kind: 'credit', claim: 'Russian missiles struck a power plant overnight.' },
    ]);
    expect(summaries('TEHRAN (FNA)- US helicopters evacuated ISIL commanders.')[0]!.hops).toEqual(['Fars']);
    expect(summaries('МОСКВА, 14 февраля. /ТАСС/. Боевики обстреляли позиции армии.')[0]).toMatchObject({
      hops: ['TASS'],
      kind: 'credit',
    });
  });

  it('proposes a bare outlet URL as a link, and the paragraph it is given for when alone', () => {
    const text =
      'Officers promised the leaders a council.\n\nSource: https://www.presstv.com/Detail/2019/02/02/587412\n\nhttps://i.ibb.co/8PJd9Ts/photo.jpg';
    const [s] = detect(text);
    expect(s).toMatchObject({
      source: 'Press TV',
      kind: 'link',
      cue: null,
      claim: { text: 'Officers promised the leaders a council.' },
      mention: { text: 'https://www.presstv.com/Detail/2019/02/02/587412' },
    });
    expect(detect(text)).toHaveLength(1);
  });

  it('does not add a link suggestion when the sentence already attributes to that outlet', () => {
    expect(summaries('RT reported the same thing last month: https://www.rt.com/news/440013-isis/')).toEqual([
      { hops: ['RT'], kind: 'paraphrase', claim: 'the same thing last month' },
    ]);
  });

  it('gives an excerpt the outlet its citation line names, before or after it', () => {
    const before = [
      'The blogger is unimpressed.',
      'Harbour officials in Varna said the convoy was delayed by fog.',
      'The ships waited offshore overnight.',
      '[Convoy Held Up Off Varna, by Petra Vlad, Reuters, March 4, 2021]',
      'That is the whole story.',
    ].join('\n');
    const found = summaries(before);
    // The outlet wrote the whole sentence, its own attribution included.
    // Officials described by where they work are anonymous, named with their post-modifier.
    expect(found).toContainEqual({
      hops: ['Reuters', 'Harbour officials in Varna'],
      kind: 'citing',
      claim: 'Harbour officials in Varna said the convoy was delayed by fog',
    });
    expect(found).toContainEqual({ hops: ['Reuters'], kind: 'quote', claim: 'The ships waited offshore overnight' });
    expect(found.some((s) => s.claim.includes('Convoy Held Up'))).toBe(false);

    const after = [
      '“Fog grounds the grain fleet,” by Petra Vlad, Jakarta Globe/Reuters, March 4, 2021:',
      'Dozens of ships stayed in port on Thursday.',
    ].join('\n');
    expect(summaries(after)).toContainEqual({
      hops: ['Jakarta Globe', 'Reuters'],
      kind: 'quote',
      claim: 'Dozens of ships stayed in port on Thursday',
    });
  });
});
