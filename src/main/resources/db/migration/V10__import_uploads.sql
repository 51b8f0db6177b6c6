-- A file uploaded on the import page: kept between its preview and the import, then its content is let go. Progress
-- lives here too, so any node can show how far an import is.
create sequence import_upload_seq start with 1 increment by 50;
create table import_upload (
    id           bigint        not null primary key,
    owner_id     bigint        not null references app_user (id) on delete cascade,
    file_name    varchar(200)  not null,
    kind         varchar(10)   not null,
    content      bytea,
    status       varchar(10)   not null,
    done         integer       not null default 0,
    total        integer       not null default 0,
    result       varchar(1000),
    created_at   timestamp with time zone not null,
    constraint import_upload_status_ck check (status in ('previewed', 'running', 'done', 'failed'))
);
create index import_upload_owner_ix on import_upload (owner_id, created_at);
