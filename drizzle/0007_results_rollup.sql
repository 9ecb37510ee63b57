CREATE TABLE "result_cell" (
	"survey_id" uuid NOT NULL,
	"grain" text NOT NULL,
	"dim" text NOT NULL,
	"period" date NOT NULL,
	"dim_value" text NOT NULL,
	"question_id" text NOT NULL,
	"part" text NOT NULL,
	"value" numeric NOT NULL,
	"n" bigint NOT NULL,
	CONSTRAINT "result_cell_survey_id_grain_dim_period_dim_value_question_id_part_value_pk" PRIMARY KEY("survey_id","grain","dim","period","dim_value","question_id","part","value")
);
--> statement-breakpoint
CREATE TABLE "result_rollup" (
	"survey_id" uuid PRIMARY KEY NOT NULL,
	"spec" jsonb NOT NULL
);
--> statement-breakpoint
ALTER TABLE "response" ADD COLUMN "rolled_up" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "result_cell" ADD CONSTRAINT "result_cell_survey_id_survey_id_fk" FOREIGN KEY ("survey_id") REFERENCES "public"."survey"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "result_rollup" ADD CONSTRAINT "result_rollup_survey_id_survey_id_fk" FOREIGN KEY ("survey_id") REFERENCES "public"."survey"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "response_unrolled_idx" ON "response" USING btree ("survey_id","completed_at") WHERE "response"."completed_at" is not null and not "response"."rolled_up";