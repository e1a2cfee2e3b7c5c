-- The operator's partner settings, grants and allow-list entries, in the database as the source of
-- truth for every node: each node copies them into its own Configuration Admin (the core's
-- PartnerSettingsSync). Portable SQL: runs unchanged on H2 2.x and PostgreSQL.

-- One row per setting. kind: 'GRANT' (name = the partner id, version_range = '') or 'ALLOW'
-- (name = the bundle's symbolic name, version_range = the OSGi range as the platform writes it);
-- properties: the configuration's properties in the core's text form; revision: the head's revision
-- of the change that wrote the row last.
CREATE TABLE partner_setting (
  kind          VARCHAR(5)   NOT NULL,
  name          VARCHAR(200) NOT NULL,
  version_range VARCHAR(200) NOT NULL,
  properties    TEXT         NOT NULL,
  revision      BIGINT       NOT NULL,
  changed_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (kind, name, version_range)
);

-- One row: the revision of the last change (raised by every insert, update and delete, so a node
-- asks "anything new since N?" with one read), and when and where the settings were first taken
-- in (NULL until then: a node that finds it NULL imports its own Configuration Admin's entries,
-- once, holding this row's lock). Every change locks this row first, so changes take turns.
CREATE TABLE partner_setting_head (
  id               INTEGER     NOT NULL PRIMARY KEY,
  revision         BIGINT      NOT NULL,
  initialised_at   TIMESTAMP WITH TIME ZONE,
  initialised_by   VARCHAR(200)
);
INSERT INTO partner_setting_head (id, revision) VALUES (1, 0);
