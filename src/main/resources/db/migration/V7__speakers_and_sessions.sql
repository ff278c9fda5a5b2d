-- The season's trainings (issue 13): speaker ideas participants suggested, and the sessions the
-- organiser plans. Ids are numbers local to the workshop (1, 2, …), kept by undo/redo. Themes are
-- catalogue names, not foreign keys: a workshop may still use the default catalogue (no rows), and
-- renaming or merging a theme rewrites them in the same transaction. suggested_by is a participant
-- ref without a foreign key, so that erasing a person and undoing it leaves the idea as it was.
CREATE TABLE speaker_idea (
    workshop_id  BIGINT        NOT NULL REFERENCES workshop(id) ON DELETE CASCADE,
    id           INT           NOT NULL,
    suggested_by VARCHAR(64),
    speaker      VARCHAR(400)  NOT NULL DEFAULT '',
    organisation VARCHAR(400)  NOT NULL DEFAULT '',
    theme        VARCHAR(200)  NOT NULL DEFAULT '',
    note         VARCHAR(4000) NOT NULL DEFAULT '',
    PRIMARY KEY (workshop_id, id)
);

CREATE TABLE training_session (
    workshop_id BIGINT       NOT NULL REFERENCES workshop(id) ON DELETE CASCADE,
    id          INT          NOT NULL,
    theme       VARCHAR(200) NOT NULL,
    held_on     DATE,
    speaker     VARCHAR(400) NOT NULL DEFAULT '',
    capacity    INT          NOT NULL,
    place       VARCHAR(400) NOT NULL DEFAULT '',
    online      BOOLEAN      NOT NULL DEFAULT FALSE,
    position    INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (workshop_id, id),
    CHECK (capacity >= 0)
);
