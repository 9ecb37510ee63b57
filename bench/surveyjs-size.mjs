// The same six-question survey in SurveyJS, for the respondent page's size beside Hearken's: the
// SurveyJS form library (survey-core + survey-js-ui, its framework-free renderer) installed from
// npm into a temp folder (no install scripts), the survey and a render call in one entry, bundled
// and minified with esbuild (the one Vite uses), then gzip and brotli of the bundle and of the
// stylesheet SurveyJS needs. Hearken's figure is respondent-size.mjs's, from the build.
// Run after `npx vite build`: node bench/surveyjs-size.mjs [--version 2.5.38]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { definition, installInto } from './six-questions.mjs';

const { values } = parseArgs({ options: { version: { type: 'string', default: '2.5.38' } } });
const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;
const sizes = (code) =>
	`raw ${kb(code.length)} / gzip ${kb(gzipSync(code, { level: 9 }).length)} / brotli ${kb(brotliCompressSync(code).length)}`;

// The six questions as SurveyJS JSON: NPS 0–10, CSAT 1–5, CES 1–7, a radio group, a comment and a
// boolean, with the same texts, labels and required flags.
const q = Object.fromEntries(definition.questions.map((x) => [x.id, x]));
const scale = (x, min, max) => ({
	type: 'rating',
	name: x.id,
	title: x.text,
	isRequired: x.required,
	rateMin: min,
	rateMax: max,
	minRateDescription: x.lowLabel,
	maxRateDescription: x.highLabel
});
const surveyJson = {
	title: definition.title,
	elements: [
		scale(q.nps, 0, 10),
		scale(q.csat, 1, 5),
		scale(q.ces, 1, 7),
		{
			type: 'radiogroup',
			name: q.reason.id,
			title: q.reason.text,
			isRequired: true,
			choices: q.reason.choices.map((c) => ({ value: c.id, text: c.label }))
		},
		{ type: 'comment', name: q.comment.id, title: q.comment.text, maxLength: 2000 },
		{ type: 'boolean', name: q.solved.id, title: q.solved.text, isRequired: true }
	]
};

const dir = mkdtempSync(join(tmpdir(), 'hearken-surveyjs-'));
try {
	installInto(dir, [`survey-core@${values.version}`, `survey-js-ui@${values.version}`]);
	writeFileSync(
		join(dir, 'entry.js'),
		`import { Model } from 'survey-core';
import { renderSurvey } from 'survey-js-ui';
const survey = new Model(${JSON.stringify(surveyJson)});
survey.onComplete.add((sender) =>
	fetch('/responses', { method: 'POST', body: JSON.stringify(sender.data) })
);
renderSurvey(survey, document.getElementById('survey'));
`
	);
	const result = await build({
		entryPoints: [join(dir, 'entry.js')],
		bundle: true,
		minify: true,
		format: 'esm',
		platform: 'browser',
		target: 'es2020',
		define: { 'process.env.NODE_ENV': '"production"' },
		write: false,
		logLevel: 'error'
	});
	const js = Buffer.from(result.outputFiles[0].contents);
	const css = readFileSync(join(dir, 'node_modules/survey-core/survey-core.min.css'));

	const hearken = execFileSync('node', ['bench/respondent-size.mjs', '--build-only'], {
		encoding: 'utf8'
	});
	console.log('The six-question survey, the JavaScript a browser downloads:');
	const [, hjs] = hearken.trim().split('\n');
	console.log(`Hearken (the page's one script, from the build):\n  JavaScript ${hjs.trim()}`);
	console.log(`SurveyJS ${values.version} (survey-core + survey-js-ui, esbuild, minified):`);
	console.log(`  JavaScript ${sizes(js)}`);
	console.log(`  survey-core.min.css ${sizes(css)}`);
} finally {
	rmSync(dir, { recursive: true, force: true });
}
