import { describe, expect, it } from 'vitest';

import { findQuotations, splitSentences } from '../../../../core/text/sentences.js';

function sentences(text: string): string[] {
  return splitSentences(text).map((s) => text.slice(s.start, s.end));
}

describe('splitSentences', () => {
  it('splits prose into sentences with offsets into the original text', () => {
    const text = '  Turkey objected. Russia agreed!  Was it final?';
    const spans = splitSentences(text);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['Turkey objected.', 'Russia agreed!', 'Was it final?']);
    expect(spans[0]).toEqual({ start: 2, end: 18 });
  });

  it('counts offsets in UTF-16 code units, so text after an emoji still lines up', () => {
    const text = 'Fire 🔥 at the depot. Nobody was hurt.';
    const [, second] = splitSentences(text);
    expect(second).toBeDefined();
    expect(text.slice(second!.start, second!.end)).toBe('Nobody was hurt.');
    expect(second!.start).toBe(text.indexOf('Nobody'));
  });

  it('never joins paragraphs separated by a blank line, even without final punctuation', () => {
    expect(sentences('Militants Reject Russian Patrols\n\nThe front said no')).toEqual([
      'Militants Reject Russian Patrols',
      'The front said no',
    ]);
  });

  it('keeps widget labels on separate lines apart but rejoins a line wrapped mid-phrase', () => {
    expect(sentences('Comments\nName :\nEmail :')).toEqual(['Comments', 'Name :', 'Email :']);
    expect(sentences('Map of Latest Developments in Syria and Iraq on\nalwaght.net')).toEqual([
      'Map of Latest Developments in Syria and Iraq on\nalwaght.net',
    ]);
  });

  it('does not end a sentence at titles, initials or dotted abbreviations', () => {
    expect(sentences('U.S. officials met Mr. Smith and Dr. Jones. Kharkiv Gov. Oleh Pavlenko spoke, e.g. about J. Doe.')).toEqual([
      'U.S. officials met Mr. Smith and Dr. Jones.',
      'Kharkiv Gov. Oleh Pavlenko spoke, e.g. about J. Doe.',
    ]);
  });

  it('keeps a quotation with sentence punctuation together with its attribution', () => {
    const text = '“Some partners support HTS… They want the memorandum to fail. Others block it,” the minister told Hurriyet. He left.';
    expect(sentences(text)).toEqual([
      '“Some partners support HTS… They want the memorandum to fail. Others block it,” the minister told Hurriyet.',
      'He left.',
    ]);
    expect(sentences('"Is this a deal?" he asked. Nobody answered.')).toEqual(['"Is this a deal?" he asked.', 'Nobody answered.']);
  });

  it('ends a sentence after a closing quotation mark that follows the period', () => {
    expect(sentences('He called weapons a "red line." The group disagreed.')).toEqual([
      'He called weapons a "red line."',
      'The group disagreed.',
    ]);
  });

  it('treats an ellipsis as a sentence end only before a new sentence', () => {
    expect(sentences('They waited… Then the shelling began. And so… it went on.')).toEqual([
      'They waited…',
      'Then the shelling began.',
      'And so… it went on.',
    ]);
  });

  it('does not split decimals, domains or list numbers but does split typed-together sentences', () => {
    expect(sentences('Prices rose 3.5 percent, tass.com said.')).toEqual(['Prices rose 3.5 percent, tass.com said.']);
    expect(sentences('TOTAL CONFUSION.Pure opportunism.')).toEqual(['TOTAL CONFUSION.', 'Pure opportunism.']);
    expect(sentences('1. Turkey objected')).toEqual(['1. Turkey objected']);
  });

  it('splits Arabic and Urdu text at their own sentence marks', () => {
    expect(sentences('هل صحيح أن المدمرة أصيبت؟ قالت الجزيرة إن الصاروخ سقط.')).toEqual([
      'هل صحيح أن المدمرة أصيبت؟',
      'قالت الجزيرة إن الصاروخ سقط.',
    ]);
    expect(sentences('یہ پہلا جملہ ہے۔ یہ دوسرا ہے۔')).toEqual(['یہ پہلا جملہ ہے۔', 'یہ دوسرا ہے۔']);
  });

  it('handles Cyrillic text: initials, "г." before lower case, guillemet quotations', () => {
    expect(
      sentences('В. Путин и Р. Эрдоган договорились в 2018 г. по Идлибу. «Мы готовы. Ждем ответа», — сказал Соколов. Ответа нет.'),
    ).toEqual(['В. Путин и Р. Эрдоган договорились в 2018 г. по Идлибу.', '«Мы готовы. Ждем ответа», — сказал Соколов.', 'Ответа нет.']);
  });
});

