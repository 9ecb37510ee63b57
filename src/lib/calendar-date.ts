// A calendar date as forms, URLs and imports write it: YYYY-MM-DD, and a day that exists.

const pattern = /^\d{4}-\d{2}-\d{2}$/;

/** True for "2026-02-28", false for "2026-02-30", "2026-2-3" or "28/02/2026". */
export function isCalendarDate(value: string): boolean {
	if (!pattern.test(value)) return false;
	const date = new Date(`${value}T00:00:00Z`);
	return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}
