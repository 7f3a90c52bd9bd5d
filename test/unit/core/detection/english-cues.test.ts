import { describe, expect, it } from 'vitest';

import { detect, summaries } from './detect-helpers.js';

describe('attribution cues in English', () => {
  it('"according to X" cites X for the clause it introduces or follows', () => {
    expect(summaries('According to Reuters, at least 14 ships left port.')).toEqual([
      { hops: ['Reuters'], kind: 'citing', claim: 'at least 14 ships left port' },
    ]);
    expect(summaries('Two soldiers were killed overnight, according to TASS.')).toEqual([
      { hops: ['TASS'], kind: 'citing', claim: 'Two soldiers were killed overnight' },
    ]);
  });

  it('"X said/reported that …" attributes the that-clause to X', () => {
    expect(summaries('Sputnik reported on Friday that the convoy had turned back.')).toEqual([
      { hops: ['Sputnik'], kind: 'paraphrase', claim: 'the convoy had turned back' },
    ]);
    expect(summaries('The Syrian Observatory for Human Rights said several factions had moved their tanks.')).toEqual([
      { hops: ['Syrian Observatory for Human Rights'], kind: 'paraphrase', claim: 'several factions had moved their tanks' },
    ]);
  });

  it('"Y told X": the outlet comes first in the chain, the speaker last', () => {
    const [s] = detect('"There have been no changes," Failaq al-Sham\'s media officer Sayf al-Raad told AFP.');
    expect(s).toMatchObject({ source: 'AFP', kind: 'quote', claim: { text: 'There have been no changes' } });
    expect(s!.hops.map((h) => [h.source, h.sourceKind])).toEqual([
      ['AFP', 'wire_agency'],
      ['Sayf al-Raad', 'person'],
    ]);
    expect(s!.cue?.text).toBe('told');
  });

  it('"X quoted Y as saying", including the glued "AFPquoted" found in real pages', () => {
    const [s] = detect('"A long meeting was held with our Turkish ally," AFPquoted NLF spokesman Naji Mustafa as saying.');
    expect(s!.hops.map((h) => h.source)).toEqual(['AFP', 'Naji Mustafa']);
    expect(s!.mention.text).toBe('AFP');
    expect(s!.claim.text).toBe('A long meeting was held with our Turkish ally');
    expect(s!.kind).toBe('quote');
  });

  it('"X, citing Y" and "X said, citing Y": the cited source is the next hop, kind citing', () => {
    expect(summaries('Fars News Agency said, citing Arab sources, that Turkish officers had met HTS leaders.')).toEqual([
      { hops: ['Fars', 'Arab sources'], kind: 'paraphrase', claim: 'Turkish officers had met HTS leaders' },
    ]);
    const [s] = detect('The New York Times, citing U.S. officials, reported that strikes were approved.');
    expect(s!.hops.map((h) => [h.source, h.kind, h.sourceKind])).toEqual([
      ['The New York Times', 'paraphrase', 'newspaper'],
      ['U.S. officials', 'citing', 'unnamed'],
    ]);
  });

  it('flags anonymous sources by name, as written, with kind citing', () => {
    const [officials] = detect('Officials who spoke on condition of anonymity told Reuters that talks had stalled.');
    expect(officials!.hops.map((h) => [h.source, h.sourceKind, h.kind])).toEqual([
      ['Reuters', 'wire_agency', 'paraphrase'],
      ['Officials who spoke on condition of anonymity', 'unnamed', 'citing'],
    ]);
    expect(summaries('According to informed sources, the helicopters landed at al-Tanf.')).toEqual([
      { hops: ['informed sources'], kind: 'citing', claim: 'the helicopters landed at al-Tanf' },
    ]);
    expect(detect('A source close to the militants said the plan had been agreed.')[0]!.hops[0]).toMatchObject({
      source: 'A source close to the militants',
      sourceId: null,
      sourceKind: 'unnamed',
      kind: 'citing',
    });
  });

  it('reads inverted order after a quotation: “…,” said X / “…,” reports X', () => {
    expect(summaries('"We will not withdraw," said Naji Mustafa.')).toEqual([
      { hops: ['Naji Mustafa'], kind: 'quote', claim: 'We will not withdraw' },
    ]);
  });

  it('continues the previous speaker for "he said" and ", adding that …"', () => {
    const text =
      'AFP quoted NLF spokesman Naji Mustafa as saying the front objected. ' +
      '"We discussed the issue," he said, adding that Turkey "pledged that it would not happen".';
    expect(summaries(text)).toEqual([
      { hops: ['AFP', 'Naji Mustafa'], kind: 'paraphrase', claim: 'the front objected' },
      { hops: ['AFP', 'Naji Mustafa'], kind: 'quote', claim: 'We discussed the issue' },
      { hops: ['AFP', 'Naji Mustafa'], kind: 'quote', claim: 'Turkey "pledged that it would not happen"' },
    ]);
  });

  it('resolves "the agency", "the observatory" and a bare surname to the source named earlier', () => {
    const text =
      'TASS reported that two drones were shot down. The Black Sea Fleet, the agency added, intercepted three more. ' +
      'The Syrian Observatory for Human Rights said 27 fighters died. The London-based observatory also reported clashes in Latakia. ' +
      '"We will not allow it," Ahmet Yalcinkaya told the Hurriyet newspaper. Yalcinkaya added that the talks would go on.';
    expect(summaries(text).map((s) => s.hops)).toEqual([
      ['TASS'],
      ['TASS'],
      ['Syrian Observatory for Human Rights'],
      ['Syrian Observatory for Human Rights'],
      ['Hürriyet', 'Ahmet Yalcinkaya'],
      // A paraphrase after the interview is the article's own account of him.
      ['Ahmet Yalcinkaya'],
    ]);
  });

  it('does not resolve "he said" without anyone to refer back to', () => {
    expect(detect('"It was a provocation," he said.')).toEqual([]);
  });

  it('wraps an attribution reported by an outlet into one chain: "X said …, Interfax reported"', () => {
    expect(summaries('Russia\'s Defense Ministry said its forces had hit "energy facilities," Interfax reported.')).toEqual([
      { hops: ['Interfax', 'Russian Defence Ministry'], kind: 'quote', claim: 'its forces had hit "energy facilities,"' },
    ]);
    expect(summaries("According to Yonhap, South Korea's intelligence service told lawmakers that shells were shipped by rail.")).toEqual([
      { hops: ['Yonhap', "South Korea's intelligence service"], kind: 'citing', claim: 'shells were shipped by rail' },
    ]);
  });

  it('gives each of several outlets reporting the same thing its own suggestion', () => {
    expect(summaries('Xinhua and Kyodo both reported that the council would meet on Friday.').map((s) => s.hops)).toEqual([
      ['Xinhua'],
      ['Kyodo'],
    ]);
  });

  it('takes the outlet from "in an interview with X", "carried by X" and "quoted by X"', () => {
    expect(summaries('In an interview with CNN, a senior State Department official said the evidence was overwhelming.')).toEqual([
      { hops: ['CNN', 'a senior State Department official'], kind: 'paraphrase', claim: 'the evidence was overwhelming' },
    ]);
    expect(summaries('The Syrian Foreign Ministry said in a statement carried by SANA that the strikes were illegal.')).toEqual([
      { hops: ['SANA', 'Syrian Foreign Ministry'], kind: 'paraphrase', claim: 'the strikes were illegal' },
    ]);
    expect(summaries('Israeli defense officials, quoted by The Times of Israel, said the escalation could spread.')).toEqual([
      { hops: ['The Times of Israel', 'Israeli defense officials'], kind: 'paraphrase', claim: 'the escalation could spread' },
    ]);
  });

  it('keeps a person speaking for an institution behind that institution', () => {
    expect(summaries('Kremlin spokesman Dmitry Orlov told reporters that the strikes were a response.')).toEqual([
      { hops: ['Kremlin', 'Dmitry Orlov'], kind: 'paraphrase', claim: 'the strikes were a response' },
    ]);
    expect(summaries('A spokesperson for the Pentagon said new interceptors would arrive soon.')[0]!.hops).toEqual([
      'US Department of Defense',
      'A spokesperson for the Pentagon',
    ]);
  });

  it('proposes named people and outlets that are not in the registry, as written, an outlet as an outlet', () => {
    const [s] = detect('The Kyiv Independent reported that power was restored by the afternoon.');
    expect(s).toMatchObject({ source: 'Kyiv Independent', sourceId: null, kind: 'paraphrase' });
    expect(s!.hops[0]!.sourceKind).toBe('newspaper');
  });

  it('reports offsets of mention, cue and claim that point at the text', () => {
    const text = 'Meanwhile, Fars News Agency said, citing Arab sources, that officers met in Idlib.';
    const [s] = detect(text);
    for (const span of [s!.mention, s!.cue!, s!.claim]) expect(text.slice(span.start, span.end)).toBe(span.text);
    expect(s!.mention.text).toBe('Fars News Agency');
  });
});

