// Who is who in a document: one source per person, pronouns and roles resolved to compatible
// sources, descriptions kept as written when nothing fits, acronyms the text defines.
import { describe, expect, it } from 'vitest';

import { summaries } from './detect-helpers.js';

describe('speakers resolved through the document', () => {
  it('resolves "he" to a person named again anywhere in the sentences before, not only as a subject', () => {
    const text = [
      'Farm minister Colm Brady said the fund would need millions.',
      'Exporters say the border plan will cost them dearly.',
      'The warning by Mr Brady came as talks resumed.',
      'Speaking about the fund, he told the Valley Courier that the costs would double.',
    ].join('\n');
    expect(summaries(text).at(-1)).toEqual({ hops: ['Valley Courier', 'Colm Brady'], kind: 'paraphrase', claim: 'the costs would double' });
  });

  it('does not take a time adverbial for part of the speaker', () => {
    const text = "Late on Friday the club's lawyer Rhona Keane told the Valley Courier that the appeal was lodged.";
    expect(summaries(text)[0]!.hops).toEqual(['Valley Courier', 'Rhona Keane']);
  });

  it('makes a role without a name the one person the document names with it, before or after', () => {
    const text = [
      'Finnish Interior Minister Aino Virtanen. IMAGE: Harbour Photo/Lars Berg',
      '',
      "Finland's Interior Minister accused the border guards of negligence.",
      'The Finnish minister also claimed that the fence had been cut.',
    ].join('\n');
    expect(summaries(text).map((s) => s.hops)).toEqual([['Aino Virtanen'], ['Aino Virtanen']]);
  });

  it('leaves the role as written when the document names two people with it', () => {
    const text = 'The minister said the fence had been cut.\nMinister Aino Virtanen will meet Minister Pekka Laine on Friday.';
    expect(summaries(text)[0]!.hops).toEqual(['the minister']);
  });

  it('folds titles, roles and surnames into one person', () => {
    const text = [
      'Border talks stall',
      '',
      "Finland's Interior Minister Aino Virtanen said on Monday that the crossings would stay shut.",
      'Virtanen added that the decision would be reviewed in June.',
      '“We are not closing the door for good,” she said.',
    ].join('\n');
    expect(summaries(text).map((s) => s.hops)).toEqual([['Aino Virtanen'], ['Aino Virtanen'], ['Aino Virtanen']]);
  });

  it('resolves "he" to the person the previous sentence is about, even one not quoted yet', () => {
    const text =
      'The harbour master Tomas Lind inspected the quay on Friday.\n“Nothing here is safe to load,” he said after the inspection.';
    expect(summaries(text)).toEqual([{ hops: ['Tomas Lind'], kind: 'quote', claim: 'Nothing here is safe to load' }]);
  });

  it('gives "he" to the subject of the sentence before, not to the person it acted on', () => {
    const text =
      'Lawyer Tom Reyes spoke first.\nIn court, Reyes questioned Ben Hale.\n“Did you sign the form?” Reyes asked.\nHale nodded.\nLater, Reyes pressed Hale.\n“You knew it was false,” he said.';
    expect(summaries(text).at(-1)!.hops).toEqual(['Tom Reyes']);
  });

  it('refers "the source" back to the anonymous source last introduced, and a document by another word for it', () => {
    const text = [
      'The plan aims to deter buyers, according to an official familiar with its contents.',
      '"Nobody will be exempt," the source said.',
      'A health alert said on Wednesday that a worker had fallen ill.',
      'The notification said no other cases were known.',
    ].join('\n');
    expect(summaries(text).map((s) => s.hops)).toEqual([
      ['an official familiar with its contents'],
      ['an official familiar with its contents'],
      ['A health alert'],
      ['A health alert'],
    ]);
  });

  it('refers "the source familiar with …" to the source described so before, never to a report or the last one quoted', () => {
    const text = [
      'The audit was ordered in March, according to an official familiar with the tender.',
      ...Array.from({ length: 12 }, (_, i) => `Paragraph ${i + 1} of the audit covers the harbour accounts.`),
      'The audit notes the transfer was legal.',
      'A port inspector wrote in a memo that the cranes were idle.',
      'The source familiar with the audit said that the board had been warned twice.',
      'The source close to the mayor said nothing had been hidden.',
    ].join('\n');
    expect(summaries(text).map((s) => s.hops)).toEqual([
      ['an official familiar with the tender'],
      ['the audit'],
      ['A port inspector'],
      ['an official familiar with the tender'],
      ['the source close to the mayor'],
    ]);
  });

  it('lets "the group" mean the organisation the document is about, long after it was last named', () => {
    const text = [
      'The National Union of Ferry Workers voted on Monday to refuse night shifts.',
      'The National Union of Ferry Workers said it has 400 members.',
      ...Array.from({ length: 20 }, (_, i) => `Ship ${i + 1} waited at the outer buoy overnight.`),
      '"Night shifts are unsafe without radar," the group wrote.',
    ].join('\n');
    expect(summaries(text).at(-1)!.hops).toEqual(['National Union of Ferry Workers']);
  });

  it('does not let "the group" pick between two organisations named as often', () => {
    const text = [
      'The National Union of Ferry Workers said it would strike on Monday.',
      'The Federation of Crane Operators said it would join the strike.',
      ...Array.from({ length: 20 }, (_, i) => `Ship ${i + 1} waited at the outer buoy overnight.`),
      '"Night shifts are unsafe without radar," the group wrote.',
    ].join('\n');
    expect(summaries(text).at(-1)!.hops).toEqual(['the group']);
  });

  it('takes the speaker of "who said" from the phrase "who" refers to, and "they" after it', () => {
    const text = [
      'The plan was rejected by harbour officials who said the quay could not take the weight.',
      'They said the council had never asked them.',
      'The mayor backed a pilot who praised the new cranes.',
    ].join('\n');
    expect(summaries(text)).toEqual([
      { hops: ['harbour officials'], kind: 'citing', claim: 'the quay could not take the weight' },
      { hops: ['harbour officials'], kind: 'citing', claim: 'the council had never asked them' },
    ]);
  });

  it('gives what a person\'s history "includes saying" to that person', () => {
    const text = [
      'The council heard from harbour master Ines Falk on Monday.',
      "Falk's history of blunt remarks includes mocking the ferry timetable, saying the boats “never leave on time.”",
    ].join('\n');
    expect(summaries(text)).toEqual([{ hops: ['Falk'], kind: 'quote', claim: 'the boats “never leave on time.”' }]);
  });

  it('does not give "she" to a man named with a male title, nor a role to an unrelated source', () => {
    const text = 'Mr Haddad said the ferry was late.\nThe military experts warned that the channel was mined.';
    expect(summaries(text)).toEqual([
      { hops: ['Haddad'], kind: 'paraphrase', claim: 'the ferry was late' },
      { hops: ['the military experts'], kind: 'citing', claim: 'the channel was mined' },
    ]);
  });

  it('finds the person a role refers back to: "the congresswoman" after "Rep. Dana Ortiz"', () => {
    const text =
      'Rep. Dana Ortiz told the Valley Courier that the dam report was incomplete.\nThe congresswoman said she would ask for hearings.';
    const found = summaries(text);
    expect(found[0]).toEqual({ hops: ['Valley Courier', 'Dana Ortiz'], kind: 'paraphrase', claim: 'the dam report was incomplete' });
    expect(found[1]!.hops.at(-1)).toBe('Dana Ortiz');
  });

  it('takes the name in apposition after a speaker, with a role on either side', () => {
    expect(summaries("The pilots' union leader, Marta Kos, told reporters that flights would resume.")[0]!.hops).toEqual(['Marta Kos']);
    expect(summaries('“We will appeal,” Jonas Weber, the family’s lawyer, told the Alpine Herald.')[0]).toEqual({
      hops: ['Alpine Herald', 'Jonas Weber'],
      kind: 'quote',
      claim: 'We will appeal',
    });
  });

  it('reads titles joined by "and" before one name as that person', () => {
    expect(summaries('“We will vote against it,” party whip and senior backbencher Clara Holm said on Tuesday.')[0]!.hops).toEqual([
      'Clara Holm',
    ]);
  });

  it('names a defined acronym by its full name', () => {
    const text = 'The International Grain Council (IGC) said exports fell.\nThe IGC said prices would recover by May.';
    expect(summaries(text).map((s) => s.hops)).toEqual([['International Grain Council'], ['International Grain Council']]);
  });

  it('lets documents speak, and their owners through them', () => {
    expect(summaries('The indictment says the funds were moved in March.')).toEqual([
      { hops: ['the indictment'], kind: 'citing', claim: 'the funds were moved in March' },
    ]);
    expect(summaries('“We regret the delay,” the Lakeside Clinic’s statement read.')[0]!.hops).toEqual(['Lakeside Clinic']);
  });

  it('does not take what is reported on for who reports it', () => {
    expect(summaries('The boy was reported missing on Sunday.')).toEqual([]);
    expect(summaries('The new measures show how worried the council is.')).toEqual([]);
  });
});

