-- The wall screen's 30-day sign-in as Spring Security's persistent tokens (the table JdbcTokenRepositoryImpl
-- expects): a token lives in the database, so signing out or an administrator can revoke it.
CREATE TABLE persistent_logins (
    username   VARCHAR(64) COLLATE utf8mb4_bin NOT NULL,
    series     VARCHAR(64) PRIMARY KEY,
    token      VARCHAR(64) NOT NULL,
    last_used  TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_persistent_logins_user ON persistent_logins (username);
