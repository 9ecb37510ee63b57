import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default ts.config(
	{
		ignores: [
			'build/',
			'.svelte-kit/',
			'data/',
			'drizzle/',
			'test-results/',
			'playwright-report/',
			'src/lib/paraglide/'
		]
	},
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			'no-undef': 'off',
			// Hearken is served at the root (no `paths.base`), so plain hrefs are already resolved.
			'svelte/no-navigation-without-resolve': 'off'
		}
	},
	// src/lib/server is folders by domain; each folder's index.ts is its public surface. Importers
	// outside a folder name the folder, never a file in it (db/ is exempt: it sits below them all).
	{
		files: ['src/**/*.ts', 'src/**/*.js', 'src/**/*.svelte', 'scripts/**', 'bench/**', 'tests/**'],
		ignores: ['src/lib/server/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							group: [
								'$lib/server/*/*',
								'!$lib/server/db/*',
								'**/lib/server/*/*',
								'!**/lib/server/db/*'
							],
							message:
								'Import the domain folder ($lib/server/<domain>), its index.ts is its public surface.'
						}
					]
				}
			]
		}
	},
	{
		files: ['src/lib/server/*/**'],
		ignores: ['src/lib/server/db/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							regex: '^\\.\\./(?!db/)[^./][^/]*/.',
							message:
								'Import another domain by its folder (../<domain>), its index.ts is its public surface.'
						}
					]
				}
			]
		}
	},
	{
		files: ['src/lib/server/*/*/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							regex: '^\\.\\./\\.\\./(?!db/)[^./][^/]*/.',
							message:
								'Import another domain by its folder (../../<domain>), its index.ts is its public surface.'
						}
					]
				}
			]
		}
	},
	// The fixtures in src/lib/server/testing are for specs and benches, never production code.
	{
		files: ['src/**', 'scripts/**'],
		ignores: ['**/*.spec.ts', 'src/lib/server/testing/**'],
		rules: {
			'no-restricted-syntax': [
				'error',
				{
					selector:
						'ImportDeclaration[source.value=/(^|\\/)server\\/testing($|\\/)|^\\.\\.?\\/(\\.\\.\\/)*testing($|\\/)/]',
					message: 'src/lib/server/testing holds test fixtures: only specs and benches import it.'
				}
			]
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	}
);
