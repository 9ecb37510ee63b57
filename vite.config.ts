import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { respondentScript } from './scripts/respondent-script.js';

export default defineConfig({
	plugins: [
		// Recompiles src/lib/paraglide from messages/*.json. The output is not committed: `npm install`
		// (prepare), `npm run check` and `npm test` compile it before anything reads it.
		// Not under Vitest: its file watcher would keep the test run from exiting.
		!process.env.VITEST &&
			paraglideVitePlugin({
				project: './project.inlang',
				outdir: './src/lib/paraglide',
				strategy: ['baseLocale'],
				emitGitIgnore: false
			}),
		sveltekit(),
		respondentScript()
	],
	test: {
		include: ['src/**/*.spec.ts', 'scripts/**/*.spec.ts'],
		environment: 'node',
		globalSetup: ['src/lib/server/db/test-template.ts'],
		setupFiles: ['src/lib/server/db/test-setup.ts'],
		// Unit tests run on an in-memory PGlite per file unless DATABASE_URL points at PostgreSQL.
		env: { DATA_DIR: 'memory://', HEARKEN_TEST: '1' },
		testTimeout: 20_000,
		hookTimeout: 60_000
	}
});
