-- Équipage schema. Workshop-local ids ("u03", "P01") are kept as refs and used in composite keys,
-- so that records map one to one to the model and a rename of a ref cascades.

CREATE TABLE ministry (
    code   VARCHAR(64)  PRIMARY KEY,
    name   VARCHAR(400) NOT NULL,
    parent VARCHAR(64)  REFERENCES ministry(code) ON UPDATE CASCADE
);

CREATE TABLE workshop (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    name       VARCHAR(200) NOT NULL UNIQUE,
    held_on    DATE,
    place      VARCHAR(400) NOT NULL DEFAULT '',
    settings   CLOB,
    created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE app_state (
    state_key   VARCHAR(100) PRIMARY KEY,
    state_value VARCHAR(4000)
);

CREATE TABLE participant (
    workshop_id BIGINT       NOT NULL REFERENCES workshop(id) ON DELETE CASCADE,
    ref         VARCHAR(64)  NOT NULL,
    first_name  VARCHAR(200) NOT NULL DEFAULT '',
    last_name   VARCHAR(200) NOT NULL DEFAULT '',
    email       VARCHAR(320),
    ministry    VARCHAR(64)  REFERENCES ministry(code) ON UPDATE CASCADE,
    skills      VARCHAR(100) ARRAY NOT NULL DEFAULT ARRAY[],
    interests   VARCHAR(100) ARRAY NOT NULL DEFAULT ARRAY[],
    position    INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (workshop_id, ref)
);

CREATE TABLE proposal (
    workshop_id BIGINT        NOT NULL REFERENCES workshop(id) ON DELETE CASCADE,
    ref         VARCHAR(64)   NOT NULL,
    title       VARCHAR(400)  NOT NULL DEFAULT '',
    description VARCHAR(8000) NOT NULL DEFAULT '',
    ministry    VARCHAR(64)   REFERENCES ministry(code) ON UPDATE CASCADE,
    skills      VARCHAR(100) ARRAY NOT NULL DEFAULT ARRAY[],
    min_size    INT           NOT NULL,
    max_size    INT           NOT NULL,
    status      VARCHAR(16)   NOT NULL DEFAULT 'PROPOSED',
    position    INT           NOT NULL DEFAULT 0,
    PRIMARY KEY (workshop_id, ref),
    CHECK (min_size >= 0 AND min_size <= max_size)
);

-- Ranks may have gaps after a proposal is deleted; order, not value, is what counts.
CREATE TABLE choice (
    workshop_id     BIGINT      NOT NULL,
    participant_ref VARCHAR(64) NOT NULL,
    rank_no         INT         NOT NULL,
    proposal_ref    VARCHAR(64) NOT NULL,
    PRIMARY KEY (workshop_id, participant_ref, rank_no),
    FOREIGN KEY (workshop_id, participant_ref) REFERENCES participant(workshop_id, ref) ON DELETE CASCADE ON UPDATE CASCADE,
    FOREIGN KEY (workshop_id, proposal_ref) REFERENCES proposal(workshop_id, ref) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE proposer (
    workshop_id     BIGINT      NOT NULL,
    proposal_ref    VARCHAR(64) NOT NULL,
    participant_ref VARCHAR(64) NOT NULL,
    position        INT         NOT NULL DEFAULT 0,
    PRIMARY KEY (workshop_id, proposal_ref, participant_ref),
    FOREIGN KEY (workshop_id, proposal_ref) REFERENCES proposal(workshop_id, ref) ON DELETE CASCADE ON UPDATE CASCADE,
    FOREIGN KEY (workshop_id, participant_ref) REFERENCES participant(workshop_id, ref) ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE pin (
    workshop_id     BIGINT      NOT NULL,
    participant_ref VARCHAR(64) NOT NULL,
    proposal_ref    VARCHAR(64) NOT NULL,
    PRIMARY KEY (workshop_id, participant_ref),
    FOREIGN KEY (workshop_id, participant_ref) REFERENCES participant(workshop_id, ref) ON DELETE CASCADE ON UPDATE CASCADE,
    FOREIGN KEY (workshop_id, proposal_ref) REFERENCES proposal(workshop_id, ref) ON DELETE CASCADE ON UPDATE CASCADE
);

-- kind: APART (never in the same team) or TOGETHER (a rewarded wish); first_ref < second_ref.
CREATE TABLE pair_wish (
    workshop_id BIGINT      NOT NULL,
    kind        VARCHAR(8)  NOT NULL CHECK (kind IN ('APART', 'TOGETHER')),
    first_ref   VARCHAR(64) NOT NULL,
    second_ref  VARCHAR(64) NOT NULL,
    PRIMARY KEY (workshop_id, kind, first_ref, second_ref),
    FOREIGN KEY (workshop_id, first_ref) REFERENCES participant(workshop_id, ref) ON DELETE CASCADE ON UPDATE CASCADE,
    FOREIGN KEY (workshop_id, second_ref) REFERENCES participant(workshop_id, ref) ON DELETE CASCADE ON UPDATE CASCADE
);

-- A workshop's plans: the current one (is_current) and named scenarios.
CREATE TABLE plan (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    workshop_id BIGINT       NOT NULL REFERENCES workshop(id) ON DELETE CASCADE,
    name        VARCHAR(200) NOT NULL,
    plan_json   CLOB         NOT NULL,
    is_current  BOOLEAN      NOT NULL DEFAULT FALSE,
    updated_at  TIMESTAMP    NOT NULL DEFAULT CURRENT_TIMESTAMP,
    UNIQUE (workshop_id, name)
);
