-- Two-step sign-in: a time-based one-time code (RFC 6238) from an authenticator app after the
-- password, with single-use recovery codes. Required for admins and clinicians, optional for
-- clients. See docs/adr/0011 ("Two-step sign-in").

-- The account's two-step key, AES-GCM encrypted under a key from configuration (never the key
-- itself): "<key id>:<base64 of nonce and ciphertext>". confirmed_at is null while it is being set
-- up (it counts only once a code from it has been typed back); last_used_step is the latest
-- 30-second step whose code was accepted, so no code is accepted twice.
create table two_step (
    account_id     uuid primary key references account (id) on delete cascade,
    secret         text        not null,
    created_at     timestamptz not null,
    confirmed_at   timestamptz,
    last_used_step bigint
);

-- Recovery codes: shown once, kept as SHA-256 hashes (salted with the account id); each works once.
create table recovery_code (
    account_id uuid        not null references account (id) on delete cascade,
    code_hash  text        not null,
    created_at timestamptz not null,
    used_at    timestamptz,
    primary key (account_id, code_hash)
);

-- What happened to an account's two-step sign-in, for the person and their admin to see: turned
-- on or off, a recovery code used, new codes made, reset by an admin (by_account_id).
create table two_step_event (
    id            uuid primary key,
    account_id    uuid        not null references account (id) on delete cascade,
    kind          text        not null check (kind in ('TURNED_ON', 'TURNED_OFF', 'RECOVERY_CODE_USED',
                                                       'RECOVERY_CODES_RENEWED', 'RESET')),
    by_account_id uuid references account (id) on delete set null,
    happened_at   timestamptz not null
);
create index two_step_event_account on two_step_event (account_id, happened_at desc);

-- Half signed in: the password was right and the second step (a code, or setting two-step up)
-- is still to come. Kept here, not in a JVM, so any app node can take the next step; the browser
-- holds the token in a cookie, only its hash is stored, and it ends within minutes.
create table sign_in_step (
    token_hash text primary key,
    account_id uuid        not null references account (id) on delete cascade,
    purpose    text        not null check (purpose in ('CODE', 'SET_UP', 'SET_UP_DONE')),
    created_at timestamptz not null,
    expires_at timestamptz not null
);
create index sign_in_step_account on sign_in_step (account_id);
create index sign_in_step_expiry on sign_in_step (expires_at);

-- Admins and clinicians signed in before two-step sign-in existed sign in again, and set it up.
delete from sign_in_token
where account_id in (select id from account where roles && array['ADMIN', 'CLINICIAN']::text[]);
