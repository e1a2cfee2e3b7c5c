-- PostgreSQL only: audit entries cannot be updated, deleted or truncated, not even with SQL, like
-- events (see 002). The hash chain shows a change made anyway, by a role that dropped the trigger.
CREATE FUNCTION steunpunt_audit_is_append_only() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'audit entries are append-only: % refused', TG_OP;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER audit_entry_append_only
  BEFORE UPDATE OR DELETE ON audit_entry
  FOR EACH ROW EXECUTE FUNCTION steunpunt_audit_is_append_only();

CREATE TRIGGER audit_entry_no_truncate
  BEFORE TRUNCATE ON audit_entry
  FOR EACH STATEMENT EXECUTE FUNCTION steunpunt_audit_is_append_only();
