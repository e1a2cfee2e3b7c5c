-- Security reports, with the consultation of the parents and the disclosure in the same row, and
-- critical moments of trajectories.
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL 12+.

-- The consultation columns are null until the parents were consulted, the disclosure columns until
-- the report was made. The disclosed data set (ds_*) is kept as it was made, not as the family
-- reads today; it is null when the family reported itself. The members consulted are their UUIDs,
-- comma-separated.
CREATE TABLE security_report (
  id                  UUID         NOT NULL PRIMARY KEY,
  trajectory_id       UUID         NOT NULL REFERENCES trajectory (id),
  member_id           UUID         NOT NULL REFERENCES member (id),
  reason              VARCHAR(20)  NOT NULL,
  state               VARCHAR(12)  NOT NULL,
  created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
  version             BIGINT       NOT NULL,
  consulted_at        TIMESTAMP WITH TIME ZONE,
  consulted           VARCHAR(400),
  reporter            VARCHAR(8),
  recipient           VARCHAR(12),
  consultation_by     VARCHAR(64),
  reported_at         TIMESTAMP WITH TIME ZONE,
  disclosed_reporter  VARCHAR(8),
  disclosed_recipient VARCHAR(12),
  legal_basis         VARCHAR(200),
  override_reason     VARCHAR(500),
  disclosed_by        VARCHAR(64),
  ds_family_reference VARCHAR(11),
  ds_given_name       VARCHAR(60),
  ds_birth_year       INTEGER,
  ds_date             DATE,
  ds_contact          VARCHAR(64),
  acknowledged_at     TIMESTAMP WITH TIME ZONE,
  withdrawal          VARCHAR(500),
  reminded_at         TIMESTAMP WITH TIME ZONE
);
CREATE INDEX security_report_trajectory ON security_report (trajectory_id, created_at);
CREATE INDEX security_report_open ON security_report (member_id, reason, state);
CREATE INDEX security_report_disclosed ON security_report (disclosed_recipient, reported_at);
-- For the reminders: the reports still REPORTED, by when they were made.
CREATE INDEX security_report_unacknowledged ON security_report (state, reported_at);

-- Append-only, like the events that mark them (the platform's user may only insert, see Grants).
CREATE TABLE critical_moment (
  trajectory_id  UUID   NOT NULL REFERENCES trajectory (id),
  event_sequence BIGINT NOT NULL REFERENCES event (sequence),
  member_id      UUID   NOT NULL REFERENCES member (id),
  occurred_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (trajectory_id, event_sequence)
);
