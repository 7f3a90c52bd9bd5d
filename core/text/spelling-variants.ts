// British and American spellings of the same English word, so that a search for "demilitarised"
// finds "demilitarized", "centre" finds "center" and "colour" finds "color". Inflections ("reports"
// and "reported") are the index's porter stemmer's job; this only bridges the spellings it keeps
// apart. Most patterns are general (-ise/-ize, -our/-or, a doubled l); where a general pattern would
// turn an English word into a different one, or into a French or Spanish one (enter/entre,
// voter/votre, september/septembre), it is limited to the word families that really vary.

/** At most this many spellings of one word, the word itself included. */
export const MAX_SPELLINGS = 8;

interface VariantRule {
  pattern: RegExp;
  /** The other spellings of a word the pattern matched, from its capture groups. */
  others: (groups: string[]) => string[];
}

/** Two interchangeable endings, each with the forms that correspond one to one. */
function swap(a: readonly string[], b: readonly string[]): (ending: string) => string[] {
  return (ending) => {
    const i = a.indexOf(ending);
    if (i >= 0) return [b[i]!];
    const j = b.indexOf(ending);
    return j >= 0 ? [a[j]!] : [];
  };
}

const IZE_ENDINGS = ['e', 'es', 'ed', 'er', 'ers', 'ing', 'ation', 'ations', 'ational', 'able'];
const OUR_ENDINGS = [
  '',
  's',
  'ed',
  'ing',
  'ful',
  'fully',
  'less',
  'ite',
  'ites',
  'able',
  'ably',
  'er',
  'ers',
  'ist',
  'ists',
  'al',
  'ally',
  'y',
  'hood',
  'hoods',
  'ise',
  'ised',
  'ises',
  'ising',
  'isation',
  'ize',
  'ized',
  'izes',
  'izing',
  'ization',
];
// Words in -our that are spelt so on both sides of the Atlantic.
const OUR_ALWAYS = new Set(['flour', 'scour', 'devour', 'contour', 'detour', 'amour', 'paramour', 'troubadour', 'velour']);
const TRE = swap(['re', 'res', 'red', 'ring'], ['er', 'ers', 'ered', 'ering']);
const OGUE = swap(['ue', 'ues', 'ued', 'uing'], ['', 's', 'ed', 'ing']);
const ENCE = swap(['ce', 'ces', 'ced', 'cing', 'celess'], ['se', 'ses', 'sed', 'sing', 'seless']);

const RULES: readonly VariantRule[] = [
  // realise/realize, organisation/organization, criticised/criticized; at least three letters
  // before it, so "rise", "wise", "size" and "prize" stay alone.
  {
    pattern: new RegExp(`^([a-z]{3,})i([sz])(${IZE_ENDINGS.join('|')})$`),
    others: ([stem, letter, ending]) => [`${stem}i${letter === 's' ? 'z' : 's'}${ending}`],
  },
  // analyse/analyze, paralysed/paralyzed, catalysing/catalyzing.
  {
    pattern: /^([a-z]*ly)([sz])(e|es|ed|er|ers|ing)$/,
    others: ([stem, letter, ending]) => [`${stem}${letter === 's' ? 'z' : 's'}${ending}`],
  },
  // colour/color, honourable/honorable, favourite/favorite, neighbourhood/neighborhood.
  {
    pattern: new RegExp(`^([a-z]{2,})(our|or)(${OUR_ENDINGS.join('|')})$`),
    others: ([stem, vowel, ending]) => (OUR_ALWAYS.has(`${stem}our`) ? [] : [`${stem}${vowel === 'our' ? 'or' : 'our'}${ending}`]),
  },
  // centre/center, theatre/theater, kilometre/kilometer, fibre/fiber, meagre/meager.
  {
    pattern:
      /^([a-z]*(?:cent|theat|met|lit|fib|calib|somb|spect|meag|sab|lust|scept|mit|nit|goit|och|sepulch))(re|res|red|ring|er|ers|ered|ering)$/,
    others: ([stem, ending]) => TRE(ending!).map((other) => stem + other),
  },
  // defence/defense, offences/offenses, licensed/licenced, pretence/pretense.
  {
    pattern: /^([a-z]*(?:defen|offen|licen|preten))(ce|ces|ced|cing|celess|se|ses|sed|sing|seless)$/,
    others: ([stem, ending]) => ENCE(ending!).map((other) => stem + other),
  },
  // travelled/traveled, cancelling/canceling, modeller/modeler, fuelled/fueled: the doubled l
  // after an unstressed vowel; two letters before the vowel, so "filled" and "called" stay alone.
  {
    pattern: /^([a-z]{2,}[aeiou])(ll|l)(ed|ing|er|ers)$/,
    others: ([stem, l, ending]) => [`${stem}${l === 'l' ? 'll' : 'l'}${ending}`],
  },
  // catalogue/catalog, dialogues/dialogs, analogue/analog, catalogued/cataloged.
  {
    pattern: /^([a-z]*(?:catal|dial|anal|prol|monol|epil|travel|demag|pedag)og)(ue|ues|ued|uing|s|ed|ing|)$/,
    others: ([stem, ending]) => OGUE(ending!).map((other) => stem + other),
  },
];

