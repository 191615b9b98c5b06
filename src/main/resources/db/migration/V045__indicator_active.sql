-- An indicator no longer tracked is deactivated, never deleted: its figures and history stay, it leaves the running
-- catalogue, the dashboard and the entry sheet, and can be reactivated. Who and when is in the audit log.
ALTER TABLE indicator ADD COLUMN active BOOLEAN NOT NULL DEFAULT TRUE;
