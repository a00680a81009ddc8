CREATE TABLE `sales` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`city_id` integer NOT NULL,
	`brand_id` integer NOT NULL,
	`year` integer NOT NULL,
	`vehicles` integer NOT NULL,
	`is_estimate` integer DEFAULT true NOT NULL,
	`source` text,
	FOREIGN KEY (`city_id`) REFERENCES `cities`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`brand_id`) REFERENCES `brands`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "sales_vehicles_nonneg" CHECK("sales"."vehicles" >= 0),
	CONSTRAINT "sales_year_range" CHECK("sales"."year" between 2000 and 2100)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `sales_city_brand_year_uq` ON `sales` (`city_id`,`brand_id`,`year`);--> statement-breakpoint
CREATE INDEX `sales_brand_year_idx` ON `sales` (`brand_id`,`year`);--> statement-breakpoint
CREATE INDEX `sales_year_idx` ON `sales` (`year`);--> statement-breakpoint
ALTER TABLE `brands` ADD `competitor` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `brands` ADD `target_sales_per_outlet` integer DEFAULT 300 NOT NULL;--> statement-breakpoint
ALTER TABLE `brands` ADD `strength` real;--> statement-breakpoint
ALTER TABLE `dealerships` ADD `attractiveness` real DEFAULT 1 NOT NULL;--> statement-breakpoint
-- Custom SQL: sales feed the market model's memo, so their writes bump the data version (see 0003).
CREATE TRIGGER `sales_insert_bumps_data_version` AFTER INSERT ON `sales` BEGIN UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `sales_update_bumps_data_version` AFTER UPDATE ON `sales` BEGIN UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `sales_delete_bumps_data_version` AFTER DELETE ON `sales` BEGIN UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1; END;
