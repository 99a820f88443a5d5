-- Files clients add to entries (a drawing, a photo, a voice note) and recordings clinicians
-- add to assignments. They live in PostgreSQL like everything else, so every application
-- node serves them and a backup holds them. Stored uncompressed (EXTERNAL): images and
-- audio are compressed already, and a player's range request then reads only the chunks
-- it asks for.
create table attachment (
    id            uuid primary key,
    client_id     uuid        not null references client (id) on delete cascade,
    assignment_id uuid        not null references assignment (id) on delete cascade,
    field_name    text        not null,
    media_type    text        not null,
    byte_size     integer     not null check (byte_size > 0),
    content       bytea       not null,
    -- Null until an entry names the file; such uploads are removed after a day.
    entry_id      uuid references entry (id) on delete cascade,
    uploaded_at   timestamptz not null default now()
);
alter table attachment alter column content set storage external;
create index attachment_entry on attachment (entry_id);
create index attachment_unclaimed on attachment (uploaded_at) where entry_id is null;

create table guided_audio (
    assignment_id uuid primary key references assignment (id) on delete cascade,
    media_type    text        not null,
    byte_size     integer     not null check (byte_size > 0),
    content       bytea       not null,
    uploaded_by   uuid        not null references account (id),
    uploaded_at   timestamptz not null default now()
);
alter table guided_audio alter column content set storage external;

-- How long the client listened to the guided recording while practising.
alter table entry add column listened_seconds integer check (listened_seconds >= 0);
