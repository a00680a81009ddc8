CREATE TABLE `scenario_edits` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`scenario_id` integer NOT NULL,
	`seq` integer NOT NULL,
	`op` text NOT NULL,
	`site_id` integer,
	`payload` text NOT NULL,
	`base_updated_at` text,
	`author` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`scenario_id`) REFERENCES `scenarios`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "scenario_edits_op_valid" CHECK("scenario_edits"."op" in ('add','move','close','update'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `scenario_edits_scenario_seq_uq` ON `scenario_edits` (`scenario_id`,`seq`);--> statement-breakpoint
CREATE TABLE `scenarios` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`notes` text,
	`author` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL
);--> statement-breakpoint
-- Custom SQL: coverage with ?scenario= is memoised per (query, data version); a scenario edit changes that
-- report, so scenarios and their edits move the data version like every other table coverage reads.
CREATE TRIGGER `scenarios_insert_bumps_data_version` AFTER INSERT ON `scenarios` BEGIN UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `scenarios_update_bumps_data_version` AFTER UPDATE ON `scenarios` BEGIN UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `scenarios_delete_bumps_data_version` AFTER DELETE ON `scenarios` BEGIN UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `scenario_edits_insert_bumps_data_version` AFTER INSERT ON `scenario_edits` BEGIN UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `scenario_edits_update_bumps_data_version` AFTER UPDATE ON `scenario_edits` BEGIN UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `scenario_edits_delete_bumps_data_version` AFTER DELETE ON `scenario_edits` BEGIN UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1; END;
