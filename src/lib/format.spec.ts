import { describe, expect, it } from 'vitest';
import {
	formatCount,
	formatDate,
	formatDateTimeLongUtc,
	formatPeriod,
	formatDateTimeUtc,
	formatRate,
	formatReminders,
	formatWhen
} from './format';

describe('the app writes dates and figures', () => {
	it('says a moment in UTC when the reader’s zone is unknown, and says so', () => {
		expect(formatDateTimeUtc('2026-12-03T18:48:00Z')).toBe('3 Dec 2026, 18:48');
		expect(formatWhen('2026-12-03T18:48:00Z', false)).toBe('3 Dec 2026, 18:48 UTC');
		expect(formatDate(new Date('2026-12-03T12:00:00Z'))).toBe('3 Dec 2026');
		expect(formatDateTimeLongUtc('2026-12-03T18:48:00Z')).toBe('3 December 2026 at 18:48 UTC');
	});

	it('names a results period by its month, or by its first day for a week', () => {
		expect(formatPeriod('2026-03-01')).toBe('March 2026');
		expect(formatPeriod('2026-03-01', { short: true })).toBe('Mar 2026');
		expect(formatPeriod('2026-03-02', { short: true, week: true })).toBe('2 Mar 2026');
	});

	it('groups thousands, lists reminders and shows a missing rate as a dash', () => {
		expect(formatCount(6012)).toBe('6,012');
		expect(formatReminders([])).toBe('None');
		expect(formatReminders([1])).toBe('After 1 day');
		expect(formatReminders([3, 7, 14])).toBe('After 3, 7 and 14 days');
		expect(formatRate(null)).toBe('–');
		expect(formatRate(41.666)).toBe('41.7%');
	});
});
