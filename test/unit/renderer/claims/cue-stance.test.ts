import { describe, expect, it } from 'vitest';

import { cueStanceOf } from '../../../../renderer/claims/cue-stance.js';
import { hop, suggestion } from './suggestion-fixture.js';

describe('the stance of a suggestion’s cue', () => {
  it('says nothing for a neutral cue', () => {
    const said = suggestion('the convoy stopped', [hop('officials')], { cue: { start: 0, end: 4, text: 'said' } });
    expect(cueStanceOf(said, said.hops)).toBeNull();
  });

  it('names the stance with the cue’s words on the hop the cue reports', () => {
    const claimed = suggestion('the road was mined', [hop('TASS'), hop('the ministry', { stance: 'distancing' })], {
      cue: { start: 0, end: 7, text: 'claimed' },
    });
    expect(cueStanceOf(claimed, claimed.hops)).toEqual({ hopIndex: 1, stance: 'distancing', text: 'distancing: claimed' });
  });

  it('labels endorsing cues too', () => {
    const confirmed = suggestion('it carried medicine', [hop('Local officials', { stance: 'endorsing' })], {
      cue: { start: 0, end: 9, text: 'confirmed' },
    });
    expect(cueStanceOf(confirmed, confirmed.hops)?.text).toBe('endorsing: confirmed');
  });

  it('follows the hop when a commenter is put in front of the chain', () => {
    const claimed = suggestion('it turned back', [hop('Sputnik', { stance: 'distancing' })], {
      cue: { start: 0, end: 7, text: 'alleged' },
    });
    const hops = [hop('Dana Holt'), ...claimed.hops];
    expect(cueStanceOf(claimed, hops)?.hopIndex).toBe(1);
  });

  it('gives the stance alone when there are no cue words', () => {
    const bare = suggestion('x', [hop('TASS', { stance: 'distancing' })], { cue: null });
    expect(cueStanceOf(bare, bare.hops)?.text).toBe('distancing');
  });
});
