create table account (
    id            uuid primary key,
    email         text,
    display_name  text        not null,
    password_hash text,
    roles         text[]      not null,
    created_at    timestamptz not null default now()
);
-- Emails are matched case-insensitively; an invited client may have none yet.
create unique index account_email_unique on account (lower(email)) where email is not null;

create table invitation (
    token_hash  text primary key,
    account_id  uuid        not null references account (id) on delete cascade,
    created_by  uuid references account (id),
    created_at  timestamptz not null default now(),
    expires_at  timestamptz not null,
    accepted_at timestamptz
);
create index invitation_account on invitation (account_id);

-- Bearer tokens for the API and cookie sessions for the web pages alike: kept here, not in a
-- JVM's memory, so any app node can serve any request.
create table sign_in_token (
    token_hash text primary key,
    account_id uuid        not null references account (id) on delete cascade,
    kind       text        not null check (kind in ('API', 'WEB')),
    created_at timestamptz not null default now(),
    expires_at timestamptz not null
);
create index sign_in_token_account on sign_in_token (account_id);

create table sign_in_failure (
    email_key text        not null,
    failed_at timestamptz not null default now()
);
create index sign_in_failure_lookup on sign_in_failure (email_key, failed_at);
