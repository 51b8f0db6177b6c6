-- Push reminders go through the outbox beside mail: a row of channel 'push' is one message for one device. It has no
-- address, subject or HTML of its own (to_address and html_body are null); push_payload is the JSON the service worker
-- reads, push_expires_at when the message is of no more use (the TTL of each try counts down to it) and push_urgency
-- the Urgency header. dedupe_key names the occurrence and the device, so a firing is queued once per device. A device
-- that goes (removed, or gone at its push service) takes its rows with it.
alter table outbox_mail add column channel varchar(5) not null default 'mail';
alter table outbox_mail add column device_id bigint references push_device (id) on delete cascade;
alter table outbox_mail add column push_payload varchar(4000);
alter table outbox_mail add column push_expires_at timestamp with time zone;
alter table outbox_mail add column push_urgency varchar(10);
alter table outbox_mail alter column to_address drop not null;
alter table outbox_mail alter column html_body drop not null;
alter table outbox_mail add constraint outbox_mail_channel_ck check (channel in ('mail', 'push'));
create index outbox_mail_device_ix on outbox_mail (device_id);

-- Where each reminder goes: 'mail', 'push' or 'mail,push'. The digest and the weekly review have theirs on the person.
alter table reminder add column channels varchar(10) not null default 'mail';
alter table app_user add column digest_channels varchar(10) not null default 'mail';
alter table app_user add column weekly_review_channels varchar(10) not null default 'mail';
