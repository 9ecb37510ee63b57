CREATE TABLE "event" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"type" text NOT NULL,
	"person_id" uuid,
	"data" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"outcomes" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "pulse_program" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"survey_id" uuid NOT NULL,
	"name" text NOT NULL,
	"cadence" text NOT NULL,
	"bank" jsonb NOT NULL,
	"core" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"per_round" integer NOT NULL,
	"audience" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"reminders" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"round" integer DEFAULT 0 NOT NULL,
	"next_run_at" timestamp with time zone NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "trigger_rule" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"event_type" text NOT NULL,
	"survey_id" uuid NOT NULL,
	"delay_minutes" integer DEFAULT 0 NOT NULL,
	"hidden_fields" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "distribution" ADD COLUMN "hidden" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "distribution" ADD COLUMN "trigger_rule_id" uuid;--> statement-breakpoint
ALTER TABLE "distribution" ADD COLUMN "pulse_program_id" uuid;--> statement-breakpoint
ALTER TABLE "distribution" ADD COLUMN "round" integer;--> statement-breakpoint
ALTER TABLE "organization" ADD COLUMN "contact_frequency_days" integer;--> statement-breakpoint
ALTER TABLE "event" ADD CONSTRAINT "event_org_id_organization_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event" ADD CONSTRAINT "event_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pulse_program" ADD CONSTRAINT "pulse_program_org_id_organization_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pulse_program" ADD CONSTRAINT "pulse_program_survey_id_survey_id_fk" FOREIGN KEY ("survey_id") REFERENCES "public"."survey"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pulse_program" ADD CONSTRAINT "pulse_program_created_by_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trigger_rule" ADD CONSTRAINT "trigger_rule_org_id_organization_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trigger_rule" ADD CONSTRAINT "trigger_rule_survey_id_survey_id_fk" FOREIGN KEY ("survey_id") REFERENCES "public"."survey"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "event_org_idx" ON "event" USING btree ("org_id","created_at");--> statement-breakpoint
CREATE INDEX "pulse_program_org_idx" ON "pulse_program" USING btree ("org_id");--> statement-breakpoint
CREATE INDEX "trigger_rule_type_idx" ON "trigger_rule" USING btree ("org_id","event_type");--> statement-breakpoint
ALTER TABLE "distribution" ADD CONSTRAINT "distribution_trigger_rule_id_trigger_rule_id_fk" FOREIGN KEY ("trigger_rule_id") REFERENCES "public"."trigger_rule"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "distribution" ADD CONSTRAINT "distribution_pulse_program_id_pulse_program_id_fk" FOREIGN KEY ("pulse_program_id") REFERENCES "public"."pulse_program"("id") ON DELETE set null ON UPDATE no action;