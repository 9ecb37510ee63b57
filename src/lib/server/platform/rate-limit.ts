import type { RequestEvent } from '@sveltejs/kit';

/**
 * The client's IP for rate limiting. Behind a misconfigured proxy (ADDRESS_HEADER set but the
 * header missing) adapter-node throws; such requests share one bucket instead of failing.
 */
export function clientAddress(event: RequestEvent): string {
	try {
		return event.getClientAddress();
	} catch {
		return 'unknown';
	}
}

/**
 * A token bucket per key (an IP address, an API key): `capacity` requests at once, refilled at
 * `capacity` per `windowMs`. In memory, so each app instance keeps its own buckets.
 */
export class TokenBucket {
	private buckets = new Map<string, { tokens: number; at: number }>();

	/** The bucket's clock; tests set it so a refill never depends on how fast the machine runs. */
	clock: () => number = Date.now;

	constructor(
		private capacity: () => number,
		private windowMs = 60_000
	) {}

	/** Takes one token; returns 0 if allowed, else the seconds until the next token. */
	take(key: string, now = this.clock()): number {
		const capacity = this.capacity();
		const rate = capacity / this.windowMs;
		const bucket = this.buckets.get(key) ?? { tokens: capacity, at: now };
		bucket.tokens = Math.min(capacity, bucket.tokens + (now - bucket.at) * rate);
		bucket.at = now;
		if (this.buckets.size > 10_000) this.prune(now);
		if (bucket.tokens >= 1) {
			bucket.tokens -= 1;
			this.buckets.set(key, bucket);
			return 0;
		}
		this.buckets.set(key, bucket);
		return Math.ceil((1 - bucket.tokens) / rate / 1000);
	}

	/** Gives back a token taken for a request that was then handled elsewhere. */
	refund(key: string) {
		const bucket = this.buckets.get(key);
		if (bucket) bucket.tokens = Math.min(this.capacity(), bucket.tokens + 1);
	}

	private prune(now: number) {
		const capacity = this.capacity();
		for (const [key, bucket] of this.buckets) {
			if (bucket.tokens + (now - bucket.at) * (capacity / this.windowMs) >= capacity) {
				this.buckets.delete(key);
			}
		}
	}
}
