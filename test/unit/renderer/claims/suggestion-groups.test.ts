import { describe, expect, it } from 'vitest';

import { groupSuggestions } from '../../../../renderer/claims/suggestion-groups.js';
import { hop, suggestion } from './suggestion-fixture.js';

describe('splitting credits from claims', () => {
  const credit = suggestion('Ivan Petrov/TASS', [hop('TASS', { kind: 'credit' }), hop('Ivan Petrov', { kind: 'credit' })], {
    kind: 'credit',
    cue: null,
  });
  const claimed = suggestion('the road had been mined', [hop('the ministry')]);
  const quoted = suggestion('We will not turn back', [hop('AFP'), hop('Naji Mustafa')], { kind: 'quote' });
  const linked = suggestion('Read more at sputniknews.com', [hop('Sputnik', { kind: 'link' })], { kind: 'link', cue: null });

  it('puts photo and wire credits apart and keeps every other kind for "Accept all"', () => {
    expect(groupSuggestions([credit, claimed, quoted, linked])).toEqual({ claims: [claimed, quoted, linked], credits: [credit] });
  });

  it('keeps text order within each group', () => {
    const second = suggestion('© Reuters 2026 / John Smith', [hop('Reuters', { kind: 'credit' })], { kind: 'credit', cue: null });
    const { credits, claims } = groupSuggestions([credit, claimed, second, quoted]);
    expect(credits).toEqual([credit, second]);
    expect(claims).toEqual([claimed, quoted]);
  });

  it('is two empty groups for no suggestions', () => {
    expect(groupSuggestions([])).toEqual({ claims: [], credits: [] });
  });
});
