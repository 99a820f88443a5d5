-- Free text is encrypted by the application before it is stored (AES-256-GCM, shared.FieldCipher;
-- docs/security.md, "Encryption at rest"): these columns now hold 'enc:v1:<key id>:<base64>'.
-- V33 encrypts what is already stored. PostgreSQL can no longer look inside them, so:

-- JSON written by the application becomes text (the ciphertext of that JSON), without defaults,
-- which would store plain JSON;
alter table entry alter column answers drop default;
alter table entry alter column answers type text using answers::text;
alter table assignment alter column barriers drop default;
alter table assignment alter column barriers type text using barriers::text;
alter table plan_proposal alter column changes type text using changes::text;
alter table plan_revision alter column changes type text using changes::text;
alter table staying_well_plan_version alter column content type text using content::text;
alter table ladder alter column steps type text using steps::text;

-- and the lengths of a check-in and of a goal's words are checked by the application only
-- (sessions.CheckIns, goals.Goals), as the stored length is the ciphertext's.
alter table check_in drop constraint check_in_text_check;
alter table treatment_goal drop constraint treatment_goal_words_check;
