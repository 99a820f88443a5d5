-- Web push (docs/adr/0013): reminders shown by the installed web app on a client's phone,
-- through the browser's push service, on the same exactly-once machinery as email.

-- A second channel for the same reminders: (assignment, local day, channel) stays the key,
-- so a practice's day has at most one email and one push.
alter table reminder_occurrence drop constraint reminder_occurrence_channel_check;
alter table reminder_occurrence add constraint reminder_occurrence_channel_check
    check (channel in ('EMAIL', 'PUSH'));

-- Where the client's browsers take push messages, one row a device the client turned
-- notifications on for. endpoint is the push service's address for that browser (a
-- secret of its own: anyone holding it and the keys could send to it); p256dh and auth are
-- the browser's public key and secret (base64url) that each message is encrypted to
-- (RFC 8291). A push service that answers 404 or 410 has dropped it, and so do we. The
-- same browser turned on by another client moves to them: one browser, one client.
create table push_subscription (
    id         uuid primary key,
    client_id  uuid        not null references client (id) on delete cascade,
    endpoint   text        not null unique check (length(endpoint) <= 2000),
    p256dh     text        not null check (length(p256dh) <= 200),
    auth       text        not null check (length(auth) <= 100),
    -- A few words the client recognises the device by ("Chrome on Android"), never the
    -- whole User-Agent.
    device     text,
    created_at timestamptz not null
);
create index push_subscription_client on push_subscription (client_id);

-- The installation's VAPID key pair (RFC 8292), made once by whichever node first needs it
-- unless BRIDGEWORK_PUSH_PUBLIC_KEY and _PRIVATE_KEY give one: every node signs with the
-- same key, and browsers' subscriptions are tied to it. base64url: the public key as an
-- uncompressed P-256 point, the private key as its 32-byte scalar.
create table push_server_key (
    id          smallint    primary key check (id = 1),
    public_key  text        not null,
    private_key text        not null,
    created_at  timestamptz not null
);

-- The application's role may make the key once and read it, never change or remove it:
-- a changed key would silently end every browser's subscription.
do $$
declare
    app_role text := '${approle}';
begin
    if app_role = current_user or not exists (select 1 from pg_roles where rolname = app_role) then
        return;
    end if;
    execute format('revoke all on push_server_key from %I', app_role);
    execute format('grant select, insert on push_server_key to %I', app_role);
end
$$;
