-- Who reports the figure of an indicator (a department or office), so leadership knows whom to ask when it is missing.
ALTER TABLE indicator ADD COLUMN responsible VARCHAR(255) NULL AFTER unit;
