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
		// CPU time, not wall time (a busy machine stretches the latter), measured in turns so that
		// both sides meet the same conditions.
		const cpu = async (fn: () => Promise<unknown>) => {
			const start = process.cpuUsage();
			await fn();
			const used = process.cpuUsage(start);
			return used.user + used.system;
		};
		const times: { wrong: number[]; unknown: number[] } = { wrong: [], unknown: [] };
		for (let i = 0; i < 7; i++) {
			times.wrong.push(await cpu(() => verifyPassword(hash, 'a wrong one')));
			times.unknown.push(await cpu(() => verifyAgainstNothing('a wrong one')));
		}
		const median = (list: number[]) => list.sort((a, b) => a - b)[3];
		const wrong = median(times.wrong);
		const unknown = median(times.unknown);
		expect(unknown / wrong).toBeGreaterThan(0.5);
		expect(unknown / wrong).toBeLessThan(2);
	});
});
