-- The clinicians' own emails (docs/adr/0013): an optional daily digest, and a note the day
-- before a session. Counts and links only: no client's name, nothing clinical. Sent once
-- through the same claim, send and record as the clients' reminders.

-- A clinician's choices; no row means no daily digest, the note before sessions on, at
-- 08:00 on their own clock (their time zone, else the installation's).
create table clinician_email_setting (
    clinician_id  uuid        primary key references account (id) on delete cascade,
    daily_digest  boolean     not null default false,
    session_notes boolean     not null default true,
    send_at       time        not null default '08:00',
    updated_at    timestamptz not null
);

-- One email to send. Its key is (clinician, local day, kind): DAILY_DIGEST for the
-- clinician's day it is sent on; SESSIONS_TOMORROW for the day of the sessions it is
-- about, sent the day before. Statuses, lease and claim as in reminder_occurrence.
create table clinician_email (
    id              uuid primary key,
    clinician_id    uuid        not null references account (id) on delete cascade,
    local_date      date        not null,
    kind            text        not null check (kind in ('DAILY_DIGEST', 'SESSIONS_TOMORROW')),
    due_at          timestamptz not null,
    next_attempt_at timestamptz not null,
    status          text        not null default 'PENDING'
        check (status in ('PENDING', 'SENDING', 'SENT', 'FAILED', 'NOT_NEEDED')),
    attempts        int         not null default 0,
    lease_until     timestamptz,
    claim           uuid,
    sent_at         timestamptz,
    unique (clinician_id, local_date, kind),
    check ((status = 'SENDING') = (lease_until is not null))
);
create index clinician_email_due on clinician_email (next_attempt_at) where status = 'PENDING';
create index clinician_email_leased on clinician_email (lease_until) where status = 'SENDING';

-- What happened to each attempt, for the clinician and for admins' counts: no content.
create table clinician_email_delivery (
    id           uuid primary key,
    email_id     uuid        not null references clinician_email (id) on delete cascade,
    clinician_id uuid        not null references account (id) on delete cascade,
    kind         text        not null,
    outcome      text        not null check (outcome in ('SENT', 'RETRYING', 'FAILED', 'NOT_NEEDED')),
    attempt      int         not null,
    at           timestamptz not null,
    detail       text
);
create index clinician_email_delivery_clinician on clinician_email_delivery (clinician_id, at desc);
create index clinician_email_delivery_at on clinician_email_delivery (at);