describe('outlets beyond the registry and programmes', () => {
  it('puts the outlet before its own witness or reporter', () => {
    expect(summaries('Smoke rose over the port, a Reuters witness said.')[0]!.hops).toEqual(['Reuters', 'a Reuters witness']);
  });

  it('knows call letters for a station, and "the station" for them', () => {
    const text = 'Hunter Reyes told WKRX that the hat was his.\n"Let\'s have a conversation," he told the station.';
    expect(summaries(text).map((s) => s.hops)).toEqual([
      ['WKRX', 'Hunter Reyes'],
      ['WKRX', 'Hunter Reyes'],
    ]);
  });

  it('reads an outlet in brackets before the subject as a dateline, and keeps a longer outlet name whole', () => {
    expect(summaries('Washington (CNN) Senate Republicans said the deal was flawed.')[0]!.hops).toEqual(['Senate Republicans']);
    expect(
      summaries('Mayor Tom Reyes was unsure why the board wrote that he had erred, he told The Daily Caller News Foundation on Sunday.'),
    ).toContainEqual({
      hops: ['The Daily Caller', 'Tom Reyes'],
      kind: 'paraphrase',
      claim: 'Mayor Tom Reyes was unsure why the board wrote that he had erred',
    });
  });

  it('takes an outlet named after "told" even when the registry does not know it', () => {
    expect(summaries('A neighbour told the Riverside Gazette that she heard two shots.')).toEqual([
      { hops: ['Riverside Gazette', 'A neighbour'], kind: 'paraphrase', claim: 'she heard two shots' },
    ]);
    expect(summaries('The mayor told KXLR that the bridge would reopen.')[0]!.hops[0]).toBe('KXLR');
  });

  it('maps a programme to its network, in quotation marks or after "on"', () => {
    expect(summaries('“The vote is not there yet,” the senator told “Face the Nation.”')[0]!.hops[0]).toBe('CBS News');
    expect(summaries('Asked on Meet the Press, the governor said the budget would pass.')[0]?.hops[0] ?? null).not.toBe('CBS News');
  });

  it('reads a programme in headline capitals, and its quotation after the comma', () => {
    expect(summaries('As for the budget, Holt told "Face The Nation," "The vote is not there yet."')).toEqual([
      { hops: ['CBS News', 'Holt'], kind: 'quote', claim: 'The vote is not there yet' },
    ]);
  });

  it('takes the outlet from a programme opening the sentence: On “State of the Union,” …', () => {
    expect(summaries('On "State of the Union," Holt added, "We will hold the line."')[0]!.hops).toEqual(['CNN', 'Holt']);
  });

  it('gives each of two programmes the statement made on both', () => {
    const found = summaries(
      'Holt told CNN’s “State of the Union” and CBS News’ “Face the Nation” on Sunday that she would block the vote.',
    );
    expect(found.map((s) => s.hops)).toEqual([
      ['CNN', 'Holt'],
      ['CBS News', 'Holt'],
    ]);
  });

  it('does not take the State of the Union address for the programme', () => {
    expect(summaries('The president said in his State of the Union address that taxes would fall.')[0]!.hops).not.toContain('CNN');
  });
});

