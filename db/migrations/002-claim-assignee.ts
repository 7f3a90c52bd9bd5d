// Schema version 2: who a claim is assigned to, so a desk can split the day's claims between
// reviewers. Append-only like every migration: once released, this SQL never changes.
import type { Migration } from './migration.js';

// NULL means unassigned. Names are stored as typed (trimmed). The queue compares them without
// regard to case by first finding every stored spelling of a name (NOCASE would fold ASCII only),
// then looking those spellings up exactly, so the index keeps the default collation.
export const sql = /* sql */ `
ALTER TABLE claims ADD COLUMN assignee TEXT
  CHECK (assignee IS NULL OR (assignee = trim(assignee) AND length(assignee) BETWEEN 1 AND 200));

CREATE INDEX claims_by_assignee ON claims (assignee);

-- The reviewer picker offers everyone who ever changed something; without this, listing them
-- reads the whole audit trail.
CREATE INDEX history_by_actor ON history (actor);
`;

export const migration: Migration = { version: 2, name: 'claim-assignee', sql };
