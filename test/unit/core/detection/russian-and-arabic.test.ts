import { describe, expect, it } from 'vitest';

import { summaries } from './detect-helpers.js';

describe('Russian attributions', () => {
  it('"сообщает ТАСС" makes TASS the speaker; "сообщил ТАСС источник" makes TASS the outlet', () => {
    expect(summaries('Российские корабли в этот район не заходили, сообщает ТАСС.')).toEqual([
      { hops: ['TASS'], kind: 'paraphrase', claim: 'Российские корабли в этот район не заходили' },
    ]);
    expect(summaries('Как сообщил ТАСС источник в военно-дипломатических кругах, турецкая сторона не выполнила обязательств.')).toEqual([
      {
        hops: ['TASS', 'источник в военно-дипломатических кругах'],
        kind: 'paraphrase',
        claim: 'турецкая сторона не выполнила обязательств',
      },
    ]);
  });

  it('"по данным X" cites X; "со ссылкой на Y" adds Y', () => {
    expect(summaries('По данным Минобороны России, погибли двое военнослужащих.')).toEqual([
      { hops: ['Russian Defence Ministry'], kind: 'citing', claim: 'погибли двое военнослужащих' },
    ]);
    expect(summaries('Ранее агентство Reuters со ссылкой на турецких чиновников сообщило, что Анкара направит войска.')).toEqual([
      { hops: ['Reuters', 'турецких чиновников'], kind: 'paraphrase', claim: 'Анкара направит войска' },
    ]);
  });

  it('"Об этом сообщил X" attributes the previous sentence', () => {
    expect(summaries('Боевики обстреляли позиции армии. Об этом сообщил журналистам генерал-майор Андрей Соколов.')).toEqual([
      { hops: ['Андрей Соколов'], kind: 'paraphrase', claim: 'Боевики обстреляли позиции армии' },
    ]);
  });

  it('reads «…», — заявил X and continues a surname mentioned in full before', () => {
    const text = 'Генерал-майор Андрей Соколов заявил, что обстрелы продолжаются. «Зафиксировано 32 обстрела», — сказал Соколов.';
    expect(summaries(text)).toEqual([
      { hops: ['Генерал-майор Андрей Соколов'], kind: 'paraphrase', claim: 'обстрелы продолжаются' },
      { hops: ['Генерал-майор Андрей Соколов'], kind: 'quote', claim: 'Зафиксировано 32 обстрела' },
    ]);
  });
});

describe('Arabic attributions', () => {
  it('attributes to a registry outlet before or after the verb', () => {
    expect(summaries('قناة الجزيرة قالت إن الصاروخ سقط في البحر.')).toEqual([
      { hops: ['Al Jazeera'], kind: 'paraphrase', claim: 'الصاروخ سقط في البحر' },
    ]);
    expect(summaries('وقالت الجزيرة إن الصاروخ سقط في البحر.')[0]!.hops).toEqual(['Al Jazeera']);
  });
});
