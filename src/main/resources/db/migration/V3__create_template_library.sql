-- Every version of a template is kept: assignments point at the version they were given,
-- so past entries always render with the fields they were written against.
create table template_version (
    id          uuid primary key,
    key         text        not null,
    version     integer     not null,
    name        text        not null,
    kind        text        not null,
    definition  jsonb       not null,
    checksum    text        not null,
    built_in    boolean     not null,
    created_at  timestamptz not null default now(),
    unique (key, version)
);
