import { describe, expect, it } from 'vitest';
import {
  graphRequestOf,
  openClaimDetailOf,
  openSourceDetailOf,
  scopeOf,
} from '../../../../renderer/tracing/trace-events.js';

const event = (detail: unknown) => new CustomEvent('claimtrace:test', { detail });

describe('requests between views', () => {
  it('reads an open-claim request and ignores one that does not name both the document and the claim', () => {
    expect(openClaimDetailOf(event({ documentId: 'd', claimId: 'c', extra: 1 }))).toEqual({ documentId: 'd', claimId: 'c' });
    expect(openClaimDetailOf(event({ documentId: 'd' }))).toBeNull();
    expect(openClaimDetailOf(event('d'))).toBeNull();
  });

  it('ignores an open-source request that names no source', () => {
    expect(openSourceDetailOf(event({ sourceId: 's' }))).toEqual({ sourceId: 's' });
    expect(openSourceDetailOf(event({ sourceId: 7 }))).toBeNull();
    expect(openSourceDetailOf(event(null))).toBeNull();
  });

  it('asks the API for a graph with the scope alone, never the title shown above it', () => {
    const request = graphRequestOf(event({ documentId: 'd', title: '  Convoy struck  ' }));
    expect(request).toEqual({ documentId: 'd', title: 'Convoy struck' });
    expect(scopeOf(request!)).toEqual({ documentId: 'd' });
    expect(scopeOf(graphRequestOf(event({ claimId: 'c' }))!)).toEqual({ claimId: 'c' });
    expect(graphRequestOf(event({ title: 'nothing' }))).toBeNull();
  });
});
