// How the signed-in app writes dates and figures: one place, so every page says them alike.
// British English (day before month) until the app's own pages are translated.

const LOCALE = 'en-GB';
const DATE_TIME: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' };

/** "3 Dec 2026, 18:48": a moment, in the zone the page is rendered in. */
export function formatDateTime(d: Date | string): string {
	return new Date(d).toLocaleString(LOCALE, DATE_TIME);
}

/** "3 Dec 2026, 18:48" in UTC, not said: for lists whose every moment is read in UTC. */
export function formatDateTimeUtc(d: Date | string): string {
	return new Date(d).toLocaleString(LOCALE, { ...DATE_TIME, timeZone: 'UTC' });
}

/** "3 Dec 2026". */
export function formatDate(d: Date | string): string {
	return new Date(d).toLocaleDateString(LOCALE, { dateStyle: 'medium' });
}

/** "3 December 2026, 18:48 UTC": a moment read in UTC, written out in full. */
export function formatDateTimeLongUtc(d: Date | string): string {
	return `${new Date(d).toLocaleString(LOCALE, { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' })} UTC`;
}

/**
 * A results period named by its first day (`2026-03-01`): "March 2026"; `short`, "Mar 2026", or
 * "3 Mar 2026" for a week.
 */
export function formatPeriod(
	period: string,
	{ short = false, week = false }: { short?: boolean; week?: boolean } = {}
): string {
	return new Date(`${period}T00:00:00Z`).toLocaleDateString(LOCALE, {
		month: short ? 'short' : 'long',
		year: 'numeric',
		day: week ? 'numeric' : undefined,
		timeZone: 'UTC'
	});
}

/** "1,234". */
export function formatCount(n: number): string {
	return n.toLocaleString(LOCALE);
}

/**
 * A moment, in the browser's time zone once the page runs there; on the server (and without
 * JavaScript) in UTC, said so, since the server cannot know the reader's zone.
 */
export function formatWhen(iso: string, local: boolean) {
	return local ? formatDateTime(iso) : `${formatDateTimeUtc(iso)} UTC`;
}

/** "After 3 and 7 days": the reminders a distribution sends. */
export function formatReminders(days: number[]) {
	if (!days.length) return 'None';
	const list =
		days.length === 1 ? `${days[0]}` : `${days.slice(0, -1).join(', ')} and ${days.at(-1)}`;
	return `After ${list} ${days.at(-1) === 1 ? 'day' : 'days'}`;
}

/** "42.0%", or a dash when there is no rate yet. */
export function formatRate(rate: number | null) {
	return rate === null ? '–' : `${rate.toFixed(1)}%`;
}
