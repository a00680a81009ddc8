ALTER TABLE `cities` ADD `name_zh` text;--> statement-breakpoint
ALTER TABLE `regions` ADD `name_kk` text;--> statement-breakpoint
ALTER TABLE `regions` ADD `name_zh` text;