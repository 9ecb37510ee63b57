import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	test: {
		include: ['src/**/*.spec.ts', 'scripts/**/*.spec.ts'],
		environment: 'node',
		setupFiles: ['src/lib/server/db/test-setup.ts'],
		// Unit tests run on an in-memory PGlite per file unless DATABASE_URL points at PostgreSQL.
		env: { DATA_DIR: 'memory://', HEARKEN_TEST: '1' },
		testTimeout: 20_000,
		hookTimeout: 60_000
	}
});
