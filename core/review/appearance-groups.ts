// Which claims are one claim carried by several documents. A reviewer links a claim to the passage
// of another document that repeats it; when a claim was also made on that passage, the two are the
// same claim, and so is everything linked to either of them, however long the trail.

export interface GroupClaim {
  id: string;
  documentId: string;
  /** Null for an orphan, which has no passage another document's link could land on. */
  start: number | null;
  end: number | null;
}

export interface GroupLink {
  claimId: string;
  documentId: string;
  start: number;
  end: number;
}

/** One document carrying the claim: the claims made on it there, none for a linked passage alone. */
export interface GroupMember {
  documentId: string;
  claimIds: string[];
}

export interface ClaimGroup {
  /** One of the group's claims, the same for every claim of the group. */
  id: string;
  members: GroupMember[];
}

/** Every claim's group, keyed by claim ID; claims linked to nothing form a group of their own. */
export function groupClaims(claims: readonly GroupClaim[], links: readonly GroupLink[]): Map<string, ClaimGroup> {
  const parent = new Map(claims.map((claim) => [claim.id, claim.id]));
  const root = (id: string): string => {
    let at = id;
    while (parent.get(at) !== at) {
      const up = parent.get(parent.get(at)!)!;
      parent.set(at, up);
      at = up;
    }
    return at;
  };
  const byDocument = new Map<string, GroupClaim[]>();
  for (const claim of claims) {
    const list = byDocument.get(claim.documentId) ?? [];
    list.push(claim);
    byDocument.set(claim.documentId, list);
  }

  const passages: GroupLink[] = [];
  for (const link of links) {
    if (!parent.has(link.claimId)) continue;
    const covering = (byDocument.get(link.documentId) ?? []).filter(
      (claim) => claim.start !== null && claim.end !== null && claim.start < link.end && link.start < claim.end,
    );
    if (covering.length === 0) passages.push(link);
    for (const claim of covering) {
      const [a, b] = [root(link.claimId), root(claim.id)];
      if (a !== b) parent.set(b, a);
    }
  }

  const groups = new Map<string, ClaimGroup>();
  const groupOf = (claimId: string): ClaimGroup => {
    const top = root(claimId);
    const group = groups.get(top) ?? { id: top, members: [] };
    groups.set(top, group);
    return group;
  };
  const memberOf = (group: ClaimGroup, documentId: string): GroupMember => {
    let member = group.members.find((m) => m.documentId === documentId);
    if (!member) {
      member = { documentId, claimIds: [] };
      group.members.push(member);
    }
    return member;
  };
  for (const claim of claims) memberOf(groupOf(claim.id), claim.documentId).claimIds.push(claim.id);
  for (const passage of passages) memberOf(groupOf(passage.claimId), passage.documentId);

  return new Map(claims.map((claim) => [claim.id, groups.get(root(claim.id))!]));
}
