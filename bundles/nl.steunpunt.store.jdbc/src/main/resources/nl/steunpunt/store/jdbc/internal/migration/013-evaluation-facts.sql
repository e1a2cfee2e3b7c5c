-- Two facts the evaluation's indicators need for every trajectory and family, kept on the row in the
-- same transaction as what changes them (like 009's critical moment), so that the indicators of
-- 100,000 families need no pass over every phase change or every member:
-- the moment the family's guidance started (the trajectory's first move to SUPPORT; the store sets
-- it when it appends a phase change to SUPPORT that is earlier than the one it has), and how many
-- members the family has (the store adds one with each member it inserts; members are never
-- deleted). Back-filled from the events and members already stored.
-- The indexes: phase changes by type, phase and time with the trajectory and sequence (the
-- trajectories closed when a period starts, read from the index alone), each trajectory's events by
-- type and time now with the sequence (the last phase change before a moment), and trajectories by
-- the start of their guidance (the median's families).
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL 12+.
ALTER TABLE trajectory ADD COLUMN guidance_started_at TIMESTAMP WITH TIME ZONE;
UPDATE trajectory SET guidance_started_at = (SELECT MIN(e.occurred_at) FROM event e WHERE e.trajectory_id = trajectory.id AND e.type = 'PHASE_CHANGE' AND e.phase_to = 'SUPPORT');
ALTER TABLE family ADD COLUMN member_count INTEGER DEFAULT 0 NOT NULL;
UPDATE family SET member_count = (SELECT COUNT(*) FROM member m WHERE m.family_id = family.id);
CREATE INDEX trajectory_guidance_started ON trajectory (guidance_started_at);
CREATE INDEX event_phase ON event (type, phase_to, occurred_at, trajectory_id, sequence);
DROP INDEX event_trajectory_type;
CREATE INDEX event_trajectory_type ON event (trajectory_id, type, occurred_at, sequence);
