import { afterEach, describe, expect, it } from 'vitest';
import { checkConfig, config } from './config';

describe('configuration', () => {
	const saved = { ...process.env };
	afterEach(() => {
		for (const key of [
			'API_RATE_LIMIT',
			'ORIGIN',
			'PORT',
			'COOKIE_SECURE',
			'BODY_SIZE_LIMIT',
			'HEARKEN_NO_WORKER',
			'HEARKEN_MIGRATIONS'
		])
			if (saved[key] === undefined) delete process.env[key];
			else process.env[key] = saved[key];
	});

	it('gives the defaults for settings left unset or empty', () => {
		const read = checkConfig({ API_RATE_LIMIT: '', DATA_DIR: undefined });
		expect(read.API_RATE_LIMIT).toBe(600);
		expect(read.DATA_DIR).toBe('./data');
		expect(read.MAIL_FROM).toBe('Hearken <no-reply@hearken.local>');
		expect(read.BODY_SIZE_LIMIT).toBe('512K');
	});

	it('refuses a number that is not a whole one, naming the setting', () => {
		expect(() => checkConfig({ DATABASE_POOL_SIZE: 'ten' })).toThrow(
			'DATABASE_POOL_SIZE must be a whole number, got "ten"'
		);
		process.env.API_RATE_LIMIT = '-1';
		expect(() => config.apiRateLimit).toThrow('API_RATE_LIMIT must be a whole number');
	});

	it('reads the environment on each use', () => {
		process.env.API_RATE_LIMIT = '7';
		expect(config.apiRateLimit).toBe(7);
		delete process.env.ORIGIN;
		process.env.PORT = '4100';
		expect(config.origin).toBe('http://localhost:4100');
		process.env.ORIGIN = 'https://x.example/';
		expect(config.origin).toBe('https://x.example');
		process.env.COOKIE_SECURE = 'false';
		expect(config.cookieSecure).toBe(false);
	});

	it('reads the folder of migrations and whether this instance runs jobs', () => {
		delete process.env.HEARKEN_MIGRATIONS;
		delete process.env.HEARKEN_NO_WORKER;
		expect(config.migrationsFolder).toBe('drizzle');
		expect(config.runsJobs).toBe(true);
		process.env.HEARKEN_MIGRATIONS = '/opt/hearken/drizzle';
		process.env.HEARKEN_NO_WORKER = '1';
		expect(config.migrationsFolder).toBe('/opt/hearken/drizzle');
		expect(config.runsJobs).toBe(false);
	});
});
