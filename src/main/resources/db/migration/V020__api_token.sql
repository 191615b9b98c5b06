-- Tokens for scripts and the IOC calling the REST API as an account (Authorization: Bearer …), instead of its password:
-- a bcrypt check on every call costs a core for a tenth of a second, and a password in a script cannot be withdrawn
-- without changing it everywhere. Only the SHA-256 of a token is kept (a random 256-bit token needs no slow hash);
-- the token itself is shown once. A revoked token stays, with when it was revoked, for the audit trail.
CREATE TABLE api_token (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    app_user_id  BIGINT NOT NULL,
    label        VARCHAR(100) NOT NULL,
    token_hash   CHAR(64) COLLATE utf8mb4_bin NOT NULL,
    hint         VARCHAR(16) NOT NULL,
    created_at   DATETIME(3) NOT NULL,
    last_used_on DATE NULL,
    revoked_at   DATETIME(3) NULL,
    CONSTRAINT uk_api_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_api_token_user FOREIGN KEY (app_user_id) REFERENCES app_user (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
