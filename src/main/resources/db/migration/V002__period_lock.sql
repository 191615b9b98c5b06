-- A closed (approved) reporting period of a unit: its values are read-only for everyone until it is reopened.
CREATE TABLE period_lock (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    org_unit_id       BIGINT NOT NULL,
    period_kind       VARCHAR(16) NOT NULL,
    period_year_from  SMALLINT NOT NULL,
    period_year_to    SMALLINT NOT NULL,
    period_part       TINYINT NOT NULL DEFAULT 0,
    locked_by         VARCHAR(64) NOT NULL,
    locked_at         DATETIME(3) NOT NULL,
    version           INT NOT NULL DEFAULT 0,
    CONSTRAINT uk_period_lock UNIQUE (org_unit_id, period_kind, period_year_from, period_year_to, period_part),
    CONSTRAINT fk_period_lock_unit FOREIGN KEY (org_unit_id) REFERENCES org_unit (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
