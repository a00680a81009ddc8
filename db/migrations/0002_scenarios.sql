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
);
