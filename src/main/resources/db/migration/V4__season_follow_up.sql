-- Season follow-up (issue 13). A proposal's status now follows the season: PROPOSED → RETAINED
-- (team formed) → SCOPED (scoping workshop held) → LAUNCHED, or ABANDONED, with the day it was set
-- and a short note. REJECTED, the only "no" before, becomes ABANDONED.
ALTER TABLE proposal ADD COLUMN status_date DATE;
ALTER TABLE proposal ADD COLUMN status_note VARCHAR(2000) NOT NULL DEFAULT '';
UPDATE proposal SET status = 'ABANDONED' WHERE status = 'REJECTED';

-- The mailbox the published project list gives for questions (a team mailbox, not a person's).
ALTER TABLE workshop ADD COLUMN contact VARCHAR(320) NOT NULL DEFAULT '';
