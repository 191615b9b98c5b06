-- The lazy unit picker (issue 15): units in name order a page at a time, and for each whether it has active
-- indicators in the term, answered from the index alone. At national size (3,355 units, 99,630 indicators) the first
-- page is read in about a millisecond instead of materialising every indicator of the term.
CREATE INDEX ix_org_unit_name ON org_unit (name);
CREATE INDEX ix_indicator_term_unit_active ON indicator (term_id, org_unit_id, active);
