-- Erasure of a family's personal data (right to erasure, retention): one row per erased family,
-- with the ground, the privacy officer's reason and who erased it. The erasure itself happens in
-- place, in the rows it erases (JdbcErasureRecords); this table is its record. The trajectory is
-- kept beside the family, so that lists of reports can leave out those of erased families.
-- H2: the same table as in 014-postgresql-erasure.sql, which also lets the event log's guard allow
-- the erasure of an event's reason.
CREATE TABLE erasure (
  id               UUID         NOT NULL PRIMARY KEY,
  family_id        UUID         NOT NULL UNIQUE REFERENCES family (id),
  trajectory_id    UUID         NOT NULL UNIQUE REFERENCES trajectory (id),
  family_reference VARCHAR(11)  NOT NULL,
  ground           VARCHAR(10)  NOT NULL,
  reason           VARCHAR(500) NOT NULL,
  erased_at        TIMESTAMP WITH TIME ZONE NOT NULL,
  erased_by        VARCHAR(64)  NOT NULL
);
CREATE INDEX erasure_erased ON erasure (erased_at);
