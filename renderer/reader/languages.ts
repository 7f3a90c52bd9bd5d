// Language codes as reviewers read them. Offered in the details form; any valid code is accepted.

export const COMMON_LANGUAGES = ['en', 'ru', 'uk', 'ar', 'fa', 'tr', 'fr', 'de', 'es', 'he', 'ur', 'zh'] as const;

const RIGHT_TO_LEFT = new Set(['ar', 'fa', 'he', 'ur', 'ps', 'ku', 'ckb', 'sd', 'yi', 'dv']);

const languageNames = (() => {
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' });
  } catch {
    return null;
  }
})();

/** "fa" → "Persian"; a code the runtime does not know is shown as it is. */
export function languageName(code: string): string {
  try {
    return languageNames?.of(code) ?? code;
  } catch {
    return code;
  }
}

/** The direction a language is written in, for suggesting it when the language is corrected. */
export function directionOf(code: string): 'ltr' | 'rtl' {
  return RIGHT_TO_LEFT.has(code.split('-')[0]!.toLowerCase()) ? 'rtl' : 'ltr';
}
