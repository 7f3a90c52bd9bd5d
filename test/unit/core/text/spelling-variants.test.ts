import { describe, expect, it } from 'vitest';

import { MAX_SPELLINGS, spellingVariants } from '../../../../core/text/spelling-variants.js';

describe('spellingVariants', () => {
  it.each([
    ['demilitarised', 'demilitarized'],
    ['organisation', 'organization'],
    ['organisations', 'organizations'],
    ['criticising', 'criticizing'],
    ['organiser', 'organizer'],
    ['analyse', 'analyze'],
    ['paralysed', 'paralyzed'],
    ['colour', 'color'],
    ['coloured', 'colored'],
    ['honourable', 'honorable'],
    ['favourite', 'favorite'],
    ['neighbourhood', 'neighborhood'],
    ['behavioural', 'behavioral'],
    ['odour', 'odor'],
    ['centre', 'center'],
    ['centres', 'centers'],
    ['centred', 'centered'],
    ['theatre', 'theater'],
    ['kilometres', 'kilometers'],
    ['fibre', 'fiber'],
    ['defence', 'defense'],
    ['offences', 'offenses'],
    ['licence', 'license'],
    ['travelled', 'traveled'],
    ['travelling', 'traveling'],
    ['cancelled', 'canceled'],
    ['modeller', 'modeler'],
    ['fuelled', 'fueled'],
    ['catalogue', 'catalog'],
    ['dialogues', 'dialogs'],
    ['catalogued', 'cataloged'],
    ['grey', 'gray'],
    ['programme', 'program'],
    ['manoeuvres', 'maneuvers'],
    ['judgement', 'judgment'],
    ['fulfilment', 'fulfillment'],
  ])('bridges %s and %s, both ways', (british, american) => {
    expect(spellingVariants(british)).toEqual([british, american]);
    expect(spellingVariants(american)).toEqual([american, british]);
  });

  it('combines patterns within one word', () => {
    expect(spellingVariants('colourised')).toEqual(expect.arrayContaining(['colourised', 'colourized', 'colorised', 'colorized']));
  });

  it('leaves alone words whose look-alike would be another word', () => {
    for (const word of ['rise', 'wise', 'size', 'prize', 'seize', 'tour', 'hours', 'four', 'your', 'flour', 'detour', 'contour', 'for']) {
      expect(spellingVariants(word), word).toEqual([word]);
    }
    // Not every -er is an American -re: English words must not turn into French or Spanish ones.
    for (const word of ['enter', 'voter', 'letter', 'september', 'minister', 'number', 'water', 'after', 'register']) {
      expect(spellingVariants(word), word).toEqual([word]);
    }
    // A doubled l only after an unstressed syllable: "filled" is not "filed", "called" not "caled".
    for (const word of ['filled', 'filed', 'called', 'killed', 'polled', 'poled', 'rolled']) {
      expect(spellingVariants(word), word).toEqual([word]);
    }
    // Both sides write these with -ence/-ense the same way.
    for (const word of ['sense', 'evidence', 'defensive', 'offensive']) {
      expect(spellingVariants(word), word).toEqual([word]);
    }
  });

  it('gives anything but a plain English word back alone', () => {
    for (const word of ['2018', 'erdogan', 'путин', 'الرئيس', 'ceasefire', 'reports', 'ab', '']) {
      expect(spellingVariants(word), word).toEqual([word]);
    }
    expect(spellingVariants('Colour')).toEqual(['Colour']);
  });

  it('never gives more than a handful of spellings', () => {
    for (const word of ['colourisations', 'honourisation', 'centrelled', 'travellogued']) {
      expect(spellingVariants(word).length).toBeLessThanOrEqual(MAX_SPELLINGS);
    }
  });
});
