-- The reason for covering access is free text an admin writes about a client: it is encrypted
-- at rest like other free text (docs/security.md, "Encryption at rest"), so the database sees
-- only ciphertext and cannot check its length. CoveringAccess holds it to 10-1000 characters.
alter table covering_access drop constraint covering_access_reason_check;

-- A grant still never changes once made, except that key rotation may put its reason under
-- another key: the stored value changes only from one key id ("enc:v1:<key id>:...") to another.
create or replace function covering_access_keeps_its_facts() returns trigger language plpgsql as $$
begin
    if new.id <> old.id or new.client_id <> old.client_id or new.clinician_id <> old.clinician_id
            or new.granted_by <> old.granted_by or new.granted_at <> old.granted_at
            or new.expires_at <> old.expires_at
            or (new.reason <> old.reason and not (old.reason like 'enc:v1:%' and new.reason like 'enc:v1:%'
                and split_part(old.reason, ':', 3) <> split_part(new.reason, ':', 3)))
            or (old.ended_at is not null and (new.ended_at is distinct from old.ended_at
                                              or new.ended_by is distinct from old.ended_by))
            or (old.expiry_recorded_at is not null
                and new.expiry_recorded_at is distinct from old.expiry_recorded_at) then
        raise exception 'A covering access grant is not changed once made: it can only be ended, once';
    end if;
    return new;
end
$$;
