ALTER TABLE "response" ADD COLUMN "page" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "response" ADD COLUMN "updated_at" timestamp with time zone DEFAULT now() NOT NULL;