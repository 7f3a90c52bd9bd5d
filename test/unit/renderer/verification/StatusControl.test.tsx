// Why Done cannot be chosen is written beside the status control, where a keyboard or touch user
// sees it and a screen reader announces it with the button, not only in a tooltip.
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import type { VerdictState } from '../../../../core/review/rationale.js';
import { StatusControl } from '../../../../renderer/verification/StatusControl.js';

const RATED = 'a0000000-0000-4000-8000-000000000001';

function renderControl(state: VerdictState) {
  render(<StatusControl state={state} busy={false} onMove={() => undefined} />);
  return screen.getByRole<HTMLButtonElement>('button', { name: 'Done' });
}

/** What a screen reader reads after an element's name: the text of what aria-describedby names. */
function description(element: Element): string | null {
  const ids = element.getAttribute('aria-describedby');
  if (!ids) return null;
  return ids
    .split(/\s+/u)
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');
}

describe('the status control', () => {
  it('says in words, tied to the button, that a verdict needs its rationale before Done', () => {
    const done = renderControl({ status: 'in_review', ratingId: RATED, rationaleText: '' });
    expect(done.disabled).toBe(true);
    const reason = 'Write the rationale before marking a claim done with a verdict.';
    expect(screen.getByText(/is not available yet/u).textContent).toBe(`Done is not available yet. ${reason}`);
    expect(description(done)).toBe(`Done is not available yet. ${reason}`);
    expect(description(screen.getByRole('group', { name: 'Status' }))).toContain(reason);
  });

  it('names the steps still to take when the claim is further back in the workflow', () => {
    const done = renderControl({ status: 'unreviewed', ratingId: null, rationaleText: '' });
    expect(description(done)).toBe(
      'Done is not available yet. Move the claim to in progress and then in review first: the workflow goes one step at a time.',
    );
  });

  it('says nothing when Done can be chosen', () => {
    const ready = renderControl({ status: 'in_review', ratingId: RATED, rationaleText: 'The ministry denies it.' });
    expect(ready.disabled).toBe(false);
    expect(description(ready)).toBeNull();
    expect(screen.queryByText(/is not available yet/u)).toBeNull();
  });

  it('says nothing on a claim that is done', () => {
    renderControl({ status: 'done', ratingId: RATED, rationaleText: 'The ministry denies it.' });
    expect(screen.queryByText(/is not available yet/u)).toBeNull();
  });
});
