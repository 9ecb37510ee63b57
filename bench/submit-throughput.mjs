// How many completed responses a second the respondent page stores on PostgreSQL, against a bare
// node:http server that stores the same row with the `postgres` driver and nothing else. Both are
// loaded in the same run with autocannon (20 connections, 15 s each by default); every request
// carries its own fresh submission id, so each is a whole one-page response. The script:
//  1. migrates the database and makes a user, an organisation and an API key with the CLI;
//  2. starts the built server (`node scripts/server.js`, port 4380, RESPONSE_RATE_LIMIT=100000000 so
//     the per-IP limit of RESPONSE_RATE_LIMIT posts a minute does not answer 429) and publishes the six-question
//     survey twice through the API: one copy per contender, so each counts its own rows;
//  3. starts the bare server: this file again, in its own process (port 4381), with a pool of
//     DATABASE_POOL_SIZE (10) connections, like Hearken's;
//  4. loads each for a short untimed warm-up, then for the timed run, and prints req/s, latency,
//     errors, responses other than 303, and checks that every acknowledged (303) submission id is
//     a completed row; rows beyond those are posts still in flight when the clock stopped.
//
//   source .ci/pg.sh && pg_start
//   DATABASE_URL="$PG_URL" node bench/submit-throughput.mjs [--duration 15] [--connections 20]
//   pg_stop
import { fork } from 'node:child_process';
import { createServer } from 'node:http';
import { parseArgs } from 'node:util';
import postgres from 'postgres';
import {
	answerFields,
	createAccount,
	definition,
	machineLine,
	newSid,
	pageVersion,
	publish,
	startServer
} from './six-questions.mjs';

const url = process.env.DATABASE_URL;
if (!url) {
	console.error('Set DATABASE_URL to a throwaway PostgreSQL database (see bench/README.md).');
	process.exit(2);
}
const poolSize = Number(process.env.DATABASE_POOL_SIZE || 10);

if (process.argv[2] === '--bare-server') bareServer(...process.argv.slice(3));
else await main();

/** The bare contender: parse the form, insert the completed response, answer 303. */
function bareServer(port, orgId, surveyId, slug) {
	const sql = postgres(url, { max: poolSize, onnotice: () => {} });
	const numeric = new Set(
		definition.questions.filter((q) => ['nps', 'csat', 'ces'].includes(q.type)).map((q) => q.id)
	);
	const server = createServer((req, res) => {
		if (req.method !== 'POST') {
			res.writeHead(200).end('ok');
			return;
		}
		const chunks = [];
		req.on('data', (c) => chunks.push(c));
		req.on('end', async () => {
			try {
				const form = new URLSearchParams(Buffer.concat(chunks).toString());
				const sid = form.get('_sid');
				if (!sid || !/^[a-z2-7]{16,40}$/.test(sid)) {
					res.writeHead(400).end();
					return;
				}
				const answers = {};
				for (const q of definition.questions) {
					const value = form.get(q.id);
					if (value) answers[q.id] = numeric.has(q.id) ? Number(value) : value;
				}
				await sql`
					insert into response (org_id, survey_id, version, submission_id, language, answers, hidden, page, completed_at)
					values (${orgId}, ${surveyId}, ${Number(form.get('_v'))}, ${sid}, ${form.get('_lang')},
						${sql.json(answers)}, ${sql.json({})}, 0, now())
					on conflict (survey_id, submission_id) do nothing`;
				res.writeHead(303, { location: `/s/${slug}?r=${sid}` }).end();
			} catch (e) {
				console.error(e);
				res.writeHead(500).end();
			}
		});
	});
	server.listen(Number(port), '127.0.0.1', () => process.send?.('ready'));
	process.on('SIGTERM', () =>
		server.close(() => sql.end({ timeout: 2 }).then(() => process.exit(0)))
	);
}

