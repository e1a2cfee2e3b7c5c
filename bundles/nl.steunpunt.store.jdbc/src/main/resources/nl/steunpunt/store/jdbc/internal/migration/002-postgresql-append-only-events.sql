-- PostgreSQL only: events cannot be updated, deleted or truncated, not even with SQL.
-- The trigger holds for every role that does not own the table; run the platform as a role that
-- does not own the schema (see docs/architecture.md) and even its owner must drop the trigger
-- first, which the audit of the database server shows.
CREATE FUNCTION steunpunt_event_is_append_only() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'events are append-only: % refused', TG_OP;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER event_append_only
  BEFORE UPDATE OR DELETE ON event
  FOR EACH ROW EXECUTE FUNCTION steunpunt_event_is_append_only();

CREATE TRIGGER event_no_truncate
  BEFORE TRUNCATE ON event
  FOR EACH STATEMENT EXECUTE FUNCTION steunpunt_event_is_append_only();
