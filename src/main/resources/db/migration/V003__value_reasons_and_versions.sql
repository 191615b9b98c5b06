-- Why a target was missed and what will be done (nguyên nhân, giải pháp): reports quote them.
ALTER TABLE data_value ADD COLUMN reason TEXT NULL AFTER note;
ALTER TABLE data_value ADD COLUMN remedy TEXT NULL AFTER reason;

-- Every version of every value, as it was saved. Nothing is ever deleted: a correction is a new version.
CREATE TABLE data_value_version (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    data_value_id  BIGINT NOT NULL,
    version        INT NOT NULL,
    value_text     VARCHAR(500) NOT NULL,
    estimate       BOOLEAN NOT NULL,
    note           TEXT NULL,
    reason         TEXT NULL,
    remedy         TEXT NULL,
    saved_by       VARCHAR(64) NOT NULL,
    saved_at       DATETIME(3) NOT NULL,
    CONSTRAINT uk_data_value_version UNIQUE (data_value_id, version),
    CONSTRAINT fk_version_value FOREIGN KEY (data_value_id) REFERENCES data_value (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
