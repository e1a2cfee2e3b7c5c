-- When the family last went through a critical moment (the death of a member abroad), copied onto
-- the family in the same transaction as the moment is recorded, so that every read of a family
-- shows the flag and a search can ask for it without a join.
ALTER TABLE family ADD COLUMN last_critical_moment TIMESTAMP WITH TIME ZONE;
UPDATE family SET last_critical_moment = (SELECT MAX(cm.occurred_at) FROM critical_moment cm JOIN trajectory t ON t.id = cm.trajectory_id WHERE t.family_id = family.id);
