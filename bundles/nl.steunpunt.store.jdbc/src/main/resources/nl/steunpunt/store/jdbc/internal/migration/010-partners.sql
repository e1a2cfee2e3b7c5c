-- Partners: the position of each partner's event delivery, and the partners' own records.
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL 12+.

-- One row per partner: the last event sequence delivered (or skipped as out of its scope), the
-- failures in a row and the last error (a message without event data), when to try again, and
-- which node holds the lease to deliver (several nodes, one deliverer per partner).
CREATE TABLE partner_cursor (
  partner_id    VARCHAR(64)  NOT NULL PRIMARY KEY,
  last_sequence BIGINT       NOT NULL,
  failures      INTEGER      NOT NULL,
  last_error    VARCHAR(500),
  next_attempt  TIMESTAMP WITH TIME ZONE,
  lease_owner   VARCHAR(64),
  lease_until   TIMESTAMP WITH TIME ZONE,
  updated_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

-- A partner's JSON documents about a family, member, trajectory or report. The family is kept on
-- each row, so that erasing a family's data removes its partners' records with one statement.
CREATE TABLE partner_record (
  id           UUID        NOT NULL PRIMARY KEY,
  partner_id   VARCHAR(64) NOT NULL,
  subject_kind VARCHAR(12) NOT NULL,
  subject_id   UUID        NOT NULL,
  family_id    UUID        NOT NULL REFERENCES family (id),
  json         TEXT        NOT NULL,
  created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  version      BIGINT      NOT NULL
);
CREATE INDEX partner_record_subject ON partner_record (partner_id, subject_kind, subject_id);
CREATE INDEX partner_record_family ON partner_record (family_id);
