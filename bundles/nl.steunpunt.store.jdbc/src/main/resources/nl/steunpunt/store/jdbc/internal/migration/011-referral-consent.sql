-- The consent a referral was made with: who gave it (MEMBER or PARENTS), the parents or guardians
-- who did (their member UUIDs, comma-separated; null when the member consented), the day and the
-- form. Referrals made before consent was recorded keep null in all four: "not recorded". Every
-- new referral has them, and the check keeps the three required parts together.
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL 12+.
ALTER TABLE referral ADD COLUMN consent_by VARCHAR(8);
ALTER TABLE referral ADD COLUMN consent_parents VARCHAR(400);
ALTER TABLE referral ADD COLUMN consent_given_on DATE;
ALTER TABLE referral ADD COLUMN consent_form VARCHAR(8);
ALTER TABLE referral ADD CONSTRAINT referral_consent_whole CHECK ((consent_by IS NULL AND consent_parents IS NULL AND consent_given_on IS NULL AND consent_form IS NULL) OR (consent_by IS NOT NULL AND consent_given_on IS NOT NULL AND consent_form IS NOT NULL));
