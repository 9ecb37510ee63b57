// A Vite plugin for the respondent page's one script. The page is rendered on the server only
// (csr = false) and works without JavaScript; src/lib/respondent/enhance.ts adds what a browser
// can, bundled here by esbuild (the bundler Vite itself uses) into one small file, instead of
// shipping Svelte's runtime and SvelteKit's client router to every respondent.
//
// `import src from 'virtual:respondent-script'` gives the page the file's URL. The production
// build writes it beside SvelteKit's own hashed assets (`_app/immutable/respondent/`), which
// adapter-node serves precompressed with a year's cache; the dev server bundles it on request.
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { build } from 'esbuild';

const entry = 'src/lib/respondent/enhance.ts';
const virtualId = 'virtual:respondent-script';
const resolvedId = `\0${virtualId}`;
const folder = '_app/immutable/respondent';

/** @param {string} root */
async function bundle(root) {
	const result = await build({
		absWorkingDir: root,
		entryPoints: [entry],
		bundle: true,
		minify: true,
		format: 'iife',
		target: 'es2020',
		write: false,
		metafile: true,
		legalComments: 'none',
		logLevel: 'silent'
	});
	const code = result.outputFiles[0].text;
	const hash = createHash('sha256').update(code).digest('base64url').slice(0, 10);
	return {
		code,
		file: `${folder}/enhance.${hash}.js`,
		inputs: Object.keys(result.metafile.inputs).map((input) => resolve(root, input))
	};
}

/** @returns {import('vite').Plugin} */
export function respondentScript() {
	/** @type {Promise<Awaited<ReturnType<typeof bundle>>> | undefined} */
	let built;
	let serving = false;
	let root = process.cwd();
	// Bundled once per build. The dev server bundles again after any of its sources changed, and
	// after a failed bundle (the error is shown, not kept).
	const current = () =>
		(built ??= bundle(root).catch((error) => {
			built = undefined;
			throw error;
		}));
	return {
		name: 'hearken-respondent-script',
		configResolved(config) {
			serving = config.command === 'serve';
			root = config.root;
		},
		resolveId: (id) => (id === virtualId ? resolvedId : undefined),
		async load(id) {
			if (id !== resolvedId) return;
			const { file, inputs } = await current();
			if (serving) for (const input of inputs) this.addWatchFile(input);
			return `export default ${JSON.stringify(`/${file}`)};`;
		},
		watchChange() {
			built = undefined;
		},
		async generateBundle() {
			// The client build only: the server's output is not served to browsers.
			if (this.environment?.config.consumer === 'server') return;
			const { code, file } = await current();
			this.emitFile({ type: 'asset', fileName: file, source: code });
		},
		configureServer(server) {
			// Any enhance.*.js gets the current bundle: a page rendered before an edit still works.
			const pattern = new RegExp(`^/${folder}/enhance\\.[\\w-]+\\.js(\\?|$)`);
			server.middlewares.use(async (req, res, next) => {
				if (!pattern.test(req.url ?? '')) return next();
				try {
					const { code } = await current();
					res.setHeader('content-type', 'text/javascript; charset=utf-8');
					res.end(code);
				} catch (error) {
					next(error);
				}
			});
		}
	};
}
