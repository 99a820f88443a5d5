-- The audit trail: who did what with whose data, when, from where, in which request, and
-- how it ended. Ids and codes only, never clinical content. No foreign keys: a client or
-- account may be erased, and the trail about them stays (pseudonymous: only ids).
--
-- Rows are appended in order under an advisory lock; each carries the previous row's hash
-- and its own, SHA-256 over its fields and the previous hash (audit.ChainRow), so a row
-- changed, removed or put in is found by the verify command. See docs/adr/0010.
create table audit_event (
    seq            bigint      primary key,
    occurred_at    timestamptz not null,
    actor_id       uuid,
    actor_relation text,
    client_id      uuid,
    action         text        not null,
    object_id      uuid,
    outcome        text        not null check (outcome in ('GRANTED', 'REFUSED', 'SUCCEEDED', 'FAILED')),
    status         smallint,
    request_id     text,
    remote_address text,
    method         text,
    path           text,
    -- A keyed hash standing for an email nobody has an account with (a failed sign-in).
    pseudonym      text,
    prev_hash      text        not null,
    row_hash       text        not null
);

-- A client's access history, newest first.
create index audit_event_by_client on audit_event (client_id, occurred_at desc) where client_id is not null;
create index audit_event_by_time on audit_event (occurred_at desc);

-- Append-only for everyone, the owner included unless they deliberately disable the
-- triggers (as a retention job would, or a test that proves tampering is found).
create function audit_event_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_event is append-only';
end
$$;

create trigger audit_event_no_change before update or delete on audit_event
    for each row execute function audit_event_append_only();
create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function audit_event_append_only();

-- The key of those keyed hashes, made once here unless bridgework.audit.pseudonym-key
-- gives one from outside the database. gen_random_uuid() draws from a strong source.
create table audit_key (
    id     smallint primary key check (id = 1),
    secret bytea    not null
);
insert into audit_key (id, secret)
values (1, decode(replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', ''), 'hex'));

-- The application's role may add to the trail and read it, nothing more; it reads the key.
do $$
declare
    app_role text := '${approle}';
begin
    if app_role = current_user or not exists (select 1 from pg_roles where rolname = app_role) then
        return;
    end if;
    execute format('revoke all on audit_event, audit_key from %I', app_role);
    execute format('grant select, insert on audit_event to %I', app_role);
    execute format('grant select on audit_key to %I', app_role);
end
$$;
