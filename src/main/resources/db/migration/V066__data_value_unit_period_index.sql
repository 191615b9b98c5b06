-- The completeness of a unit's reporting period (DashboardService.periods, seven periods a year) asks which indicators
-- have a figure for one unit and one period. The unique key starts with indicator_id, so MariaDB read the unit's whole
-- history through the org_unit_id foreign key for each period; this index answers it from the index alone.
CREATE INDEX ix_data_value_unit_period
    ON data_value (org_unit_id, period_kind, period_year_from, period_year_to, period_part, indicator_id);
