-- When "+1" was last pressed on a resource: with the newest practice that named it, this gives its last use, so the
-- last use can be worked out again when practice is changed or deleted.
alter table resource add column last_step_at timestamp with time zone;
update resource set last_step_at = last_used_at;
