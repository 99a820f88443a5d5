-- A clinician's (or admin's) own time zone, for showing times such as when an alert was
-- raised. Null: the installation's default (bridgework.default-timezone, else the server's).
-- Clients keep theirs on client.timezone; this column is not used for them.
alter table account add column timezone text;

-- The header of every clinician page counts the open alerts of the clinician's clients:
-- care_team_member_clinician finds their clients, this finds each one's open alerts.
create index alert_open_by_client on alert (client_id) where status = 'OPEN';
