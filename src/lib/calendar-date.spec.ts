import { expect, it } from 'vitest';
import { isCalendarDate } from './calendar-date';

it('takes a real YYYY-MM-DD day and refuses impossible days and other shapes', () => {
	expect(isCalendarDate('2026-02-28')).toBe(true);
	expect(isCalendarDate('2028-02-29')).toBe(true);
	expect(isCalendarDate('2026-02-29')).toBe(false);
	expect(isCalendarDate('2026-13-01')).toBe(false);
	expect(isCalendarDate('2026-2-3')).toBe(false);
	expect(isCalendarDate('28/02/2026')).toBe(false);
	expect(isCalendarDate('2026-02-28T00:00')).toBe(false);
});
