-- The phase of the family's trajectory, copied onto the family in the same transaction as every
-- phase change, so that the family search (municipality + phase, newest first, with a count) is
-- one index range on one table instead of a join over every family of a municipality.
ALTER TABLE family ADD COLUMN phase VARCHAR(12);
UPDATE family SET phase = (SELECT t.phase FROM trajectory t WHERE t.family_id = family.id);
UPDATE family SET phase = 'CONTACT' WHERE phase IS NULL;
ALTER TABLE family ALTER COLUMN phase SET NOT NULL;
CREATE INDEX family_search ON family (municipality, phase, created_at);
CREATE INDEX family_phase ON family (phase, created_at);
