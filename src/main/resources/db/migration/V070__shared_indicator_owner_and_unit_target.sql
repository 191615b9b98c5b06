-- A shared indicator (org_unit_id NULL, applies_to_kind set) is assigned by a parent unit: it applies to every unit of
-- its kind anywhere below that parent (the whole subtree, not only the direct children: a province's target for its
-- communes holds however many levels lie between, as under the districts of 2020-2025, and the kind already picks the
-- level). NULL keeps the first meaning: every unit of that kind.
ALTER TABLE indicator ADD COLUMN owner_unit_id BIGINT NULL;
ALTER TABLE indicator ADD CONSTRAINT fk_indicator_owner FOREIGN KEY (owner_unit_id) REFERENCES org_unit (id);
ALTER TABLE indicator ADD CONSTRAINT ck_indicator_owner CHECK (owner_unit_id IS NULL OR org_unit_id IS NULL);

-- A unit's own target for a shared indicator ("Tam Kỳ: trên 98%" where the city asks 95% of every ward): the text as
-- written and the engine's reading of it, like the indicator's target columns. Without one, the shared target applies.
CREATE TABLE unit_target (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    indicator_id        BIGINT NOT NULL,
    org_unit_id         BIGINT NOT NULL,
    target_text         VARCHAR(500) NOT NULL,
    target_kind         VARCHAR(32) NULL,
    target_comparator   VARCHAR(16) NULL,
    target_value        DECIMAL(20, 6) NULL,
    target_value2       DECIMAL(20, 6) NULL,
    target_horizon      VARCHAR(32) NULL,
    target_horizon_year SMALLINT NULL,
    set_by              VARCHAR(64) NOT NULL,
    set_at              DATETIME(3) NOT NULL,
    version             INT NOT NULL DEFAULT 0,
    CONSTRAINT uk_unit_target UNIQUE (indicator_id, org_unit_id),
    CONSTRAINT fk_unit_target_indicator FOREIGN KEY (indicator_id) REFERENCES indicator (id),
    CONSTRAINT fk_unit_target_unit FOREIGN KEY (org_unit_id) REFERENCES org_unit (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