async function main() {
	const { values } = parseArgs({
		options: {
			duration: { type: 'string', default: '15' },
			connections: { type: 'string', default: '20' },
			warmup: { type: 'string', default: '3' }
		}
	});
	const duration = Number(values.duration);
	const connections = Number(values.connections);
	const warmup = Number(values.warmup);
	const { default: autocannon } = await import('autocannon');
	const port = Number(process.env.BENCH_PORT ?? 4380);

	const env = { DATABASE_URL: url, RESPONSE_RATE_LIMIT: '100000000' };
	const account = createAccount(env);
	const hearken = await startServer(port, env);
	const sql = postgres(url, { max: 1, onnotice: () => {} });
	let bare;
	try {
		const mine = await publish(hearken.origin, account.key);
		const theirs = await publish(hearken.origin, account.key);
		const version = await pageVersion(hearken.origin, mine.path);
		console.log(await machineLine(sql));
		console.log(
			`autocannon: ${connections} connections, ${duration} s each after a ${warmup} s warm-up; pool of ${poolSize} database connections each\n`
		);

		const barePort = port + 1;
		const child = fork(
			new URL(import.meta.url).pathname,
			['--bare-server', String(barePort), account.orgId, theirs.id, theirs.path.split('/').at(-1)],
			{ env: process.env }
		);
		await new Promise((resolve, reject) => {
			child.once('message', resolve);
			child.once('exit', () => reject(new Error('The bare server exited')));
		});
		bare = {
			origin: `http://127.0.0.1:${barePort}`,
			stop: () =>
				new Promise((resolve) => {
					child.removeAllListeners('exit');
					child.once('exit', resolve);
					child.kill('SIGTERM');
				})
		};

		const rows = [];
		for (const [name, target, survey] of [
			['bare node:http + postgres', bare.origin, theirs],
			['Hearken POST /s/{slug}', hearken.origin, mine]
		]) {
			const load = (seconds) =>
				bench(autocannon, `${target}${survey.path}`, target, version, connections, seconds);
			const settle = () => new Promise((r) => setTimeout(r, 2000)); // posts in flight at a stop
			if (warmup > 0) await load(warmup).then(settle);
			const [{ n: before }] = await sql`
				select count(*)::int as n from response where survey_id = ${survey.id} and completed_at is not null`;
			const run = await load(duration);
			await settle();
			const [{ n: after }] = await sql`
				select count(*)::int as n from response where survey_id = ${survey.id} and completed_at is not null`;
			const acked = [...run.acknowledged];
			let found = 0;
			for (let i = 0; i < acked.length; i += 5000) {
				const [{ n }] = await sql`
					select count(*)::int as n from response where survey_id = ${survey.id}
					and completed_at is not null and submission_id in ${sql(acked.slice(i, i + 5000))}`;
				found += n;
			}
			rows.push({ name, run, stored: after - before, found });
		}

		const baseline = rows[0].run.result.requests.average;
		console.log(
			'contender                  | req/s (mean) | p50 / p99 / max ms | errors, timeouts | not 303 | 303 acknowledged | stored | acknowledged and stored'
		);
		for (const { name, run, stored, found } of rows) {
			const r = run.result;
			const other = Object.entries(r.statusCodeStats)
				.filter(([code]) => code !== '303')
				.map(([code, s]) => `${s.count}×${code}`);
			console.log(
				[
					name.padEnd(26),
					`${r.requests.average.toFixed(0)} (${((r.requests.average / baseline) * 100).toFixed(0)}%)`.padEnd(
						12
					),
					`${r.latency.p50} / ${r.latency.p99} / ${r.latency.max}`.padEnd(18),
					`${r.errors}, ${r.timeouts}`.padEnd(16),
					(other.join(' ') || '0').padEnd(7),
					String(run.acknowledged.size).padEnd(16),
					String(stored).padEnd(6),
					`${found}${found === run.acknowledged.size ? '' : '  MISSING'}${stored > found ? ` (+${stored - found} in flight at the stop)` : ''}`
				].join(' | ')
			);
		}
	} finally {
		await bare?.stop();
		await hearken.stop();
		await sql.end({ timeout: 2 });
	}
}

function bench(autocannon, url, origin, version, connections, duration) {
	const acknowledged = new Set();
	const headers = {
		'content-type': 'application/x-www-form-urlencoded',
		// A browser's own post (Accept: */* would get the JSON answer use:enhance asks for).
		accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8',
		// SvelteKit refuses cross-site form posts: a browser on the page sends its own origin.
		origin
	};
	return new Promise((resolve, reject) => {
		autocannon(
			{
				url,
				connections,
				duration,
				requests: [
					{
						method: 'POST',
						headers,
						setupRequest(req) {
							req.body = new URLSearchParams({
								_sid: newSid(),
								_v: version,
								_page: '0',
								_lang: 'en',
								website: '',
								...answerFields,
								_nav: 'next'
							}).toString();
							return req;
						},
						onResponse(status, _body, _context, responseHeaders) {
							if (status !== 303) return;
							const sid = new URL(responseHeaders.location, origin).searchParams.get('r');
							if (sid) acknowledged.add(sid);
						}
					}
				]
			},
			(err, result) => (err ? reject(err) : resolve({ result, acknowledged }))
		);
	});
}
