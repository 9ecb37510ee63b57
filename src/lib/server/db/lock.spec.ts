import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { acquireDataDirLock, DatabaseBusyError } from './lock';

describe('the data folder lock', () => {
	it('keeps a second process out while the first runs', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'hearken-lock-'));
		const holder = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)']);
		try {
			writeFileSync(join(dir, 'hearken.lock'), String(holder.pid));
			expect(() => acquireDataDirLock(dir)).toThrow(DatabaseBusyError);
			expect(() => acquireDataDirLock(dir)).toThrow(/in use by another Hearken process/);
		} finally {
			holder.kill('SIGKILL');
		}
	});

	it('takes over a lock left by a killed process, and releases its own', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'hearken-lock-'));
		const dead = spawn(process.execPath, ['-e', '0']);
		await new Promise((resolve) => dead.on('exit', resolve));
		writeFileSync(join(dir, 'hearken.lock'), String(dead.pid));
		const release = acquireDataDirLock(dir);
		expect(readFileSync(join(dir, 'hearken.lock'), 'utf8')).toBe(String(process.pid));
		release();
		expect(existsSync(join(dir, 'hearken.lock'))).toBe(false);
	});
});
