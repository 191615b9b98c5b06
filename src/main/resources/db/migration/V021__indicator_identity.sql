-- One indicator per term, unit and number (or, without a number, per name written the same way: case and runs of
-- spaces aside), kept by the database itself: two imports of the same new indicator running at the same moment both
-- find it missing, and only a unique key stops the second from creating it again. Indicators that apply to every unit
-- of a level (no org_unit_id) are left out. Existing duplicates are not merged here: this migration then stops
-- with MariaDB's "Duplicate entry" naming them, for an administrator to decide which one stays.
ALTER TABLE indicator ADD COLUMN identity_key VARCHAR(520) COLLATE utf8mb4_bin AS (
    CASE
        WHEN org_unit_id IS NULL THEN NULL
        WHEN number IS NOT NULL AND TRIM(number) <> '' THEN CONCAT('#', TRIM(number))
        ELSE CONCAT('=', LOWER(REGEXP_REPLACE(TRIM(name), '[[:space:]]+', ' ')))
    END) PERSISTENT;

ALTER TABLE indicator ADD CONSTRAINT uk_indicator_identity UNIQUE (term_id, org_unit_id, identity_key);
