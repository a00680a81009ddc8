-- Custom SQL (drizzle-kit generate --custom): the data version that memoised coverage reports are keyed on.
-- Every insert, update or delete on a table that coverage is computed from bumps it, whatever code path writes.
-- A table that starts to feed coverage needs the same three triggers.
INSERT INTO `data_version` (`id`, `version`) VALUES (1, 0) ON CONFLICT(`id`) DO NOTHING;
--> statement-breakpoint
CREATE TRIGGER `regions_insert_bumps_data_version` AFTER INSERT ON `regions` BEGIN UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `regions_update_bumps_data_version` AFTER UPDATE ON `regions` BEGIN UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `regions_delete_bumps_data_version` AFTER DELETE ON `regions` BEGIN UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `cities_insert_bumps_data_version` AFTER INSERT ON `cities` BEGIN UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `cities_update_bumps_data_version` AFTER UPDATE ON `cities` BEGIN UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `cities_delete_bumps_data_version` AFTER DELETE ON `cities` BEGIN UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `brands_insert_bumps_data_version` AFTER INSERT ON `brands` BEGIN UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `brands_update_bumps_data_version` AFTER UPDATE ON `brands` BEGIN UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `brands_delete_bumps_data_version` AFTER DELETE ON `brands` BEGIN UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `dealerships_insert_bumps_data_version` AFTER INSERT ON `dealerships` BEGIN UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `dealerships_update_bumps_data_version` AFTER UPDATE ON `dealerships` BEGIN UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `dealerships_delete_bumps_data_version` AFTER DELETE ON `dealerships` BEGIN UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `vehicle_park_insert_bumps_data_version` AFTER INSERT ON `vehicle_park` BEGIN UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `vehicle_park_update_bumps_data_version` AFTER UPDATE ON `vehicle_park` BEGIN UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `vehicle_park_delete_bumps_data_version` AFTER DELETE ON `vehicle_park` BEGIN UPDATE `data_version` SET `version` = `version` + 1 WHERE `id` = 1; END;
