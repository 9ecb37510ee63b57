-- Every tenant row names its organisation, and the database refuses a link across two: org_id on
-- the rollup and the personal-link tokens (backfilled from their survey / recipient), composite
-- foreign keys (org_id, survey_id) → survey(org_id, id) and (org_id, distribution_id / recipient_id),
-- and an index led by org_id on every table that has one.
ALTER TABLE "result_cell" ADD COLUMN "org_id" uuid;--> statement-breakpoint
ALTER TABLE "result_rollup" ADD COLUMN "org_id" uuid;--> statement-breakpoint
ALTER TABLE "recipient_token" ADD COLUMN "org_id" uuid;--> statement-breakpoint
UPDATE "result_cell" c SET "org_id" = s."org_id" FROM "survey" s WHERE s."id" = c."survey_id";--> statement-breakpoint
UPDATE "result_rollup" r SET "org_id" = s."org_id" FROM "survey" s WHERE s."id" = r."survey_id";--> statement-breakpoint
UPDATE "recipient_token" t SET "org_id" = r."org_id" FROM "recipient" r WHERE r."id" = t."recipient_id";--> statement-breakpoint
ALTER TABLE "result_cell" ALTER COLUMN "org_id" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "result_rollup" ALTER COLUMN "org_id" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "recipient_token" ALTER COLUMN "org_id" SET NOT NULL;--> statement-breakpoint
-- A row already linked across organisations would make a constraint below fail with a bare
-- message; name the table instead, so the operator knows what to look at before migrating again.
DO $$
DECLARE
	bad text;
BEGIN
	SELECT string_agg(name, ', ') INTO bad FROM (
		SELECT 'survey_version' AS name WHERE EXISTS (SELECT 1 FROM "survey_version" x JOIN "survey" s ON s."id" = x."survey_id" WHERE s."org_id" <> x."org_id")
		UNION ALL SELECT 'touchpoint' WHERE EXISTS (SELECT 1 FROM "touchpoint" x JOIN "survey" s ON s."id" = x."survey_id" WHERE s."org_id" <> x."org_id")
		UNION ALL SELECT 'response' WHERE EXISTS (SELECT 1 FROM "response" x JOIN "survey" s ON s."id" = x."survey_id" WHERE s."org_id" <> x."org_id")
		UNION ALL SELECT 'distribution' WHERE EXISTS (SELECT 1 FROM "distribution" x JOIN "survey" s ON s."id" = x."survey_id" WHERE s."org_id" <> x."org_id")
		UNION ALL SELECT 'trigger_rule' WHERE EXISTS (SELECT 1 FROM "trigger_rule" x JOIN "survey" s ON s."id" = x."survey_id" WHERE s."org_id" <> x."org_id")
		UNION ALL SELECT 'pulse_program' WHERE EXISTS (SELECT 1 FROM "pulse_program" x JOIN "survey" s ON s."id" = x."survey_id" WHERE s."org_id" <> x."org_id")
		UNION ALL SELECT 'domain_event' WHERE EXISTS (SELECT 1 FROM "domain_event" x JOIN "survey" s ON s."id" = x."survey_id" WHERE s."org_id" <> x."org_id")
		UNION ALL SELECT 'recipient' WHERE EXISTS (SELECT 1 FROM "recipient" x JOIN "distribution" d ON d."id" = x."distribution_id" WHERE d."org_id" <> x."org_id")
	) t;
	IF bad IS NOT NULL THEN
		RAISE EXCEPTION 'rows linked to another organisation''s survey or distribution in: %', bad;
	END IF;
