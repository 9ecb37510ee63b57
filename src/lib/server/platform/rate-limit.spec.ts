import { describe, expect, it } from 'vitest';
import { TokenBucket } from './rate-limit';

describe('TokenBucket', () => {
	it('allows the capacity at once, then asks to wait, and refills over the window', () => {
		const bucket = new TokenBucket(() => 3, 60_000);
		const t = 1_000_000;
		expect([bucket.take('ip', t), bucket.take('ip', t), bucket.take('ip', t)]).toEqual([0, 0, 0]);
		const wait = bucket.take('ip', t);
		expect(wait).toBeGreaterThan(0);
		expect(wait).toBeLessThanOrEqual(20); // one token every 20 s at 3 a minute
		expect(bucket.take('ip', t + 20_000)).toBe(0);
		expect(bucket.take('ip', t + 20_000)).toBeGreaterThan(0);
	});

	it('keeps keys apart', () => {
		const bucket = new TokenBucket(() => 1);
		expect(bucket.take('a', 0)).toBe(0);
		expect(bucket.take('a', 0)).toBeGreaterThan(0);
		expect(bucket.take('b', 0)).toBe(0);
	});
});

describe('TokenBucket clock', () => {
	it('reads its own clock when no time is given, so a test can stop it', () => {
		const bucket = new TokenBucket(() => 2, 60_000);
		let now = 5_000_000;
		bucket.clock = () => now;
		expect([bucket.take('ip'), bucket.take('ip')]).toEqual([0, 0]);
		expect(bucket.take('ip')).toBe(30); // stopped: no refill, one token every 30 s at 2 a minute
		now += 30_000;
		expect(bucket.take('ip')).toBe(0);
	});
});
