-- Erasure of a family's personal data (right to erasure, retention), PostgreSQL: the table of
-- 014-erasure.sql (the same statements), and the one change the append-only event log now allows:
-- an UPDATE that sets an event's free-text reason to NULL and changes nothing else. Every other
-- UPDATE, every DELETE and TRUNCATE is still refused, by the trigger of 002 with this function.
-- The platform's role is granted UPDATE on the column reason of event only (Grants); the audit
-- tables are untouched: their entries name ids only and their hash chain covers every field.
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

-- Compared as whole rows without the reason, so a column added to event later is guarded too.
CREATE OR REPLACE FUNCTION steunpunt_event_is_append_only() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND NEW.reason IS NULL
      AND (to_jsonb(NEW) - 'reason') = (to_jsonb(OLD) - 'reason') THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'events are append-only: % refused', TG_OP;
END;
$$ LANGUAGE plpgsql;
