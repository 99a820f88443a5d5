-- Break-glass: an admin gives a clinician who is not on a client's care team access to
-- that client for a limited time, with a written reason (docs/adr/0015). CareTeam reads it
-- on every access. A grant is never changed once made: ending it early sets ended_at and
-- ended_by once, and the expiry poller notes once that it ran out. Rows go only with the
-- client's erasure.
create table covering_access (
    id                 uuid primary key,
    client_id          uuid        not null references client (id),
    clinician_id       uuid        not null references account (id),
    granted_by         uuid        not null references account (id),
    granted_at         timestamptz not null,
    expires_at         timestamptz not null,
    reason             text        not null check (char_length(reason) between 10 and 1000),
    ended_at           timestamptz,
    ended_by           uuid references account (id),
    expiry_recorded_at timestamptz,
    check (expires_at > granted_at),
    check ((ended_at is null) = (ended_by is null))
);
create index covering_access_client on covering_access (client_id, expires_at desc);
create index covering_access_clinician on covering_access (clinician_id, expires_at desc);
create index covering_access_expiry_due on covering_access (expires_at)
    where ended_at is null and expiry_recorded_at is null;

create function covering_access_keeps_its_facts() returns trigger language plpgsql as $$
begin
    if new.id <> old.id or new.client_id <> old.client_id or new.clinician_id <> old.clinician_id
            or new.granted_by <> old.granted_by or new.granted_at <> old.granted_at
            or new.expires_at <> old.expires_at or new.reason <> old.reason
            or (old.ended_at is not null and (new.ended_at is distinct from old.ended_at
                                              or new.ended_by is distinct from old.ended_by))
            or (old.expiry_recorded_at is not null
                and new.expiry_recorded_at is distinct from old.expiry_recorded_at) then
        raise exception 'A covering access grant is not changed once made: it can only be ended, once';
    end if;
    return new;
end
$$;

create trigger covering_access_keeps_its_facts
    before update on covering_access
    for each row execute function covering_access_keeps_its_facts();
