-- A clinician can make a new invitation link for a client who has not signed up yet. The
-- earlier links stop working but stay on record: replaced, not deleted.
alter table invitation add column replaced_at timestamptz;

-- Adding a client happens once per form (or API Idempotency-Key): a refreshed page or a
-- retried request finds the client added the first time instead of adding them twice.
alter table client add column created_by uuid references account (id);
alter table client add column creation_key text;

update client c set created_by = (select m.clinician_id from care_team_member m
                                  where m.client_id = c.id order by m.added_at, m.clinician_id limit 1);

create unique index client_creation_key on client (created_by, creation_key) where creation_key is not null;
