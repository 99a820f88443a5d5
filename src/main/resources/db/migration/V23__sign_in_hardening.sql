-- Throttling counts failed attempts per account (an email, or another key a sign-in step
-- names) and per address, so password spraying from one address slows down too. Old rows
-- are removed by SignInHousekeeping; the age index serves that.
alter table sign_in_failure rename column email_key to account_key;
alter table sign_in_failure alter column account_key drop not null;
alter table sign_in_failure add column address text;
create index sign_in_failure_address on sign_in_failure (address, failed_at) where address is not null;
create index sign_in_failure_age on sign_in_failure (failed_at);

-- Sign-ins end when idle too, not only at their absolute end (expires_at): each has the idle
-- timeout of its account's role, and the moment it was last used. The id names a sign-in on
-- the "Signed-in devices" page without its token or hash; the device is a short description
-- of the browser or program that signed in.
alter table sign_in_token add column id uuid not null default gen_random_uuid();
alter table sign_in_token add constraint sign_in_token_id_unique unique (id);
alter table sign_in_token add column last_used_at timestamptz not null default now();
alter table sign_in_token add column idle_timeout interval not null default interval '30 minutes';
alter table sign_in_token add column device text;
create index sign_in_token_expiry on sign_in_token (expires_at);

-- Self-service password reset: a single-use link that expires; only its hash is kept.
create table password_reset (
    token_hash   text primary key,
    account_id   uuid        not null references account (id) on delete cascade,
    created_at   timestamptz not null,
    expires_at   timestamptz not null,
    used_at      timestamptz
);
create index password_reset_account on password_reset (account_id);
create index password_reset_expiry on password_reset (expires_at);
