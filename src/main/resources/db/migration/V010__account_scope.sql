-- Accounts of a ward that runs it for real: which units and sectors a person works on, and a temporary password
-- (set by an administrator) that must be replaced at the next sign-in.
ALTER TABLE app_user ADD COLUMN must_change_password BOOLEAN NOT NULL DEFAULT FALSE;

-- Units a person may see or enter figures for. app_user.org_unit_id stays the unit their screens open on and is
-- always one of these.
CREATE TABLE app_user_unit (
    app_user_id  BIGINT NOT NULL,
    org_unit_id  BIGINT NOT NULL,
    PRIMARY KEY (app_user_id, org_unit_id),
    CONSTRAINT fk_user_unit_user FOREIGN KEY (app_user_id) REFERENCES app_user (id),
    CONSTRAINT fk_user_unit_unit FOREIGN KEY (org_unit_id) REFERENCES org_unit (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO app_user_unit (app_user_id, org_unit_id) SELECT id, org_unit_id FROM app_user WHERE org_unit_id IS NOT NULL;

-- Sectors a person is responsible for; none means every sector of their units.
CREATE TABLE app_user_sector (
    app_user_id  BIGINT NOT NULL,
    sector       VARCHAR(32) NOT NULL,
    PRIMARY KEY (app_user_id, sector),
    CONSTRAINT fk_user_sector_user FOREIGN KEY (app_user_id) REFERENCES app_user (id),
    CONSTRAINT ck_user_sector CHECK (sector IN ('XAY_DUNG_DANG', 'KINH_TE', 'VAN_HOA_XA_HOI', 'MOI_TRUONG', 'QUOC_PHONG_AN_NINH'))
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
