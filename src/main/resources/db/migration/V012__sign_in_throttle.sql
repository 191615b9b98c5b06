-- Failed sign-ins per account name and per client address. Kept for names that have no account too, so that the
-- answer never tells whether an account exists; kept in the database, so a restart does not reset a lock.
CREATE TABLE sign_in_failure (
    subject       VARCHAR(100) COLLATE utf8mb4_bin PRIMARY KEY,
    failures      INT NOT NULL,
    last_failure  DATETIME(3) NOT NULL,
    locked_until  DATETIME(3) NULL
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_sign_in_failure_last ON sign_in_failure (last_failure);
