-- What the evaluation's indicators need and the tasks did not record: for a task a rule made as the
-- follow-up of an event, which follow-up it is (SUPPORT_PLAN, SIBLING_REVIEW), the event's sequence
-- (for a death abroad, the critical moment's) and the sibling reviewed; and for every task the day
-- (Europe/Amsterdam) it was marked done, to tell "done in time" from "done late". Tasks from before
-- this migration keep null in all four: they count neither as followed up nor as reviewed.
-- The indexes serve the evaluation's queries: events by type and time (departures), each
-- trajectory's phase changes by time (active in a period, guidance started), corrections of an
-- event, critical moments by time and the tasks of a moment or of a kind by the day done.
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL 12+.
ALTER TABLE task ADD COLUMN follow_up VARCHAR(16);
ALTER TABLE task ADD COLUMN follow_up_event BIGINT;
ALTER TABLE task ADD COLUMN member_id UUID;
ALTER TABLE task ADD COLUMN done_on DATE;
ALTER TABLE task ADD CONSTRAINT task_follow_up_whole CHECK ((follow_up IS NULL AND follow_up_event IS NULL AND member_id IS NULL) OR (follow_up IS NOT NULL AND follow_up_event IS NOT NULL));
CREATE INDEX task_follow_up_event ON task (follow_up_event);
CREATE INDEX task_follow_up_done ON task (follow_up, done_on);
CREATE INDEX event_type_occurred ON event (type, occurred_at);
CREATE INDEX event_trajectory_type ON event (trajectory_id, type, occurred_at);
CREATE INDEX event_corrects ON event (corrects);
CREATE INDEX critical_moment_occurred ON critical_moment (occurred_at);
