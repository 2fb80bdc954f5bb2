CREATE TABLE `proposal_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`proposal_id` integer NOT NULL,
	`kind` text NOT NULL,
	`status` text,
	`note` text,
	`opd_id` integer,
	`actor_id` text,
	`actor_role` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`proposal_id`) REFERENCES `proposals`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`opd_id`) REFERENCES `opds`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`actor_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `proposal_events_proposal_idx` ON `proposal_events` (`proposal_id`,`id`);--> statement-breakpoint
CREATE TABLE `proposal_findings` (
	`proposal_id` integer NOT NULL,
	`finding_id` integer NOT NULL,
	PRIMARY KEY(`proposal_id`, `finding_id`),
	FOREIGN KEY (`proposal_id`) REFERENCES `proposals`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`finding_id`) REFERENCES `audit_findings`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `proposals` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`cycle_id` integer NOT NULL,
	`idea_id` integer NOT NULL,
	`source` text NOT NULL,
	`votes` integer NOT NULL,
	`priority` integer NOT NULL,
	`title` text NOT NULL,
	`problem` text NOT NULL,
	`activity` text NOT NULL,
	`desa_code` text,
	`kecamatan_code` text,
	`location_note` text,
	`beneficiaries` integer,
	`beneficiary_ages` text,
	`opd_id` integer,
	`cost` integer,
	`volume` real,
	`unit` text,
	`cluster` integer NOT NULL,
	`status` text DEFAULT 'disusun' NOT NULL,
	`program_name` text,
	`plan_year` integer,
	`amount` integer,
	`reason` text,
	`deferred_to_year` integer,
	`realised_at` integer,
	`realisation_note` text,
	`realisation_photo` text,
	`submitted_at` integer,
	`answered_at` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer,
	FOREIGN KEY (`cycle_id`) REFERENCES `cycles`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`idea_id`) REFERENCES `ideas`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`desa_code`) REFERENCES `regions`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`kecamatan_code`) REFERENCES `regions`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`opd_id`) REFERENCES `opds`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `proposals_idea_unique` ON `proposals` (`idea_id`);--> statement-breakpoint
CREATE INDEX `proposals_cycle_status_idx` ON `proposals` (`cycle_id`,`status`);--> statement-breakpoint
CREATE INDEX `proposals_opd_idx` ON `proposals` (`opd_id`,`status`);--> statement-breakpoint
CREATE INDEX `proposals_kecamatan_idx` ON `proposals` (`kecamatan_code`);--> statement-breakpoint
CREATE TABLE `ticket_changes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`cycle_id` integer NOT NULL,
	`idea_id` integer NOT NULL,
	`change` text NOT NULL,
	`reason` text NOT NULL,
	`actor_id` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`cycle_id`) REFERENCES `cycles`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`idea_id`) REFERENCES `ideas`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`actor_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `ticket_changes_cycle_idea_unique` ON `ticket_changes` (`cycle_id`,`idea_id`);--> statement-breakpoint
