// Selects the claim an open-claim request named once its document is open and its claims have
// loaded: the shell opens the document, and this makes the reader and the inspector show the claim.
// Lives inside the ClaimsProvider, so it uses the same selection the reader does.
import { useEffect, useRef, useState } from 'react';
import { useClaims } from '../claims/claims-context.js';
import { OPEN_CLAIM_EVENT, onWindowRequest, openClaimDetailOf, type OpenClaimDetail } from './trace-events.js';

export function OpenRequestedClaim() {
  const { documentId, claims, loaded, openClaim } = useClaims();
  const [pending, setPending] = useState<OpenClaimDetail | null>(null);
  // Set once the requested document has been open; leaving it afterwards drops the request.
  const reachedDocument = useRef(false);

  useEffect(
    () =>
      onWindowRequest(OPEN_CLAIM_EVENT, openClaimDetailOf, (detail) => {
        reachedDocument.current = false;
        setPending(detail);
      }),
    [],
  );

  useEffect(() => {
    if (!pending) return;
    if (documentId !== pending.documentId) {
      if (reachedDocument.current) setPending(null);
      return;
    }
    reachedDocument.current = true;
    // Until the new document's claims arrive, the list may still be the previous document's.
    if (!loaded || !claims.some((claim) => claim.id === pending.claimId)) return;
    openClaim(pending.claimId, { reveal: true });
    setPending(null);
  }, [pending, documentId, loaded, claims, openClaim]);

  return null;
}