// Pairs no pattern covers without catching other words.
const IRREGULAR: readonly (readonly string[])[] = [
  ['grey', 'gray'],
  ['greys', 'grays'],
  ['greyish', 'grayish'],
  ['programme', 'program'],
  ['programmes', 'programs'],
  ['manoeuvre', 'maneuver'],
  ['manoeuvres', 'maneuvers'],
  ['manoeuvred', 'maneuvered'],
  ['manoeuvring', 'maneuvering'],
  ['judgement', 'judgment'],
  ['judgements', 'judgments'],
  ['ageing', 'aging'],
  ['sceptic', 'skeptic'],
  ['sceptics', 'skeptics'],
  ['sceptical', 'skeptical'],
  ['scepticism', 'skepticism'],
  ['mould', 'mold'],
  ['plough', 'plow'],
  ['pyjamas', 'pajamas'],
  ['aluminium', 'aluminum'],
  ['jewellery', 'jewelry'],
  ['enrol', 'enroll'],
  ['enrols', 'enrolls'],
  ['enrolment', 'enrollment'],
  ['fulfil', 'fulfill'],
  ['fulfils', 'fulfills'],
  ['fulfilment', 'fulfillment'],
  ['instalment', 'installment'],
  ['skilful', 'skillful'],
  ['wilful', 'willful'],
  ['distil', 'distill'],
  ['distils', 'distills'],
  ['kidnapped', 'kidnaped'],
  ['kidnapping', 'kidnaping'],
  ['kidnapper', 'kidnaper'],
  ['kidnappers', 'kidnapers'],
  ['worshipped', 'worshiped'],
  ['worshipping', 'worshiping'],
];
const IRREGULAR_BY_WORD = new Map(IRREGULAR.flatMap((group) => group.map((word) => [word, group] as const)));

const ENGLISH_WORD = /^[a-z]+$/;

/**
 * The spellings of a lower-case word: the word first, then its other British or American
 * spellings. Anything that is not a plain lower-case ASCII word comes back alone.
 */
export function spellingVariants(word: string): string[] {
  if (!ENGLISH_WORD.test(word)) return [word];
  const found = [word];
  for (const other of IRREGULAR_BY_WORD.get(word) ?? []) add(found, other);
  // Each pattern applies to the spellings found so far, so "colourised" also gives "colorized".
  for (const rule of RULES) {
    for (const spelling of [...found]) {
      const match = rule.pattern.exec(spelling);
      if (!match) continue;
      for (const other of rule.others(match.slice(1))) add(found, other);
    }
  }
  return found;
}

function add(found: string[], spelling: string): void {
  if (found.length < MAX_SPELLINGS && !found.includes(spelling)) found.push(spelling);
}
