-- PostgreSQL only: audit entries and their seals cannot be updated, deleted or truncated, not even
-- with SQL, like events (see 002). The hash chain shows a change made anyway, by a role that
-- dropped the trigger. The sealer's queue (audit_unsealed) is taken from, so it is not guarded.
CREATE FUNCTION steunpunt_audit_is_append_only() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'the audit log is append-only: % on % refused', TG_OP, TG_TABLE_NAME;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER audit_entry_append_only
  BEFORE UPDATE OR DELETE ON audit_entry
  FOR EACH ROW EXECUTE FUNCTION steunpunt_audit_is_append_only();

CREATE TRIGGER audit_entry_no_truncate
  BEFORE TRUNCATE ON audit_entry
  FOR EACH STATEMENT EXECUTE FUNCTION steunpunt_audit_is_append_only();

CREATE TRIGGER audit_seal_append_only
  BEFORE UPDATE OR DELETE ON audit_seal
  FOR EACH ROW EXECUTE FUNCTION steunpunt_audit_is_append_only();

CREATE TRIGGER audit_seal_no_truncate
  BEFORE TRUNCATE ON audit_seal
  FOR EACH STATEMENT EXECUTE FUNCTION steunpunt_audit_is_append_only();
