-- Erasure: a client asks for their data to be erased, and their clinician (or an admin)
-- finishes it. Until then the request waits here; finishing removes it with everything
-- else of the client's (docs/adr/0012).
create table erasure_request (
    client_id    uuid primary key references client (id) on delete cascade,
    requested_at timestamptz not null default now()
);

-- What is left of an erased client and their account: the ids the audit trail names, a
-- pseudonym ("Erased client 3f2a91c0") instead of the name, no email, no password, and
-- when it happened.
alter table client add column erased_at timestamptz;
alter table account add column erased_at timestamptz;
