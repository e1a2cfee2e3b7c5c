-- The login throttle's counts and locks, in the database so that every node counts the same
-- failures. Portable SQL: runs unchanged on H2 2.x and PostgreSQL.

-- One row per user name ('u:' and the name in lower case) or client address ('a:' and the address)
-- with failed logins in its current window, or a lock. Rows whose window and lock are over are
-- deleted as new failures come in.
CREATE TABLE login_throttle (
  throttle_key VARCHAR(200) NOT NULL PRIMARY KEY,
  failures     INTEGER      NOT NULL,
  window_start TIMESTAMP WITH TIME ZONE NOT NULL,
  locked_until TIMESTAMP WITH TIME ZONE
);

CREATE INDEX login_throttle_window ON login_throttle (window_start);