CREATE TABLE `ticket_selections` (
	`cycle_id` integer PRIMARY KEY NOT NULL,
	`min_votes` integer NOT NULL,
	`per_kecamatan` integer NOT NULL,
	`for_kabupaten` integer NOT NULL,
	`confirmed_by` text,
	`confirmed_at` integer NOT NULL,
	FOREIGN KEY (`cycle_id`) REFERENCES `cycles`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`confirmed_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE TABLE `audit_answer_history` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`audit_id` integer NOT NULL,
	`item_code` text NOT NULL,
	`answer` text NOT NULL,
	`note` text,
	`answered_by` text,
	`answered_at` integer NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`audit_id`) REFERENCES `audits`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`answered_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `audit_answer_history_item_idx` ON `audit_answer_history` (`audit_id`,`item_code`);--> statement-breakpoint
CREATE TABLE `audit_answers` (
	`audit_id` integer NOT NULL,
	`item_code` text NOT NULL,
	`answer` text NOT NULL,
	`note` text,
	`answered_by` text,
	`answered_at` integer NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	PRIMARY KEY(`audit_id`, `item_code`),
	FOREIGN KEY (`audit_id`) REFERENCES `audits`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`answered_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE TABLE `audit_findings` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`audit_id` integer NOT NULL,
	`facility_id` integer NOT NULL,
	`item_code` text NOT NULL,
	`is_key` integer DEFAULT false NOT NULL,
	`note` text,
	`opd_id` integer,
	`status` text DEFAULT 'terbuka' NOT NULL,
	`plan` text,
	`target_date` integer,
	`fixed_at` integer,
	`fixed_note` text,
	`fixed_photo` text,
	`checked_in_audit_id` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer,
	FOREIGN KEY (`audit_id`) REFERENCES `audits`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`facility_id`) REFERENCES `facilities`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`opd_id`) REFERENCES `opds`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `audit_findings_audit_idx` ON `audit_findings` (`audit_id`);--> statement-breakpoint
CREATE INDEX `audit_findings_opd_idx` ON `audit_findings` (`opd_id`,`status`);--> statement-breakpoint
CREATE INDEX `audit_findings_facility_idx` ON `audit_findings` (`facility_id`,`status`);--> statement-breakpoint
CREATE TABLE `audit_members` (
	`audit_id` integer NOT NULL,
	`user_id` text NOT NULL,
	`role` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	PRIMARY KEY(`audit_id`, `user_id`),
	FOREIGN KEY (`audit_id`) REFERENCES `audits`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `audit_members_user_idx` ON `audit_members` (`user_id`);--> statement-breakpoint
CREATE TABLE `audit_photos` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`audit_id` integer NOT NULL,
	`item_code` text NOT NULL,
	`file` text NOT NULL,
	`uploaded_by` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`audit_id`) REFERENCES `audits`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`uploaded_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `audit_photos_item_idx` ON `audit_photos` (`audit_id`,`item_code`);--> statement-breakpoint
CREATE TABLE `audits` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`facility_id` integer NOT NULL,
	`template_id` integer NOT NULL,
	`status` text DEFAULT 'draf' NOT NULL,
	`created_by` text,
	`facilitator_id` text,
	`forum_kecamatan_code` text,
	`audit_date` integer NOT NULL,
	`review_note` text,
	`submitted_at` integer,
	`published_at` integer,
	`published_by` text,
	`score` real,
	`scores` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer,
	FOREIGN KEY (`facility_id`) REFERENCES `facilities`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`template_id`) REFERENCES `checklist_templates`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`facilitator_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`forum_kecamatan_code`) REFERENCES `regions`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`published_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `audits_facility_idx` ON `audits` (`facility_id`,`status`,`published_at`);--> statement-breakpoint
CREATE INDEX `audits_status_idx` ON `audits` (`status`,`published_at`);--> statement-breakpoint
CREATE TABLE `checklist_templates` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`type` text NOT NULL,
	`version` integer NOT NULL,
	`content` text NOT NULL,
	`note` text,
	`published_by` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`published_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `checklist_templates_type_version_unique` ON `checklist_templates` (`type`,`version`);--> statement-breakpoint
CREATE TABLE `facilities` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`type` text NOT NULL,
	`name` text NOT NULL,
	`desa_code` text NOT NULL,
	`kecamatan_code` text NOT NULL,
	`address` text,
	`opd_id` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer,
	FOREIGN KEY (`desa_code`) REFERENCES `regions`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`kecamatan_code`) REFERENCES `regions`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`opd_id`) REFERENCES `opds`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `facilities_type_kecamatan_idx` ON `facilities` (`type`,`kecamatan_code`);--> statement-breakpoint
CREATE INDEX `facilities_kecamatan_idx` ON `facilities` (`kecamatan_code`);--> statement-breakpoint
CREATE TABLE `finding_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`finding_id` integer NOT NULL,
	`kind` text NOT NULL,
	`note` text,
	`actor_id` text,
	`actor_role` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`finding_id`) REFERENCES `audit_findings`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`actor_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `finding_events_finding_idx` ON `finding_events` (`finding_id`,`id`);--> statement-breakpoint
CREATE TABLE `idea_findings` (
	`idea_id` integer PRIMARY KEY NOT NULL,
	`finding_id` integer NOT NULL,
	FOREIGN KEY (`idea_id`) REFERENCES `ideas`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`finding_id`) REFERENCES `audit_findings`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `idea_findings_finding_idx` ON `idea_findings` (`finding_id`);