-- Live updates across app nodes: each saved figure leaves a line here in the saving transaction; every node reads
-- the lines of the other nodes a few times a second and tells its open screens. Lines are deleted after minutes, so
-- there are no foreign keys: a line outlives nothing it points to for long.
CREATE TABLE figure_change (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    org_unit_id   BIGINT NOT NULL,
    indicator_id  BIGINT NOT NULL,
    node          VARCHAR(64) COLLATE utf8mb4_bin NOT NULL,
    changed_at    DATETIME(3) NOT NULL
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_figure_change_at ON figure_change (changed_at);
