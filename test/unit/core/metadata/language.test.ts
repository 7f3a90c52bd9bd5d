import { describe, expect, it } from 'vitest';

import { detectLanguage, detectMetadata, normaliseLanguageTag } from '../../../../core/metadata/index.js';
import { LANGUAGE_SAMPLES } from './language-samples.js';

describe('detectLanguage', () => {
  it.each(Object.entries(LANGUAGE_SAMPLES))('recognises %s', (language, text) => {
    expect(detectLanguage(text, undefined).language).toBe(language);
  });

  it.each([
    ['ar', 'rtl'],
    ['fa', 'rtl'],
    ['ur', 'rtl'],
    ['he', 'rtl'],
    ['en', 'ltr'],
    ['ru', 'ltr'],
    ['tr', 'ltr'],
  ])('writes %s %s', (language, direction) => {
    expect(detectMetadata(LANGUAGE_SAMPLES[language]!).direction).toBe(direction);
  });

  it('gives no language for too little text, unless the file declared one', () => {
    expect(detectLanguage('Idlib 2018', undefined)).toEqual({ language: null, direction: 'ltr' });
    expect(detectLanguage('Idlib 2018', 'en-US')).toEqual({ language: 'en', direction: 'ltr' });
    expect(detectLanguage('Idlib 2018', 'fa-IR')).toEqual({ language: 'fa', direction: 'rtl' });
  });

  it('trusts a clear detection over a page template that declares English', () => {
    expect(detectLanguage(LANGUAGE_SAMPLES.ru!, 'en').language).toBe('ru');
  });

  it('still writes an unrecognised Arabic-script text right to left', () => {
    expect(detectLanguage('ئەم دەقە بە زمانێکی تر نووسراوە کە لە لیستەکەدا نییە', undefined).direction).toBe('rtl');
  });

  it('normalises language tags', () => {
    expect(normaliseLanguageTag('en-GB')).toBe('en');
    expect(normaliseLanguageTag('PT_br')).toBe('pt');
    expect(normaliseLanguageTag('not a tag')).toBeNull();
    expect(normaliseLanguageTag(undefined)).toBeNull();
  });
});
