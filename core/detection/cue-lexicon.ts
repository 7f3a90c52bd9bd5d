// The English attribution cues: reporting verbs, with what each one says about the reporter's
// stance toward the statement and what it needs around it to attribute anything. Kept as data so
// that a missed cue is fixed by adding a word, not a rule.
import type { CueStance } from '../domain.js';

/**
 * - `speech`: says something ("said", "told", "claimed"): a quotation, a that-clause, a clause
 *   after it, or the clause before it ("…, he said").
 * - `commitment`: promises, threatens or advises: only with a that-clause or a quotation.
 * - `thought`: holds a view ("believes", "fears", "thinks"): only with the clause it governs.
 * - `finding`: establishes something ("found", "concluded", "ruled", "showed"): only with the
 *   clause it governs.
 * - `evaluation`: characterises someone in words of its own ("called X “…”", "defended X as
 *   “…”", "praised X as …"): only when the words it quotes follow.
 */
export type CueClass = 'speech' | 'commitment' | 'thought' | 'finding' | 'evaluation';

export interface VerbCue {
  lemma: string;
  stance: CueStance;
  cueClass: CueClass;
  /** The particle a phrasal cue needs after the verb: "pointed out"; "pointed" alone says nothing. */
  particle?: string;
}

interface Entry {
  lemma: string;
  stance?: CueStance;
  particle?: string;
  /** Irregular forms: [third person, past, participle, -ing] where they are not regular. */
  forms?: readonly string[];
}

const SPEECH: readonly Entry[] = [
  { lemma: 'say', forms: ['says', 'said', 'saying'] },
  { lemma: 'tell', forms: ['tells', 'told', 'telling'] },
  { lemma: 'state' },
  { lemma: 'add' },
  { lemma: 'note' },
  { lemma: 'explain' },
  { lemma: 'stress' },
  { lemma: 'emphasize' },
  { lemma: 'emphasise' },
  { lemma: 'underline' },
  { lemma: 'insist' },
  { lemma: 'warn' },
  { lemma: 'caution' },
  { lemma: 'announce' },
  { lemma: 'declare' },
  { lemma: 'write', forms: ['writes', 'wrote', 'written', 'writing'] },
  { lemma: 'tweet' },
  { lemma: 'post' },
  { lemma: 'comment' },
  { lemma: 'remark' },
  { lemma: 'observe' },
  { lemma: 'reply', forms: ['replies', 'replied', 'replying'] },
  { lemma: 'respond' },
  { lemma: 'answer' },
  { lemma: 'retort' },
  { lemma: 'counter' },
  { lemma: 'argue' },
  { lemma: 'assert' },
  { lemma: 'maintain' },
  { lemma: 'reiterate' },
  { lemma: 'repeat' },
  { lemma: 'recount' },
  { lemma: 'recall' },
  { lemma: 'mention' },
  { lemma: 'report' },
  { lemma: 'testify', forms: ['testifies', 'testified', 'testifying'] },
  { lemma: 'attest' },
  { lemma: 'predict' },
  { lemma: 'estimate' },
  { lemma: 'suggest' },
  { lemma: 'indicate' },
  { lemma: 'complain' },
  { lemma: 'lament' },
  { lemma: 'point', particle: 'out' },
  { lemma: 'boast' },
  { lemma: 'brag', forms: ['brags', 'bragged', 'bragging'] },
  { lemma: 'inform' },
  { lemma: 'brief' },
  { lemma: 'assure' },
  { lemma: 'cite' },
  { lemma: 'quote' },
  { lemma: 'describe' },
  // "the statement read", "the sign read": only a document reads (see DOCUMENT_READ in frames).
  { lemma: 'read', forms: ['reads', 'read', 'reading'] },
  { lemma: 'claim', stance: 'distancing' },
  { lemma: 'allege', stance: 'distancing' },
  { lemma: 'contend', stance: 'distancing' },
  { lemma: 'purport', stance: 'distancing' },
  { lemma: 'accuse', stance: 'distancing' },
  { lemma: 'charge', stance: 'distancing' },
  { lemma: 'deny', forms: ['denies', 'denied', 'denying'] },
  { lemma: 'confirm', stance: 'endorsing' },
  { lemma: 'reveal', stance: 'endorsing' },
  { lemma: 'disclose', stance: 'endorsing' },
  { lemma: 'admit', stance: 'endorsing', forms: ['admits', 'admitted', 'admitting'] },
  { lemma: 'acknowledge', stance: 'endorsing' },
  { lemma: 'concede', stance: 'endorsing' },
];

