// Dates and figures as both distribute pages show them.

/**
 * A moment, in the browser's time zone once the page runs there; on the server (and without
 * JavaScript) in UTC, said so, since the server cannot know the reader's zone.
 */
export function formatWhen(iso: string, local: boolean) {
	const options: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' };
	return local
		? new Date(iso).toLocaleString('en-GB', options)
		: `${new Date(iso).toLocaleString('en-GB', { ...options, timeZone: 'UTC' })} UTC`;
}

export function formatReminders(days: number[]) {
	if (!days.length) return 'None';
	const list =
		days.length === 1 ? `${days[0]}` : `${days.slice(0, -1).join(', ')} and ${days.at(-1)}`;
	return `After ${list} ${days.at(-1) === 1 ? 'day' : 'days'}`;
}

export function formatRate(rate: number | null) {
	return rate === null ? '–' : `${rate.toFixed(1)}%`;
}
