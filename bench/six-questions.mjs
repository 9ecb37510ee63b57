// The six-question survey the respondent benchmarks build (in Hearken, and in SurveyJS for the
// size comparison), a complete answer set for it, and helpers to run the built server on a
// throwaway database. Shared by respondent-size.mjs, submit-throughput.mjs and surveyjs-size.mjs.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';

/** A short customer-experience survey: NPS, CSAT, CES, a single choice, a text, a yes/no. */
export const definition = {
	title: 'How was your visit?',
	audience: 'customer',
	mode: 'anonymous',
	questions: [
		{
			id: 'nps',
			type: 'nps',
			required: true,
			text: 'How likely are you to recommend us to a friend or colleague?',
			lowLabel: 'Not at all likely',
			highLabel: 'Extremely likely'
		},
		{
			id: 'csat',
			type: 'csat',
			required: true,
			text: 'How satisfied are you with your visit?',
			lowLabel: 'Very dissatisfied',
			highLabel: 'Very satisfied'
		},
		{
			id: 'ces',
			type: 'ces',
			required: true,
			text: 'How easy was it to get what you needed?',
			lowLabel: 'Very difficult',
			highLabel: 'Very easy'
		},
		{
			id: 'reason',
			type: 'single_choice',
			required: true,
			text: 'What did you come for today?',
			choices: [
				{ id: 'buy', label: 'To buy something' },
				{ id: 'return', label: 'To return something' },
				{ id: 'advice', label: 'For advice' },
				{ id: 'browse', label: 'Just looking' }
			],
			allowOther: false,
			randomize: false
		},
		{
			id: 'comment',
			type: 'text',
			required: false,
			text: 'Anything else you would like to tell us?',
			long: true,
			maxLength: 2000
		},
		{ id: 'solved', type: 'yes_no', required: true, text: 'Did we solve your problem?' }
	]
};

/** The answers a respondent posts for the one page, as form fields named by question id. */
export const answerFields = {
	nps: '9',
	csat: '4',
	ces: '6',
	reason: 'advice',
	comment: 'Quick and friendly, thank you.',
	solved: 'yes'
};

/** The same answers as the server stores them (the response row's `answers` JSON). */
export const storedAnswers = {
	nps: 9,
	csat: 4,
	ces: 6,
	reason: 'advice',
	comment: 'Quick and friendly, thank you.',
	solved: 'yes'
};

/** A user, their organisation and an API key, made with the CLI before the server starts. */
export function createAccount(env) {
	const cli = (...args) => {
		const run = spawnSync('npx', ['tsx', 'scripts/cli.ts', ...args], {
			env: { ...process.env, ...env },
			encoding: 'utf8'
		});
		if (run.status !== 0) throw new Error(`cli ${args[0]} failed:\n${run.stderr}`);
		return JSON.parse(run.stdout.trim().split('\n').at(-1));
	};
	const account = cli(
		'user:create',
		'--email',
		`bench-${Date.now().toString(36)}@hearken.test`,
		'--password',
		'bench-password-123',
		'--name',
		'Bench',
		'--org',
		'Bench Org'
	);
	const { key } = cli('apikey:create', '--org', account.orgSlug, '--name', 'bench');
	return { ...account, key };
}

/** Starts `node scripts/server.js` (what npm start serves) and resolves once /signin answers; `stop()` ends it (SIGTERM). */
export async function startServer(port, env) {
	const origin = `http://127.0.0.1:${port}`;
	// e.g. BENCH_SERVER_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" to profile the server.
	const nodeArgs = (process.env.BENCH_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean);
	const child = spawn('node', [...nodeArgs, 'scripts/server.js'], {
		env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', ORIGIN: origin, ...env },
		stdio: ['ignore', 'ignore', 'inherit']
	});
	const exited = new Promise((resolve) => child.once('exit', resolve));
	for (let i = 0; ; i++) {
		if (child.exitCode !== null) throw new Error('The server exited while starting');
		try {
			if ((await fetch(`${origin}/signin`)).ok) break;
		} catch {
			// not listening yet
		}
		if (i > 600) throw new Error('The server did not start within 60 s');
		await new Promise((r) => setTimeout(r, 100));
	}
	return {
		origin,
		async stop() {
			child.kill('SIGTERM');
			await exited;
		}
	};
}

/** Creates and publishes the survey through the API; returns its id and public path. */
export async function publish(origin, key) {
	const headers = { authorization: `Bearer ${key}`, 'content-type': 'application/json' };
	const created = await fetch(`${origin}/api/v1/surveys`, {
		method: 'POST',
		headers,
		body: JSON.stringify(definition)
	});
	if (created.status !== 201) throw new Error(`create: ${created.status} ${await created.text()}`);
	const { id } = await created.json();
	const published = await fetch(`${origin}/api/v1/surveys/${id}/publish`, {
		method: 'POST',
		headers
	});
	if (!published.ok) throw new Error(`publish: ${published.status} ${await published.text()}`);
	const { url } = await published.json();
	return { id, path: new URL(url).pathname };
}

/** The version number (`_v`) the respondent page at `path` posts with. */
export async function pageVersion(origin, path) {
	const page = await (await fetch(`${origin}${path}`)).text();
	const version = page.match(/name="_v" value="(\d+)"/)?.[1];
	if (!version) throw new Error('No _v on the respondent page');
	return version;
}

/** One line saying when and where a bench ran: date, CPUs, load, Node and PostgreSQL versions. */
export async function machineLine(sql) {
	const [pg] = await sql`select version() as v`;
	const load = loadavg()
		.map((n) => n.toFixed(1))
		.join(' ');
	const cpu = `${cpus().length}× ${cpus()[0].model}`;
	return `${new Date().toISOString().slice(0, 10)}, ${cpu}, load ${load}, Node ${process.version}, ${pg.v.split(',')[0]}`;
}

/** A fresh submission id in the page's own alphabet (base32, lower case). */
export function newSid() {
	const alphabet = 'abcdefghijklmnopqrstuvwxyz234567';
	let sid = '';
	for (const byte of randomBytes(26)) sid += alphabet[byte & 31];
	return sid;
}

/**
 * Installs npm packages (`name@version`) into a folder of their own, without their install
 * scripts: tools a bench needs that are not the project's dependencies.
 */
export function installInto(dir, specs) {
	writeFileSync(join(dir, 'package.json'), '{"private":true}');
	execFileSync(
		'npm',
		['install', '--ignore-scripts', '--no-audit', '--no-fund', '--silent', ...specs],
		{
			cwd: dir,
			stdio: ['ignore', 'ignore', 'inherit']
		}
	);
}