describe('the outlet a statement was given to', () => {
  it('is "the agency" or "the news agency" named earlier', () => {
    const text = 'Interfax reported that the ferry was held.\n"No one was hurt," the port director Oleg Marin told the news agency.';
    expect(summaries(text)[1]!.hops).toEqual(['Interfax', 'Oleg Marin']);
  });

  it('carries on to the quotations that follow at once, not to later paraphrase', () => {
    const text = [
      'The coach Ilse Varga told the Valley Courier that the club would stay.',
      '"We have nowhere else to play," she said.',
      'The council has not replied.',
      'The league met on Monday.',
      'Varga said the club had raised half the money.',
    ].join('\n');
    expect(summaries(text).map((s) => s.hops)).toEqual([
      ['Valley Courier', 'Ilse Varga'],
      ['Valley Courier', 'Ilse Varga'],
      ['Ilse Varga'],
    ]);
  });

  it('stays with an unnamed source, who is only reached through the outlet', () => {
    const text =
      'The Valley Courier quoted a source close to the club as saying the stadium was sold.\nThe source added that the sale closed in May.';
    expect(summaries(text).map((s) => s.hops)).toEqual([
      ['Valley Courier', 'a source close to the club'],
      ['Valley Courier', 'a source close to the club'],
    ]);
  });
});

