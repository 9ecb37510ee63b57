ALTER TABLE "event" ADD COLUMN "key" text;--> statement-breakpoint
CREATE UNIQUE INDEX "event_key_idx" ON "event" USING btree ("org_id","key");