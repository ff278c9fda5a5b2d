-- Meet-ups through the season (issue 12). Per person: the know-how they can share (offers) and want to
-- learn (seeks); interests already exist. Per workshop: the meet-up settings, and the season's rounds with
-- their groups and who is absent. Members and absences name people by ref without a foreign key on
-- purpose: deleting a person (an undoable edit) must not erase the history of the rounds they attended;
-- readers skip refs of people no longer there.
ALTER TABLE participant ADD COLUMN offers VARCHAR(200) ARRAY NOT NULL DEFAULT ARRAY[];
ALTER TABLE participant ADD COLUMN seeks VARCHAR(200) ARRAY NOT NULL DEFAULT ARRAY[];

CREATE TABLE meetup_settings (
    workshop_id        BIGINT  NOT NULL PRIMARY KEY REFERENCES workshop(id) ON DELETE CASCADE,
    rounds             INT     NOT NULL,
    group_size         INT     NOT NULL,
    w_repeat           INT     NOT NULL,
    w_same_ministry    INT     NOT NULL,
    w_shared_interest  INT     NOT NULL,
    w_know_how         INT     NOT NULL,
    teams_have_met     BOOLEAN NOT NULL DEFAULT FALSE
);

CREATE TABLE meetup_round (
    workshop_id BIGINT  NOT NULL REFERENCES workshop(id) ON DELETE CASCADE,
    number      INT     NOT NULL,
    held        BOOLEAN NOT NULL DEFAULT FALSE,
    held_on     DATE,
    PRIMARY KEY (workshop_id, number)
);

CREATE TABLE meetup_member (
    workshop_id     BIGINT      NOT NULL,
    round_number    INT         NOT NULL,
    group_index     INT         NOT NULL,
    position        INT         NOT NULL,
    participant_ref VARCHAR(64) NOT NULL,
    PRIMARY KEY (workshop_id, round_number, participant_ref),
    FOREIGN KEY (workshop_id, round_number) REFERENCES meetup_round(workshop_id, number) ON DELETE CASCADE
);

CREATE TABLE meetup_absence (
    workshop_id     BIGINT      NOT NULL,
    round_number    INT         NOT NULL,
    participant_ref VARCHAR(64) NOT NULL,
    PRIMARY KEY (workshop_id, round_number, participant_ref),
    FOREIGN KEY (workshop_id, round_number) REFERENCES meetup_round(workshop_id, number) ON DELETE CASCADE
);
