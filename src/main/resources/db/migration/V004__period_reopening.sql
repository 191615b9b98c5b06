-- A closed period can be reopened for a limited time, with a reason; both are logged in the audit log too.
ALTER TABLE period_lock ADD COLUMN reopened_by VARCHAR(64) NULL;
ALTER TABLE period_lock ADD COLUMN reopened_at DATETIME(3) NULL;
ALTER TABLE period_lock ADD COLUMN reopen_until DATETIME(3) NULL;
ALTER TABLE period_lock ADD COLUMN reopen_reason TEXT NULL;
