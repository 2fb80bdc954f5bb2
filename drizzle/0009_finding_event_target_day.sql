ALTER TABLE `finding_events` ADD `target_day` text;--> statement-breakpoint
-- Plans written before the column kept their target day at the end of the note, as " (2026-11-14)".
UPDATE `finding_events` SET `target_day` = substr(`note`, -11, 10), `note` = substr(`note`, 1, length(`note`) - 13)
WHERE `kind` = 'plan' AND `note` GLOB '* ([0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9])';
