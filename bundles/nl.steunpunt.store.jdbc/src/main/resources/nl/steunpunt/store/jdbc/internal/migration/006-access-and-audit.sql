-- Access and audit: referrals to therapy providers and uses of break-glass (both widen who may see
-- a family), and the audit log (NEN 7513), append-only and hash-chained.
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL 12+.

CREATE TABLE referral (
  id            UUID        NOT NULL PRIMARY KEY,
  trajectory_id UUID        NOT NULL REFERENCES trajectory (id),
  member_id     UUID        NOT NULL REFERENCES member (id),
  organisation  VARCHAR(64) NOT NULL,
  opened_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  closed_at     TIMESTAMP WITH TIME ZONE
);
CREATE INDEX referral_member ON referral (member_id);
CREATE INDEX referral_open ON referral (organisation, closed_at);
CREATE INDEX referral_trajectory ON referral (trajectory_id, opened_at);

CREATE TABLE break_glass (
  id                 UUID         NOT NULL PRIMARY KEY,
  family_id          UUID         NOT NULL REFERENCES family (id),
  user_name          VARCHAR(64)  NOT NULL,
  organisation       VARCHAR(64)  NOT NULL,
  reason             VARCHAR(500) NOT NULL,
  opened_at          TIMESTAMP WITH TIME ZONE NOT NULL,
  expires_at         TIMESTAMP WITH TIME ZONE NOT NULL,
  reviewed_justified BOOLEAN,
  review_remark      VARCHAR(500),
  reviewed_by        VARCHAR(64),
  reviewed_at        TIMESTAMP WITH TIME ZONE
);
CREATE INDEX break_glass_open ON break_glass (user_name, family_id, expires_at);
CREATE INDEX break_glass_opened ON break_glass (opened_at);

-- Append-only and chained: the log gives each entry the next sequence (not an identity column,
-- whose gaps would look like deleted entries) and the SHA-256 of the previous entry's hash and its
-- own fields. No foreign keys: the log outlives the records it names.
CREATE TABLE audit_entry (
  sequence       BIGINT       NOT NULL PRIMARY KEY,
  at             TIMESTAMP WITH TIME ZONE NOT NULL,
  user_name      VARCHAR(64)  NOT NULL,
  roles          VARCHAR(200) NOT NULL,
  organisation   VARCHAR(64)  NOT NULL,
  on_behalf_of   VARCHAR(64),
  channel        VARCHAR(200) NOT NULL,
  action         VARCHAR(20)  NOT NULL,
  object_type    VARCHAR(32)  NOT NULL,
  object_id      VARCHAR(64),
  family_id      UUID,
  member_id      UUID,
  category       VARCHAR(24),
  outcome        VARCHAR(8)   NOT NULL,
  purpose        VARCHAR(24)  NOT NULL,
  client_address VARCHAR(64),
  break_glass    UUID,
  detail         VARCHAR(500),
  prev_hash      CHAR(64)     NOT NULL,
  hash           CHAR(64)     NOT NULL
);
CREATE INDEX audit_entry_family ON audit_entry (family_id, sequence);
CREATE INDEX audit_entry_member ON audit_entry (member_id, sequence);
CREATE INDEX audit_entry_user ON audit_entry (user_name, sequence);
CREATE INDEX audit_entry_at ON audit_entry (at);

-- The end of the chain, in one row: writers lock it, so entries are chained one after the other,
-- also from several nodes.
CREATE TABLE audit_head (
  id            INTEGER  NOT NULL PRIMARY KEY CHECK (id = 1),
  last_sequence BIGINT   NOT NULL,
  last_hash     CHAR(64) NOT NULL
);
INSERT INTO audit_head (id, last_sequence, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
