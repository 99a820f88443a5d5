-- The reason for covering access is free text an admin writes about a client: it is encrypted
-- at rest like other free text (docs/security.md, "Encryption at rest"), so the database sees
-- only ciphertext and cannot check its length. CoveringAccess holds it to 10-1000 characters.
alter table covering_access drop constraint covering_access_reason_check;
