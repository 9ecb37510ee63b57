ALTER TABLE "distribution" ADD COLUMN "survey_version" integer;--> statement-breakpoint
-- Rounds sent before this column: the version published last before the round went out.
UPDATE "distribution" d SET "survey_version" = (
	SELECT max(v."version") FROM "survey_version" v
	WHERE v."survey_id" = d."survey_id" AND v."published_at" IS NOT NULL AND v."published_at" <= d."created_at"
) WHERE d."pulse_program_id" IS NOT NULL;
