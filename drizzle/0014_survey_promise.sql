ALTER TABLE "survey" ADD COLUMN "promise" jsonb;--> statement-breakpoint
-- Surveys published before this column: the strictest promise of their published versions, as
-- confidentiality/index.ts (promiseOf) works it out at each publish.
UPDATE "survey" s SET "promise" = p."promise" FROM (
	SELECT v."survey_id", jsonb_build_object(
		'audience', CASE WHEN bool_or(v."definition" ->> 'audience' = 'employee') THEN 'employee' ELSE 'customer' END,
		'mode', CASE
			WHEN bool_or(v."definition" ->> 'mode' = 'anonymous') THEN 'anonymous'
			WHEN bool_or(v."definition" ->> 'mode' = 'confidential') THEN 'confidential'
			ELSE 'identified' END,
		'threshold', greatest(3, max(coalesce((v."definition" ->> 'anonymityThreshold')::int, 5))
			FILTER (WHERE v."definition" ->> 'audience' = 'employee'))
			* CASE WHEN bool_or(v."definition" ->> 'audience' = 'employee') THEN 1 ELSE NULL END
	) AS "promise"
	FROM "survey_version" v WHERE v."published_at" IS NOT NULL GROUP BY v."survey_id"
) p WHERE p."survey_id" = s."id";
