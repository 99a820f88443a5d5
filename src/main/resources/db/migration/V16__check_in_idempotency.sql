-- A check-in sent twice (a double tap, a retry on a bad connection) is stored once.
alter table check_in add column idempotency_key text;
create unique index check_in_client_key on check_in (client_id, idempotency_key) where idempotency_key is not null;
