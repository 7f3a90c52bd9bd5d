import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';

/** Universal Dependencies part-of-speech tags, as the English model assigns them. */
export type PartOfSpeech =
  | 'ADJ'
  | 'ADP'
  | 'ADV'
  | 'AUX'
  | 'CCONJ'
  | 'DET'
  | 'INTJ'
  | 'NOUN'
  | 'NUM'
  | 'PART'
  | 'PRON'
  | 'PROPN'
  | 'PUNCT'
  | 'SCONJ'
  | 'SYM'
  | 'VERB'
  | 'X'
  | 'SPACE';

export interface TaggedWord {
  start: number;
  end: number;
  pos: PartOfSpeech;
  /** Dictionary form in lower case: "said" → "say", "officials" → "official". */
  lemma: string;
}

/** Tagged words of a text, looked up by where they start. */
export interface Tagging {
  /** The word starting exactly at `offset`, if the tagger saw one there. */
  at(offset: number): TaggedWord | null;
}

type Wink = ReturnType<typeof winkNLP>;
let shared: Wink | null = null;

// The model ships inside its npm package (no download, no network) and takes a few tens of
// milliseconds to load, so it is loaded once, on first use, and kept.
function wink(): Wink {
  shared ??= winkNLP(model);
  return shared;
}

/**
 * Parts of speech and lemmas for English text, from wink-nlp's English model. The tokenizer is
 * lossless (each token's preceding whitespace and its value rebuild the text exactly), which is
 * what lets every tag be tied back to UTF-16 offsets into the text.
 */
export function tagText(text: string, from = 0, to = text.length): Tagging {
  const slice = text.slice(from, to);
  const nlp = wink();
  const { its } = nlp;
  const tokens = nlp.readDoc(slice).tokens();
  const values = tokens.out(its.value) as string[];
  const spaces = tokens.out(its.precedingSpaces) as string[];
  const tags = tokens.out(its.pos) as PartOfSpeech[];
  // The typings declare lemma with the model add-ons as an argument the call supplies itself.
  const lemmas = tokens.out(its.lemma as unknown as typeof its.value) as string[];
  const byStart = new Map<number, TaggedWord>();
  let offset = from;
  for (let i = 0; i < values.length; i += 1) {
    offset += (spaces[i] as string).length;
    const value = values[i] as string;
    // Should the tokenizer ever not rebuild the text, tags stop rather than land on wrong words.
    if (text.startsWith(value, offset) === false) break;
    byStart.set(offset, {
      start: offset,
      end: offset + value.length,
      pos: tags[i] as PartOfSpeech,
      lemma: (lemmas[i] as string).toLowerCase(),
    });
    offset += value.length;
  }
  return { at: (start) => byStart.get(start) ?? null };
}
