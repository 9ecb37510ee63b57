import { describe, expect, it } from 'vitest';
import { hashPassword, verifyAgainstNothing, verifyPassword } from './password';

describe('passwords', () => {
	it('hashes with argon2id, m=19456 KiB, t=2, p=1, and verifies', async () => {
		const hash = await hashPassword('a long passphrase');
		expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
		expect(await verifyPassword(hash, 'a long passphrase')).toBe(true);
		expect(await verifyPassword(hash, 'a long passphrasE')).toBe(false);
	});

	it('spends about the same time on an unknown account as on a wrong password', async () => {
		const hash = await hashPassword('the real one');
		await verifyAgainstNothing('warm-up');
		const median = async (fn: () => Promise<unknown>) => {
			const times: number[] = [];
			for (let i = 0; i < 7; i++) {
				const start = performance.now();
				await fn();
				times.push(performance.now() - start);
			}
			return times.sort((a, b) => a - b)[3];
		};
		const wrong = await median(() => verifyPassword(hash, 'a wrong one'));
		const unknown = await median(() => verifyAgainstNothing('a wrong one'));
		expect(unknown / wrong).toBeGreaterThan(0.5);
		expect(unknown / wrong).toBeLessThan(2);
	});
});
