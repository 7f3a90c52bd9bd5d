// Who a suggestion's chain names, hop by hop. Detection, the database and the workbench all tell
// chains apart this one way, so two suggestions detection counts as one never get two cards, and
// a rejection recorded by the database is recognised again in the workbench.
import { foldName } from '../text/fold-name.js';

interface IdentifiedHop {
  source: string;
  sourceId: string | null;
}

/** Registry sources by ID (their names may be edited), others by the folded name detection gave. */
export function chainIdentity(hops: readonly IdentifiedHop[]): string {
  // JSON keeps names apart even when they contain the characters a plain join would use.
  return JSON.stringify(hops.map((hop) => hop.sourceId ?? foldName(hop.source)));
}

/** Whether `longer` names every hop of `shorter` first, then more. */
export function extendsChain(longer: readonly IdentifiedHop[], shorter: readonly IdentifiedHop[]): boolean {
  return longer.length > shorter.length && chainIdentity(longer.slice(0, shorter.length)) === chainIdentity(shorter);
}