// Commitments and advice ("vowed to retaliate", "urged calm") report an act, not a statement;
// they attribute only a that-clause or a quotation ("vowed that …", "advised: “…”").
const COMMITMENT: readonly Entry[] = [
  { lemma: 'vow' },
  { lemma: 'pledge' },
  { lemma: 'promise' },
  { lemma: 'threaten' },
  { lemma: 'urge' },
  { lemma: 'advise' },
  { lemma: 'recommend' },
  { lemma: 'demand' },
  { lemma: 'swear', forms: ['swears', 'swore', 'sworn', 'swearing'] },
];

const THOUGHT: readonly Entry[] = [
  { lemma: 'believe' },
  { lemma: 'think', forms: ['thinks', 'thought', 'thinking'] },
  { lemma: 'feel', forms: ['feels', 'felt', 'feeling'] },
  { lemma: 'fear' },
  { lemma: 'worry', forms: ['worries', 'worried', 'worrying'] },
  { lemma: 'hope' },
  { lemma: 'expect' },
  { lemma: 'suspect' },
  { lemma: 'doubt' },
  { lemma: 'speculate', stance: 'distancing' },
  { lemma: 'assume' },
  { lemma: 'reckon' },
];

const FINDING: readonly Entry[] = [
  { lemma: 'find', forms: ['finds', 'found', 'finding'] },
  { lemma: 'conclude' },
  { lemma: 'determine' },
  { lemma: 'rule' },
  { lemma: 'show', stance: 'endorsing', forms: ['shows', 'showed', 'shown', 'showing'] },
  { lemma: 'demonstrate', stance: 'endorsing' },
  { lemma: 'prove', stance: 'endorsing', forms: ['proves', 'proved', 'proven', 'proving'] },
  { lemma: 'establish', stance: 'endorsing' },
];

const EVALUATION: readonly Entry[] = [
  { lemma: 'call' },
  { lemma: 'label', forms: ['labels', 'labeled', 'labelled', 'labeling', 'labelling'] },
  { lemma: 'brand' },
  { lemma: 'dub', forms: ['dubs', 'dubbed', 'dubbing'] },
  { lemma: 'praise' },
  { lemma: 'defend' },
  { lemma: 'hail' },
  { lemma: 'denounce' },
  { lemma: 'condemn' },
  { lemma: 'criticize' },
  { lemma: 'criticise' },
  { lemma: 'slam', forms: ['slams', 'slammed', 'slamming'] },
  { lemma: 'blast' },
  { lemma: 'dismiss' },
  { lemma: 'characterize' },
  { lemma: 'characterise' },
  { lemma: 'blame' },
];

/** Regular English inflections: "note" → notes, noted, noting; "stress" → stresses, stressed. */
function regularForms(lemma: string): string[] {
  const third = /(?:s|sh|ch|x|z)$/u.test(lemma) ? `${lemma}es` : /[^aeiou]y$/u.test(lemma) ? `${lemma.slice(0, -1)}ies` : `${lemma}s`;
  const past = lemma.endsWith('e') ? `${lemma}d` : /[^aeiou]y$/u.test(lemma) ? `${lemma.slice(0, -1)}ied` : `${lemma}ed`;
  const ing = /[^e]e$/u.test(lemma) ? `${lemma.slice(0, -1)}ing` : `${lemma}ing`;
  return [third, past, ing];
}

function build(): { forms: Map<string, VerbCue>; gerunds: Set<string> } {
  const forms = new Map<string, VerbCue>();
  const gerunds = new Set<string>();
  const groups: [readonly Entry[], CueClass][] = [
    [SPEECH, 'speech'],
    [COMMITMENT, 'commitment'],
    [THOUGHT, 'thought'],
    [FINDING, 'finding'],
    [EVALUATION, 'evaluation'],
  ];
  for (const [entries, cueClass] of groups) {
    for (const entry of entries) {
      const cue: VerbCue = {
        lemma: entry.lemma,
        stance: entry.stance ?? 'neutral',
        cueClass,
        ...(entry.particle ? { particle: entry.particle } : {}),
      };
      for (const form of [entry.lemma, ...(entry.forms ?? regularForms(entry.lemma))]) {
        if (!forms.has(form)) forms.set(form, cue);
        if (form.endsWith('ing')) gerunds.add(form);
      }
    }
  }
  return { forms, gerunds };
}

const LEXICON = build();

/** The cue a word form is, if any: "alleged" → allege (distancing speech). */
export function verbCue(lowerForm: string): VerbCue | null {
  return LEXICON.forms.get(lowerForm) ?? null;
}

/** Whether a form is the -ing form of a cue ("saying", "alleging", "praising"). */
export function isCueGerund(lowerForm: string): boolean {
  return LEXICON.gerunds.has(lowerForm);
}

/** Stance of a phrase cue that is not a verb: "according to", "reportedly", "citing". */
export function phraseCueStance(phrase: string): CueStance {
  return /\b(?:reportedly|allegedly|purportedly|unconfirmed|unverified|supposedly)\b/iu.test(phrase) ? 'distancing' : 'neutral';
}
