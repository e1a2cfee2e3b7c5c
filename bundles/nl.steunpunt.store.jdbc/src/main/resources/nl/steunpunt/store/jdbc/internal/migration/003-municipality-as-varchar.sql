-- The municipality code as VARCHAR, like every parameter the drivers send: on PostgreSQL a
-- CHAR(4) column compared with a VARCHAR parameter is cast per row, which keeps the index of
-- family (municipality, created_at) out of the search.
ALTER TABLE family ALTER COLUMN municipality SET DATA TYPE VARCHAR(4);