describe('outlets named by what they are or by how they carried it', () => {
  it('takes a name followed by "website" or "magazine" as an outlet', () => {
    expect(summaries('A former aide told the Harbourline website that the mayor lied.')[0]!.hops).toEqual(['Harbourline', 'A former aide']);
    expect(summaries('In an essay for Fenwick Review magazine, Lena Holt wrote that the dam leaked.')[0]!.hops).toEqual([
      'Fenwick Review',
      'Lena Holt',
    ]);
  });

  it('finds the outlet in "a question from X" and "an episode of X\'s show"', () => {
    expect(summaries('In response to a question from Reuters, the sheriff, Joe Lane, said the case was open.')[0]!.hops).toEqual([
      'Reuters',
      'Joe Lane',
    ]);
    expect(summaries('Lane said during an episode of the BBC show that it was open.')[0]!.hops).toEqual(['BBC', 'Lane']);
  });

  it('reads "a woman described as …" as the speaker, not as an attribution of its own', () => {
    expect(summaries('A woman described as a "retired nurse" told the Harbourline website that the ward was closed.')).toEqual([
      { hops: ['Harbourline', 'A woman described as a "retired nurse"'], kind: 'paraphrase', claim: 'the ward was closed' },
    ]);
  });
});

describe('speakers with long descriptions', () => {
  it('takes the opening quotation for a speaker described at length before the cue', () => {
    expect(summaries('"It has been hit before," Queen\'s University, Belfast, lecturer Wes Fraser told the BBC.')).toEqual([
      { hops: ['BBC', 'Wes Fraser'], kind: 'quote', claim: 'It has been hit before' },
    ]);
  });

  it('reads a document described by when it came out as the speaker, and "it" as that document', () => {
    const text =
      '"The plan is approved," a statement released after the council meeting said.\n"No one was hurt," it said, without giving a date.';
    expect(summaries(text).map((s) => s.hops)).toEqual([
      ['a statement released after the council meeting'],
      ['a statement released after the council meeting'],
    ]);
  });

  it('reads past a participle phrase between the speaker and the cue', () => {
    const text =
      'Members of the Commission for Safe Streets, set up in 2014 to cut crashes, have told the Associated Press they delivered the report.';
    expect(summaries(text)[0]).toEqual({
      hops: ['Associated Press', 'Members of the Commission for Safe Streets'],
      kind: 'paraphrase',
      claim: 'they delivered the report',
    });
  });
});

describe('excerpts a blog introduces', () => {
  it('"<Outlet> reports on <topic>." makes the next paragraph the outlet\'s report', () => {
    const text = 'The convoy grew overnight.\nInterfax reports on the convoy.\nMore trucks joined the column near the border on Wednesday.';
    expect(summaries(text)).toEqual([
      { hops: ['Interfax'], kind: 'paraphrase', claim: 'More trucks joined the column near the border on Wednesday' },
    ]);
  });

  it('takes "he" for a person introduced as "<Name> of <Organisation> is …"', () => {
    const text = 'Lena Dahl of The Harbour Review is a reporter I trust.\nShe told Sputnik:\nOur newsroom will keep publishing.';
    expect(summaries(text)[0]!.hops).toEqual(['Sputnik', 'Lena Dahl']);
  });
});

describe('statements introduced by a colon', () => {
  it('attribute what follows the colon, even when its quotation is never closed', () => {
    const text = "Mayor Lena Holt met the residents.\nBut, she added: 'In plain terms the dam is unsafe.";
    expect(summaries(text)).toEqual([{ hops: ['Lena Holt'], kind: 'paraphrase', claim: 'In plain terms the dam is unsafe' }]);
  });
});

describe('statements introduced by a colon at the end of a line', () => {
  it('attribute the next paragraph', () => {
    const text =
      'Lena Dahl, the editor of the Harbour Review, spoke about the closure.\nShe told Sputnik:\nOur newsroom will keep publishing online until the court rules.';
    expect(summaries(text)).toContainEqual({
      hops: ['Sputnik', 'Lena Dahl'],
      kind: 'paraphrase',
      claim: 'Our newsroom will keep publishing online until the court rules',
    });
  });
});

describe('transcripts printed as "Name: words"', () => {
  it('attribute each line to its speaker in a dialogue, and never a headline or an interviewer outlet', () => {
    const text = [
      'Hearing on the harbour contract',
      '',
      'The questioning went on for an hour.',
      'Lindqvist: Why was the tender closed early?',
      'Moreau: The board asked for it, I only signed.',
      'Lindqvist: So you did not read it?',
      'Reuters: Will you resign?',
      '',
      'Ministry of Ports: deliveries resume Monday',
    ].join('\n');
    expect(summaries(text)).toEqual([
      { hops: ['Lindqvist'], kind: 'quote', claim: 'Why was the tender closed early?' },
      { hops: ['Moreau'], kind: 'quote', claim: 'The board asked for it, I only signed' },
      { hops: ['Lindqvist'], kind: 'quote', claim: 'So you did not read it?' },
    ]);
  });
});
