-- A goal may have a short emoji or icon shown before its title (one emoji, or up to 8 letters).
alter table goal add column icon varchar(32);
