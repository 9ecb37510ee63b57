import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openApiDocument } from './openapi';

const apiRoot = 'src/routes/api/v1';
const methods = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;

function routeFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		return entry.isDirectory() ? routeFiles(path) : entry.name === '+server.ts' ? [path] : [];
	});
}

describe('OpenAPI description', () => {
	it('is OpenAPI 3.1 with an error schema of the shape every error uses', () => {
		const doc = openApiDocument();
		expect(doc.openapi).toBe('3.1.0');
		expect(doc.components.schemas.Error.properties.error.required).toEqual(['code', 'message']);
	});

	it('describes every route and method under /api/v1, and nothing that does not exist', async () => {
		const doc = openApiDocument();
		const described = new Set(
			Object.entries(doc.paths).flatMap(([path, ops]) =>
				Object.keys(ops)
					.filter((key) => (methods as readonly string[]).includes(key.toUpperCase()))
					.map((m) => `${m.toUpperCase()} ${path}`)
			)
		);
		const implemented = new Set<string>();
		for (const file of routeFiles(apiRoot)) {
			const dir = relative(apiRoot, file).split(sep).slice(0, -1);
			if (dir.some((part) => part.startsWith('[...'))) continue; // the JSON 404 catch-all
			const path = '/' + dir.map((p) => p.replace(/^\[(\w+)\]$/, '{$1}')).join('/');
			const module = await import(/* @vite-ignore */ '/' + file);
			for (const method of methods) if (module[method]) implemented.add(`${method} ${path}`);
		}
		expect(implemented.size).toBeGreaterThan(0);
		expect([...implemented].filter((op) => !described.has(op))).toEqual([]);
		expect([...described].filter((op) => !implemented.has(op))).toEqual([]);
	});
});