describe('findQuotations', () => {
  it('returns outermost quotations with their inner spans, including nested Russian quotes', () => {
    const text = '«Группировка „Хайят Тахрир аш-Шам“ отступила», — сказал он.';
    const [q] = findQuotations(text);
    expect(text.slice(q!.start, q!.end)).toBe('«Группировка „Хайят Тахрир аш-Шам“ отступила»');
    expect(text.slice(q!.innerStart, q!.innerEnd)).toBe('Группировка „Хайят Тахрир аш-Шам“ отступила');
  });

  it('does not let a stray quotation mark in one paragraph swallow the next', () => {
    const text = 'He said “this is unbalanced.\n\nThe next paragraph has “one that closes,” she said.';
    const quotes = findQuotations(text).map((q) => text.slice(q.start, q.end));
    expect(quotes).toEqual(['“one that closes,”']);
  });

  it('pairs a quotation that runs over several lines of one-sentence-per-line text', () => {
    const text = 'The mayor spoke.\n“We are not leaving.\nThe river is ours,” Ms Ortega said.\nShe left.';
    const [q] = findQuotations(text);
    expect(text.slice(q!.innerStart, q!.innerEnd)).toBe('We are not leaving.\nThe river is ours,');
    expect(splitSentences(text).map((s) => text.slice(s.start, s.end))).toEqual([
      'The mayor spoke.',
      '“We are not leaving.\nThe river is ours,” Ms Ortega said.',
      'She left.',
    ]);
  });

  it('joins a quotation of several paragraphs, each opened and only the last one closed', () => {
    const text = 'The notice said: "Stay indoors.\n\n"Keep the windows shut."\n\nResidents complied.';
    const quotes = findQuotations(text).map((q) => text.slice(q.innerStart, q.innerEnd));
    expect(quotes).toEqual(['Stay indoors.\n\n"Keep the windows shut.']);
  });

  it('drops a carried mark when another quotation opens mid-line before it closes', () => {
    const text = 'He called it “absurd.\nLater the ministry said “no comment” and left.';
    const quotes = findQuotations(text).map((q) => text.slice(q.start, q.end));
    expect(quotes).toEqual(['“no comment”']);
  });

  it('pairs single quotes used as quotation marks, but not apostrophes', () => {
    const text = "'No,' he told the station. The Smiths' house and the '90s club stayed shut, she said 'for now'.";
    expect(findQuotations(text).map((q) => text.slice(q.innerStart, q.innerEnd))).toEqual(['No,', 'for now']);
    expect(findQuotations("It's the Smiths' turn, isn't it?")).toEqual([]);
  });

  it('carries a single-quoted passage over lines only where the house style quotes with single marks', () => {
    const singleStyle = [
      "'We will appeal,' the mayor said.",
      "She told the Valley Courier: 'The ruling is wrong.",
      "It ignores the flood maps.'",
      "'Nobody asked us,' she added.",
    ].join('\n');
    expect(findQuotations(singleStyle).map((q) => singleStyle.slice(q.innerStart, q.innerEnd))).toEqual([
      'We will appeal,',
      'The ruling is wrong.\nIt ignores the flood maps.',
      'Nobody asked us,',
    ]);
    // The same marks in text quoting with double marks are apostrophes: 'Oumuamua, the '90s.
    const doubleStyle = "“It tumbles,” she said.\n'Oumuamua spins on.\nThe Smiths' telescope saw it.\n“It is old,” he said.";
    expect(findQuotations(doubleStyle).map((q) => doubleStyle.slice(q.innerStart, q.innerEnd))).toEqual(['It tumbles,', 'It is old,']);
  });

  it('gives up on a mark left open for more lines than one utterance runs', () => {
    const lines = ['“Never closed.', ...Array.from({ length: 14 }, (_, i) => `Line ${i} of other text.`), 'Late mark” here.'];
    expect(findQuotations(lines.join('\n'))).toEqual([]);
  });

  it('pairs straight quotes and ignores apostrophes', () => {
    const text = `Turkey's minister said "we will not" and HTS’ allies agreed.`;
    expect(findQuotations(text).map((q) => text.slice(q.innerStart, q.innerEnd))).toEqual(['we will not']);
  });
});