END $$;--> statement-breakpoint
ALTER TABLE "distribution" DROP CONSTRAINT "distribution_survey_id_survey_id_fk";--> statement-breakpoint
ALTER TABLE "domain_event" DROP CONSTRAINT "domain_event_survey_id_survey_id_fk";--> statement-breakpoint
ALTER TABLE "pulse_program" DROP CONSTRAINT "pulse_program_survey_id_survey_id_fk";--> statement-breakpoint
ALTER TABLE "recipient" DROP CONSTRAINT "recipient_distribution_id_distribution_id_fk";--> statement-breakpoint
ALTER TABLE "recipient_token" DROP CONSTRAINT "recipient_token_recipient_id_recipient_id_fk";--> statement-breakpoint
ALTER TABLE "response" DROP CONSTRAINT "response_survey_id_survey_id_fk";--> statement-breakpoint
ALTER TABLE "result_cell" DROP CONSTRAINT "result_cell_survey_id_survey_id_fk";--> statement-breakpoint
ALTER TABLE "result_rollup" DROP CONSTRAINT "result_rollup_survey_id_survey_id_fk";--> statement-breakpoint
ALTER TABLE "survey_version" DROP CONSTRAINT "survey_version_survey_id_survey_id_fk";--> statement-breakpoint
ALTER TABLE "touchpoint" DROP CONSTRAINT "touchpoint_survey_id_survey_id_fk";--> statement-breakpoint
ALTER TABLE "trigger_rule" DROP CONSTRAINT "trigger_rule_survey_id_survey_id_fk";--> statement-breakpoint
-- The rollup's key led by the organisation: its index is the table's org_id index.
ALTER TABLE "result_cell" DROP CONSTRAINT "result_cell_survey_id_grain_dim_period_dim_value_question_id_part_value_pk";--> statement-breakpoint
ALTER TABLE "result_cell" ADD CONSTRAINT "result_cell_pk" PRIMARY KEY("org_id","survey_id","grain","dim","period","dim_value","question_id","part","value");--> statement-breakpoint
ALTER TABLE "survey" ADD CONSTRAINT "survey_org_id_key" UNIQUE("org_id","id");--> statement-breakpoint
ALTER TABLE "distribution" ADD CONSTRAINT "distribution_org_id_key" UNIQUE("org_id","id");--> statement-breakpoint
ALTER TABLE "recipient" ADD CONSTRAINT "recipient_org_id_key" UNIQUE("org_id","id");--> statement-breakpoint
ALTER TABLE "distribution" ADD CONSTRAINT "distribution_survey_fk" FOREIGN KEY ("org_id","survey_id") REFERENCES "public"."survey"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "domain_event" ADD CONSTRAINT "domain_event_survey_fk" FOREIGN KEY ("org_id","survey_id") REFERENCES "public"."survey"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pulse_program" ADD CONSTRAINT "pulse_program_survey_fk" FOREIGN KEY ("org_id","survey_id") REFERENCES "public"."survey"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recipient" ADD CONSTRAINT "recipient_distribution_fk" FOREIGN KEY ("org_id","distribution_id") REFERENCES "public"."distribution"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recipient_token" ADD CONSTRAINT "recipient_token_org_id_organization_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recipient_token" ADD CONSTRAINT "recipient_token_recipient_fk" FOREIGN KEY ("org_id","recipient_id") REFERENCES "public"."recipient"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "response" ADD CONSTRAINT "response_survey_fk" FOREIGN KEY ("org_id","survey_id") REFERENCES "public"."survey"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "result_cell" ADD CONSTRAINT "result_cell_org_id_organization_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "result_cell" ADD CONSTRAINT "result_cell_survey_fk" FOREIGN KEY ("org_id","survey_id") REFERENCES "public"."survey"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "result_rollup" ADD CONSTRAINT "result_rollup_org_id_organization_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "result_rollup" ADD CONSTRAINT "result_rollup_survey_fk" FOREIGN KEY ("org_id","survey_id") REFERENCES "public"."survey"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_version" ADD CONSTRAINT "survey_version_survey_fk" FOREIGN KEY ("org_id","survey_id") REFERENCES "public"."survey"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "touchpoint" ADD CONSTRAINT "touchpoint_survey_fk" FOREIGN KEY ("org_id","survey_id") REFERENCES "public"."survey"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trigger_rule" ADD CONSTRAINT "trigger_rule_survey_fk" FOREIGN KEY ("org_id","survey_id") REFERENCES "public"."survey"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
DROP INDEX "recipient_token_recipient_idx";--> statement-breakpoint
CREATE INDEX "recipient_token_org_idx" ON "recipient_token" USING btree ("org_id","recipient_id");--> statement-breakpoint
CREATE INDEX "result_rollup_org_idx" ON "result_rollup" USING btree ("org_id","survey_id");--> statement-breakpoint
CREATE INDEX "session_org_idx" ON "session" USING btree ("org_id");--> statement-breakpoint
CREATE INDEX "survey_version_org_idx" ON "survey_version" USING btree ("org_id","survey_id");
