CREATE TABLE `audit_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`entity` text NOT NULL,
	`entity_id` integer NOT NULL,
	`action` text NOT NULL,
	`before` text,
	`after` text,
	`actor` text DEFAULT 'planner' NOT NULL,
	`at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL
);
--> statement-breakpoint
CREATE INDEX `audit_entity_idx` ON `audit_log` (`entity`,`entity_id`);--> statement-breakpoint
CREATE TABLE `brands` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`name` text NOT NULL,
	`manufacturer` text NOT NULL,
	`manufacturer_slug` text NOT NULL,
	`segment` text NOT NULL,
	`source` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `brands_slug_unique` ON `brands` (`slug`);--> statement-breakpoint
CREATE TABLE `cities` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`name_en` text NOT NULL,
	`name_ru` text NOT NULL,
	`region_id` integer NOT NULL,
	`lat` real NOT NULL,
	`lng` real NOT NULL,
	`population` integer NOT NULL,
	`population_year` integer NOT NULL,
	`population_is_estimate` integer DEFAULT false NOT NULL,
	`source` text NOT NULL,
	FOREIGN KEY (`region_id`) REFERENCES `regions`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "cities_population_nonneg" CHECK("cities"."population" >= 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `cities_slug_unique` ON `cities` (`slug`);--> statement-breakpoint
CREATE INDEX `cities_region_idx` ON `cities` (`region_id`);--> statement-breakpoint
CREATE TABLE `dealerships` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`brand_id` integer NOT NULL,
	`name` text NOT NULL,
	`city_id` integer NOT NULL,
	`lat` real NOT NULL,
	`lng` real NOT NULL,
	`address` text,
	`status` text NOT NULL,
	`sales` integer DEFAULT true NOT NULL,
	`service` integer DEFAULT true NOT NULL,
	`parts` integer DEFAULT true NOT NULL,
	`service_bays` integer DEFAULT 0 NOT NULL,
	`opened_on` text,
	`planned_quarter` text,
	`notes` text,
	`source` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`brand_id`) REFERENCES `brands`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`city_id`) REFERENCES `cities`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "dealerships_status_valid" CHECK("dealerships"."status" in ('open','planned','under_construction','closed')),
	CONSTRAINT "dealerships_bays_nonneg" CHECK("dealerships"."service_bays" >= 0),
	CONSTRAINT "dealerships_planned_has_quarter" CHECK("dealerships"."status" <> 'planned' or "dealerships"."planned_quarter" is not null),
	CONSTRAINT "dealerships_quarter_format" CHECK("dealerships"."planned_quarter" is null or "dealerships"."planned_quarter" glob '[12][0-9][0-9][0-9]-Q[1-4]'),
	CONSTRAINT "dealerships_in_kazakhstan_bbox" CHECK("dealerships"."lat" between 40.5 and 55.5 and "dealerships"."lng" between 46.4 and 87.4)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `dealerships_brand_name_city_uq` ON `dealerships` (`brand_id`,`name`,`city_id`);--> statement-breakpoint
CREATE INDEX `dealerships_brand_idx` ON `dealerships` (`brand_id`);--> statement-breakpoint
CREATE TABLE `regions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`name_en` text NOT NULL,
	`name_ru` text NOT NULL,
	`kind` text NOT NULL,
	`centre` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `regions_slug_unique` ON `regions` (`slug`);--> statement-breakpoint
CREATE TABLE `vehicle_park` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`city_id` integer NOT NULL,
	`brand_id` integer NOT NULL,
	`year` integer NOT NULL,
	`vehicles` integer NOT NULL,
	`is_estimate` integer DEFAULT true NOT NULL,
	`source` text,
	FOREIGN KEY (`city_id`) REFERENCES `cities`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`brand_id`) REFERENCES `brands`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "vehicle_park_vehicles_nonneg" CHECK("vehicle_park"."vehicles" >= 0),
	CONSTRAINT "vehicle_park_year_range" CHECK("vehicle_park"."year" between 2000 and 2100)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `vehicle_park_city_brand_year_uq` ON `vehicle_park` (`city_id`,`brand_id`,`year`);--> statement-breakpoint
CREATE INDEX `vehicle_park_brand_year_idx` ON `vehicle_park` (`brand_id`,`year`);