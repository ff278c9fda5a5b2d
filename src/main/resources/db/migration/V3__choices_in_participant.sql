-- Ranked choices move into the participant row, as an ordered array of proposal refs.
-- A 100,000-person import wrote 500,000 choice rows, each with two indexes, two foreign-key checks
-- and its undo-log entries: two thirds of the import's time (issue 11). One array per person keeps the
-- order and costs one row. What the choice table's foreign keys did is now done by the repositories:
-- ParticipantRepository writes only refs it is given (the importer resolves them), and
-- ProposalRepository.delete removes the deleted proposal from everyone's choices.
ALTER TABLE participant ADD COLUMN choices VARCHAR(64) ARRAY NOT NULL DEFAULT ARRAY[];

UPDATE participant p SET choices = COALESCE(
    (SELECT ARRAY_AGG(c.proposal_ref ORDER BY c.rank_no) FROM choice c
     WHERE c.workshop_id = p.workshop_id AND c.participant_ref = p.ref), ARRAY[]);

DROP TABLE choice;
