-- What a report itself states about a unit's term: "Trường Xuân: 04 chỉ tiêu" not met (000, chú thích 37). Kept beside
-- what the engine counts from the figures, so a screen can show both where they differ instead of silently one.
CREATE TABLE stated_missed_count (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    org_unit_id     BIGINT NOT NULL,
    term_id         BIGINT NOT NULL,
    missed          INT NOT NULL,
    source_document VARCHAR(500),
    source_place    VARCHAR(255),
    source_quote    TEXT,
    CONSTRAINT uk_stated_missed UNIQUE (org_unit_id, term_id),
    CONSTRAINT fk_stated_missed_unit FOREIGN KEY (org_unit_id) REFERENCES org_unit (id),
    CONSTRAINT fk_stated_missed_term FOREIGN KEY (term_id) REFERENCES term (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
