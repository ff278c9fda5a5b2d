-- Training needs (issue 13): the themes each person asked for, and each workshop's catalogue of themes.
-- A workshop with no catalogue row uses the six 2023 themes (io.TrainingThemes.DEFAULTS); the first
-- import that brings a new spelling writes the whole catalogue.
ALTER TABLE participant ADD COLUMN trainings VARCHAR(200) ARRAY NOT NULL DEFAULT ARRAY[];

CREATE TABLE training_theme (
    workshop_id BIGINT       NOT NULL REFERENCES workshop(id) ON DELETE CASCADE,
    name        VARCHAR(200) NOT NULL,
    position    INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (workshop_id, name)
);
