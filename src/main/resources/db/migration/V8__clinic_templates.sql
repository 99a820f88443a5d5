-- Clinic-wide templates: an admin publishes one for every clinician of the clinic. Such a
-- template has no owner (it belongs to the clinic, not to the admin who wrote it) and is
-- not built in: only admins change it, every clinician reads, assigns and copies it.
alter table template_version add column clinic boolean not null default false;

alter table template_version add constraint template_version_clinic_has_no_owner
    check (not clinic or (owner_id is null and not built_in));

-- Who saved a version, for the version history (null for the built-in library files).
alter table template_version add column created_by uuid null references account (id);

update template_version set created_by = owner_id where owner_id is not null;

-- An archived template leaves the lists people choose from; assignments made from it keep
-- working. Restoring it deletes its row.
create table template_archive (
    key          text primary key,
    archived_at  timestamptz not null default now(),
    archived_by  uuid        not null references account (id)
);
