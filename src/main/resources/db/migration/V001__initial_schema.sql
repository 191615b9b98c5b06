-- Chỉ tiêu: initial schema. Every text column is utf8mb4 so Vietnamese survives unchanged;
-- codes and usernames use a binary collation so "Hoa" and "Hòa" never collide in a unique key.

CREATE TABLE org_unit (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    code        VARCHAR(64)  COLLATE utf8mb4_bin NOT NULL,
    name        VARCHAR(255) NOT NULL,
    kind        VARCHAR(32)  NOT NULL,
    parent_id   BIGINT NULL,
    valid_from  DATE NULL,
    valid_to    DATE NULL,
    note        TEXT NULL,
    version     INT NOT NULL DEFAULT 0,
    CONSTRAINT uk_org_unit_code UNIQUE (code),
    CONSTRAINT fk_org_unit_parent FOREIGN KEY (parent_id) REFERENCES org_unit (id),
    CONSTRAINT ck_org_unit_validity CHECK (valid_to IS NULL OR valid_from IS NULL OR valid_to >= valid_from)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Lineage: which former units a unit was formed from (Tam Kỳ ← An Mỹ, An Xuân, Trường Xuân).
CREATE TABLE org_unit_predecessor (
    org_unit_id     BIGINT NOT NULL,
    predecessor_id  BIGINT NOT NULL,
    PRIMARY KEY (org_unit_id, predecessor_id),
    CONSTRAINT fk_lineage_unit FOREIGN KEY (org_unit_id) REFERENCES org_unit (id),
    CONSTRAINT fk_lineage_predecessor FOREIGN KEY (predecessor_id) REFERENCES org_unit (id),
    CONSTRAINT ck_lineage_not_self CHECK (org_unit_id <> predecessor_id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE term (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    code        VARCHAR(16) COLLATE utf8mb4_bin NOT NULL,
    start_year  SMALLINT NOT NULL,
    end_year    SMALLINT NOT NULL,
    status      VARCHAR(16) NOT NULL,
    version     INT NOT NULL DEFAULT 0,
    CONSTRAINT uk_term_code UNIQUE (code),
    CONSTRAINT ck_term_years CHECK (end_year > start_year),
    CONSTRAINT ck_term_status CHECK (status IN ('OPEN', 'CLOSED'))
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE indicator (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    term_id             BIGINT NOT NULL,
    sector              VARCHAR(32) NOT NULL,
    org_unit_id         BIGINT NULL,
    applies_to_kind     VARCHAR(32) NULL,
    number              VARCHAR(16) NULL,
    name                VARCHAR(500) NOT NULL,
    unit                VARCHAR(64) NULL,
    target_text         VARCHAR(500) NULL,
    target_kind         VARCHAR(32) NULL,
    target_comparator   VARCHAR(16) NULL,
    target_value        DECIMAL(20, 6) NULL,
    target_value2       DECIMAL(20, 6) NULL,
    target_horizon      VARCHAR(32) NULL,
    target_horizon_year SMALLINT NULL,
    parent_id           BIGINT NULL,
    sort_order          INT NOT NULL DEFAULT 0,
    source_document     VARCHAR(255) NULL,
    source_place        VARCHAR(255) NULL,
    source_quote        TEXT NULL,
    version             INT NOT NULL DEFAULT 0,
    CONSTRAINT fk_indicator_term FOREIGN KEY (term_id) REFERENCES term (id),
    CONSTRAINT fk_indicator_unit FOREIGN KEY (org_unit_id) REFERENCES org_unit (id),
    CONSTRAINT fk_indicator_parent FOREIGN KEY (parent_id) REFERENCES indicator (id),
    -- an indicator belongs to one unit, or applies to each unit of a level, never neither
    CONSTRAINT ck_indicator_scope CHECK (org_unit_id IS NOT NULL OR applies_to_kind IS NOT NULL),
    CONSTRAINT ck_indicator_sector CHECK (sector IN ('XAY_DUNG_DANG', 'KINH_TE', 'VAN_HOA_XA_HOI', 'MOI_TRUONG', 'QUOC_PHONG_AN_NINH'))
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_indicator_term_unit ON indicator (term_id, org_unit_id);

-- Per-year plan figures (kế hoạch năm) of an indicator.
CREATE TABLE indicator_plan (
    indicator_id  BIGINT NOT NULL,
    plan_year     SMALLINT NOT NULL,
    plan_text     VARCHAR(255) NOT NULL,
    plan_value    DECIMAL(20, 6) NULL,
    PRIMARY KEY (indicator_id, plan_year),
    CONSTRAINT fk_plan_indicator FOREIGN KEY (indicator_id) REFERENCES indicator (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE data_value (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    indicator_id      BIGINT NOT NULL,
    org_unit_id       BIGINT NOT NULL,
    period_kind       VARCHAR(16) NOT NULL,
    period_year_from  SMALLINT NOT NULL,
    period_year_to    SMALLINT NOT NULL,
    period_part       TINYINT NOT NULL DEFAULT 0,
    estimate          BOOLEAN NOT NULL DEFAULT FALSE,
    value_text        VARCHAR(500) NOT NULL,
    value_number      DECIMAL(20, 6) NULL,
    value_numerator   DECIMAL(20, 6) NULL,
    value_denominator DECIMAL(20, 6) NULL,
    value_bound       VARCHAR(16) NULL,
    note              TEXT NULL,
    source_document   VARCHAR(255) NULL,
    source_place      VARCHAR(255) NULL,
    source_quote      TEXT NULL,
    created_by        VARCHAR(64) NOT NULL,
    created_at        DATETIME(3) NOT NULL,
    updated_by        VARCHAR(64) NOT NULL,
    updated_at        DATETIME(3) NOT NULL,
    version           INT NOT NULL DEFAULT 0,
    CONSTRAINT uk_data_value UNIQUE (indicator_id, org_unit_id, period_kind, period_year_from, period_year_to, period_part, estimate),
    CONSTRAINT fk_value_indicator FOREIGN KEY (indicator_id) REFERENCES indicator (id),
    CONSTRAINT fk_value_unit FOREIGN KEY (org_unit_id) REFERENCES org_unit (id),
    CONSTRAINT ck_value_period_kind CHECK (period_kind IN ('YEAR', 'QUARTER', 'SIX_MONTHS', 'NINE_MONTHS', 'SPAN')),
    CONSTRAINT ck_value_period_years CHECK (period_year_to >= period_year_from)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE app_user (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    username        VARCHAR(64) COLLATE utf8mb4_bin NOT NULL,
    display_name    VARCHAR(255) NOT NULL,
    password_hash   VARCHAR(255) NOT NULL,
    role            VARCHAR(16) NOT NULL,
    org_unit_id     BIGINT NULL,
    enabled         BOOLEAN NOT NULL DEFAULT TRUE,
    version         INT NOT NULL DEFAULT 0,
    CONSTRAINT uk_app_user_username UNIQUE (username),
    CONSTRAINT fk_app_user_unit FOREIGN KEY (org_unit_id) REFERENCES org_unit (id),
    CONSTRAINT ck_app_user_role CHECK (role IN ('LANH_DAO', 'CAN_BO', 'QUAN_TRI'))
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Append-only record of every change: who, when, old -> new, why.
CREATE TABLE audit_log (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    at           DATETIME(3) NOT NULL,
    username     VARCHAR(64) NOT NULL,
    action       VARCHAR(32) NOT NULL,
    entity_type  VARCHAR(32) NOT NULL,
    entity_id    BIGINT NULL,
    old_value    TEXT NULL,
    new_value    TEXT NULL,
    reason       TEXT NULL
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_audit_entity ON audit_log (entity_type, entity_id);

INSERT INTO term (code, start_year, end_year, status) VALUES ('2020-2025', 2020, 2025, 'CLOSED');
INSERT INTO term (code, start_year, end_year, status) VALUES ('2025-2030', 2025, 2030, 'OPEN');
