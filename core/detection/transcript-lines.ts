// Transcripts and interviews printed as "Name: words" lines ("Hadeed: Why do your signatures look
// different?" / "Abid: My signatures are not very consistent"): each line is its speaker's words.
import type { TextRange } from '../text/sentences.js';
import { isOrganisationName, outletKindOfName, parsePersonName } from './names.js';

export interface TranscriptLine {
  speaker: { start: number; end: number; text: string };
  words: { start: number; end: number; text: string };
}

const LABELLED = /^(\p{Lu}[\p{L}\p{M}'’.-]*(?:[ \u00A0]\p{Lu}[\p{L}\p{M}'’.-]*){0,3}):[ \u00A0]+(\S.*)$/u;
// Labels that introduce something other than a speaker's words.
const NOT_SPEAKERS = new Set([
  'photo',
  'image',
  'source',
  'sources',
  'note',
  'update',
  'editor',
  'tags',
  'related',
  'read',
  'see',
  'watch',
  'listen',
  'video',
  'credit',
  'credits',
  'caption',
  'warning',
  'disclaimer',
  'correction',
  'q',
  'a',
  'question',
  'answer',
  'breaking',
  'exclusive',
  'analysis',
  'opinion',
  'comments',
  'share',
  'email',
  'name',
  'text',
  'subject',
  'from',
  'to',
  'date',
  'title',
]);

/**
 * Lines labelled with a speaker, where the label is a person's name and the text shows it is a
 * transcript: a run of three or more labelled lines between two or more speakers, or a label the
 * document names elsewhere. Labels that are registry outlets are the interviewer's questions.
 */
export function findTranscriptLines(
  text: string,
  blocks: readonly TextRange[],
  range: TextRange,
  isOutlet: (start: number, end: number) => boolean,
  knownNames: (name: string) => boolean,
): TranscriptLine[] {
  const labelled = blocks.map((block) => {
    if (block.start < range.start || block.end > range.end) return null;
    const line = labelOf(text, block);
    return line && !isOutlet(line.speaker.start, line.speaker.end) ? line : null;
  });
  const inDialogue = new Set<number>();
  for (let i = 0; i < labelled.length;) {
    let j = i;
    while (labelled[j]) j += 1;
    const speakers = new Set(labelled.slice(i, j).map((line) => line!.speaker.text.toLowerCase()));
    if (j - i >= 3 && speakers.size >= 2) for (let k = i; k < j; k += 1) inDialogue.add(k);
    i = j === i ? i + 1 : j;
  }
  return labelled.flatMap((line, i) => (line && (inDialogue.has(i) || knownNames(line.speaker.text)) ? [line] : []));
}

function labelOf(text: string, block: TextRange): TranscriptLine | null {
  const line = text.slice(block.start, block.end);
  const match = LABELLED.exec(line);
  if (!match) return null;
  const name = match[1] as string;
  const words = match[2] as string;
  if (NOT_SPEAKERS.has(name.toLowerCase()) || outletKindOfName(name) || isOrganisationName(name) || !parsePersonName(name)) return null;
  // A label with a URL or a time after it is page furniture, not speech.
  if (/https?:\/\/|^\d{1,2}[:.]\d{2}\b/u.test(words)) return null;
  const wordsStart = block.start + line.length - words.length;
  return {
    speaker: { start: block.start, end: block.start + name.length, text: name },
    words: { start: wordsStart, end: block.end, text: words },
  };
}