describe('attribution shapes seen in real copy', () => {
  it('"As X noted, <claim>": the "as" clause vouches for the main clause', () => {
    expect(summaries('As the Valley Courier noted last week, the dam has never been inspected.')).toEqual([
      { hops: ['Valley Courier'], kind: 'paraphrase', claim: 'the dam has never been inspected' },
    ]);
  });

  it('takes the phrasal "pointed out" as a cue, and "pointed" alone not', () => {
    expect(summaries('The engineer Mara Quist pointed out that the spillway was blocked.')[0]?.claim).toBe('the spillway was blocked');
    expect(summaries('The engineer Mara Quist pointed to the spillway.')).toEqual([]);
  });

  it('reads a plural role opening the sentence as a described source, not a name', () => {
    expect(summaries('Investigators said the valves had rusted through.')).toEqual([
      { hops: ['Investigators'], kind: 'citing', claim: 'the valves had rusted through' },
    ]);
  });

  it('gives ", saying …" after any verb to that clause\'s subject, a pronoun included', () => {
    const text = 'Mara Quist left the meeting early.\nBut she criticised the board, saying that the repairs were years late.';
    expect(summaries(text)).toEqual([{ hops: ['Mara Quist'], kind: 'paraphrase', claim: 'the repairs were years late' }]);
  });

  it('lets "the group" refer back to an organisation whose name holds "of"', () => {
    const text = 'The National Union of Ferry Workers voted to strike on Monday.\nThe group said the timetable was unsafe.';
    expect(summaries(text)[0]!.hops).toEqual(['National Union of Ferry Workers']);
  });

  it('makes one claim of a quoted passage that goes on after its attribution', () => {
    const text =
      'The harbour master Tomas Lind spoke on Friday.\n“Nothing here is safe,” Lind said.\n“We will close the quay.”\nThe ferry left.';
    const found = summaries(text);
    expect(found).toHaveLength(1);
    expect(found[0]!.claim).toBe('Nothing here is safe,” Lind said.\n“We will close the quay.');
  });

  it('keeps a quoted question with the attribution after it', () => {
    expect(summaries('Lawyer Tom Reyes spoke first. “Why is that even relevant?” Reyes said of the filing.')).toEqual([
      { hops: ['Tom Reyes'], kind: 'quote', claim: 'Why is that even relevant?' },
    ]);
  });

  it('gives a quotation a colon introduces to the clause subject, whatever its verb', () => {
    expect(summaries('Lena Porterfield, however, shot back: “They are not teaching anything else.”')).toEqual([
      { hops: ['Lena Porterfield'], kind: 'quote', claim: 'They are not teaching anything else' },
    ]);
  });

  it('reads "according to X" between commas inside a clause as vouching for the whole sentence', () => {
    expect(summaries('One video, according to the complaint, shows pupils reciting a prayer.')).toEqual([
      { hops: ['the complaint'], kind: 'citing', claim: 'One video, according to the complaint, shows pupils reciting a prayer' },
    ]);
  });

  it('keeps "according to WHO estimates" and "according to WHO and the ministry" whole', () => {
    expect(summaries('The outbreak killed 300 people, according to WHO estimates.')[0]!.claim).toBe('The outbreak killed 300 people');
    expect(summaries('Twelve cases were confirmed, according to WHO and the health ministry.')[0]!.claim).toBe(
      'Twelve cases were confirmed',
    );
  });

  it('reads a progressive cue with its speaker before the auxiliary, and keeps a passive out', () => {
    expect(summaries('The Port Authority is warning skippers that the channel has silted up.')).toEqual([
      { hops: ['Port Authority'], kind: 'paraphrase', claim: 'the channel has silted up' },
    ]);
    expect(summaries('The skipper was reported missing on Monday.')).toEqual([]);
  });

  it('keeps a claim whole when its subject holds a relative "that": said the reasons that …', () => {
    expect(summaries('Dr. Ana Ruiz said the two reasons that ferries are late are fog and strikes.')).toEqual([
      { hops: ['Ana Ruiz'], kind: 'paraphrase', claim: 'the two reasons that ferries are late are fog and strikes' },
    ]);
    expect(summaries('Dr. Ana Ruiz told the inquiry that ferries are late.')[0]!.claim).toBe('ferries are late');
  });

  it("takes a quotation closing the sentence after the cue's own adjuncts and a comma", () => {
    expect(
      summaries('The Varna Pilots Guild writes in support of the strike, "WHEREAS night shifts without radar endanger every crew."'),
    ).toEqual([{ hops: ['Varna Pilots Guild'], kind: 'quote', claim: 'WHEREAS night shifts without radar endanger every crew' }]);
  });

  it('takes plural nouns joined by "and" as one group of speakers, past an adverb after "have"', () => {
    expect(summaries('Neighbours and relatives have long accused the landlord of neglect.')).toEqual([
      { hops: ['Neighbours and relatives'], kind: 'citing', claim: 'the landlord of neglect' },
    ]);
  });

  it("names an institution's official named with a role by the person's name", () => {
    expect(summaries('Senior World Health Organization (WHO) official Ana Ruiz said the spread was fast.')[0]!.hops).toEqual([
      'World Health Organization',
      'Ana Ruiz',
    ]);
  });

  it('does not take "report" followed by its own verb for a cue', () => {
    expect(summaries('The panel report offers recommendations on the dam.')).toEqual([]);
    expect(summaries('The panel reports that the dam leaked.')[0]?.claim).toBe('the dam leaked');
  });

  it('reads an age between commas as part of the speaker', () => {
    expect(summaries('Tom Reyes, 31, said that the pardon changed his life.')[0]!.hops).toEqual(['Tom Reyes']);
  });

  it('keeps a name whose title ends the line it was split at', () => {
    const text = '"The checks were skipped," said Sen.\nHelen Marsh, who chairs the panel.';
    expect(summaries(text)[0]).toMatchObject({ hops: ['Helen Marsh'], claim: 'The checks were skipped' });
  });
});
