ALTER TABLE "email_message" ADD COLUMN "visible_to" "role" DEFAULT 'admin' NOT NULL;--> statement-breakpoint
-- Pending owner invitations were readable by every admin until now: they are withdrawn.
UPDATE "invitation" SET "revoked_at" = now() WHERE "role" = 'owner' AND "accepted_at" IS NULL AND "revoked_at" IS NULL;
