DROP INDEX `ideas_cycle_status_idx`;--> statement-breakpoint
CREATE INDEX `ideas_cycle_status_votes_idx` ON `ideas` (`cycle_id`,`status`,`vote_count`,`published_at`,`id`);--> statement-breakpoint
CREATE INDEX `ideas_cycle_status_published_idx` ON `ideas` (`cycle_id`,`status`,`published_at`,`id`);--> statement-breakpoint
CREATE INDEX `audit_photos_file_idx` ON `audit_photos` (`file`);