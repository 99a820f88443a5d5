-- A questionnaire may also be asked before each session, in a window that ends on each of
-- the client's session dates, not only weekly, fortnightly or monthly.

alter table measure_schedule drop constraint measure_schedule_every_check;
alter table measure_schedule add constraint measure_schedule_every_check
    check (every in ('WEEKLY', 'FORTNIGHTLY', 'MONTHLY', 'BEFORE_SESSION'));
