-- The web face's browser sessions (form logins), in the database so that every node of a cluster
-- knows them and an operator can end them. Portable SQL: runs unchanged on H2 2.x and PostgreSQL.

-- One row per live session. Only the SHA-256 of the session token is kept (hex), so that neither a
-- look at the table nor a backup opens a session. The user's roles are not kept: every node reads
-- them from the login realm, so a session follows the account. The CSRF token is only good
-- together with the session's cookie.
CREATE TABLE web_session (
  token_hash   CHAR(64)     NOT NULL PRIMARY KEY,
  user_name    VARCHAR(100) NOT NULL,
  csrf_token   VARCHAR(64)  NOT NULL,
  created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  last_used_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX web_session_user ON web_session (user_name);
CREATE INDEX web_session_last_used ON web_session (last_used_at);
