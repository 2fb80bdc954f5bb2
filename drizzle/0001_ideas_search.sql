-- Custom SQL migration file, put your code below! ---- Full-text search over ideas (title and text). An external-content FTS5 table kept in step by triggers;
-- unicode61 folds case and diacritics, prefix indexes make "sek" find "sekolah" quickly.
CREATE VIRTUAL TABLE `ideas_fts` USING fts5(
	title,
	body,
	content='ideas',
	content_rowid='id',
	tokenize='unicode61 remove_diacritics 2',
	prefix='2 3 4'
);
--> statement-breakpoint
CREATE TRIGGER `ideas_fts_insert` AFTER INSERT ON `ideas` BEGIN
	INSERT INTO `ideas_fts`(rowid, title, body) VALUES (new.id, new.title, new.body);
END;
--> statement-breakpoint
CREATE TRIGGER `ideas_fts_delete` AFTER DELETE ON `ideas` BEGIN
	INSERT INTO `ideas_fts`(`ideas_fts`, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
END;
--> statement-breakpoint
CREATE TRIGGER `ideas_fts_update` AFTER UPDATE OF title, body ON `ideas` BEGIN
	INSERT INTO `ideas_fts`(`ideas_fts`, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
	INSERT INTO `ideas_fts`(rowid, title, body) VALUES (new.id, new.title, new.body);
END;
