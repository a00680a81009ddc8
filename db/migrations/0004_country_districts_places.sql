CREATE TABLE `districts` (
	`kato` text PRIMARY KEY NOT NULL,
	`name_en` text NOT NULL,
	`name_ru` text NOT NULL,
	`name_kk` text NOT NULL,
	`region_id` integer NOT NULL,
	`population` integer NOT NULL,
	`label_lat` real NOT NULL,
	`label_lng` real NOT NULL,
	`geometry` text NOT NULL,
	FOREIGN KEY (`region_id`) REFERENCES `regions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `districts_region_idx` ON `districts` (`region_id`);--> statement-breakpoint
ALTER TABLE `cities` ADD `kind` text DEFAULT 'city' NOT NULL;--> statement-breakpoint
ALTER TABLE `cities` ADD `district_kato` text REFERENCES districts(kato);--> statement-breakpoint
ALTER TABLE `cities` ADD `name_kk` text;--> statement-breakpoint
ALTER TABLE `cities` ADD `osm_id` text;--> statement-breakpoint
CREATE INDEX `cities_district_idx` ON `cities` (`district_kato`);--> statement-breakpoint
-- districts feed coverage (district roll-up and rests): they move the data version like the other inputs (0003)
CREATE TRIGGER `districts_insert_bumps_data_version` AFTER INSERT ON `districts` BEGIN UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `districts_update_bumps_data_version` AFTER UPDATE ON `districts` BEGIN UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `districts_delete_bumps_data_version` AFTER DELETE ON `districts` BEGIN UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1; END;
