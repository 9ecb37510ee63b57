// What respondents live through when PostgreSQL goes away and comes back: the built app on a
// throwaway PostgreSQL, 10 respondents answering the six-question survey over and over, while the
// database is restarted (pg_ctl stop -m fast, then start) and, separately, crashed (kill -9 of the
// postmaster, then start). Each respondent posts a complete one-page response under a fresh
// submission id and, whenever the answer is not the thank-you redirect (303), presses "send" again
// with the same id after a short pause, as the page asks. The script:
//  1. makes a user, an organisation and an API key with the CLI, starts the built server
//     (`node scripts/server.js`, port 4390) and publishes the survey;
//  2. runs the respondents for `--warmup` seconds, then for each event (restart, crash): takes the
//     database down, keeps it down `--down` seconds, starts it again (`.ci/pg-restart up`, which
//     returns once it accepts connections: the moment "back" is measured from) and lets the
//     respondents go on `--after` seconds;
//  3. stops the respondents, lets the last posts finish, and checks the rows: lost (acknowledged
//     with a 303 but not stored as a completed response) and duplicated (more than one row for one
//     respondent's answer) must both be 0;
//  4. prints per event: posts answered other than 303 while it lasted, the time from the database's
//     return to the first completed response (the first 303 answered after it) and to
//     the first 303 of each respondent, and the slowest post.
//
//   source .ci/pg.sh && pg_start && export PG_DIR PG_PORT PG_BINDIR
//   DATABASE_URL="$PG_URL" node bench/pg-outage.mjs [--warmup 3] [--down 3] [--after 6] [--respondents 10]
//   pg_stop
import { execFileSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import postgres from 'postgres';
import {
	answerFields,
	createAccount,
	machineLine,
	newSid,
	pageVersion,
	publish,
	startServer
} from './six-questions.mjs';

const url = process.env.DATABASE_URL;
if (!url || !process.env.PG_DIR || !process.env.PG_PORT || !process.env.PG_BINDIR) {
	console.error(
		'Set DATABASE_URL, PG_DIR, PG_PORT and PG_BINDIR: a throwaway PostgreSQL from .ci/pg.sh (see bench/README.md).'
	);
	process.exit(2);
}
const { values } = parseArgs({
	options: {
		warmup: { type: 'string', default: '3' },
		down: { type: 'string', default: '3' },
		after: { type: 'string', default: '6' },
		respondents: { type: 'string', default: '10' },
		// Between one respondent's posts: keeps the load modest (about 100 posts a second in all).
		think: { type: 'string', default: '100' },
		retry: { type: 'string', default: '250' }
	}
});
const seconds = (name) => Number(values[name]) * 1000;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const pgRestart = (...args) =>
	execFileSync('.ci/pg-restart', args, { stdio: ['ignore', 'ignore', 'inherit'] });

// The throwaway server runs with synchronous_commit=off (.ci/pg.sh): a commit acknowledged but still
// in its WAL buffers dies with a kill -9. The app's sessions ask for it on, as production runs.
const appUrl = new URL(url);
appUrl.searchParams.set('synchronous_commit', 'on');
const env = { DATABASE_URL: appUrl.href, RESPONSE_RATE_LIMIT: '100000000' };
const account = createAccount(env);
const port = Number(process.env.BENCH_PORT ?? 4390);
const app = await startServer(port, env);
const sql = postgres(url, { max: 1, onnotice: () => {} });
try {
	const survey = await publish(app.origin, account.key);
	const version = await pageVersion(app.origin, survey.path);
	console.log(await machineLine(sql));
	console.log(
		`${values.respondents} respondents, ${values.think} ms between posts, ${values.retry} ms before sending again; ` +
			`database down ${values.down} s per event\n`
	);

	/** Every post: when it was sent and answered, its status, its submission id. */
	const posts = [];
	const sids = new Set();
	const acknowledged = new Set();
	let running = true;

	async function respondent(n) {
		while (running) {
			const sid = newSid();
			sids.add(sid);
			for (;;) {
				const sent = performance.now();
				let status = 0;
				try {
					const res = await fetch(`${app.origin}${survey.path}`, {
						method: 'POST',
						redirect: 'manual',
						headers: {
							'content-type': 'application/x-www-form-urlencoded',
							accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8',
							origin: app.origin,
							// One address each, as ten people would have.
							'x-forwarded-for': `10.0.0.${n + 1}`
						},
						body: new URLSearchParams({
							_sid: sid,
							_v: version,
							_page: '0',
							_lang: 'en',
							website: '',
							...answerFields,
							_nav: 'next'
						})
					});
					status = res.status;
					await res.arrayBuffer();
				} catch {
					status = -1; // the connection failed: the respondent sends again
				}
				posts.push({ n, sid, sent, done: performance.now(), status });
				if (status === 303) {
					acknowledged.add(sid);
					break;
				}
				if (!running) break;
				await sleep(Number(values.retry));
			}
			await sleep(Number(values.think));
		}
	}

	const start = performance.now();
	const crowd = Array.from({ length: Number(values.respondents) }, (_, n) => respondent(n));
	await sleep(seconds('warmup'));
	const events = [];
	for (const [name, how] of [
		['restart (stop -m fast, start)', 'fast'],
		['crash (kill -9 postmaster, start)', 'crash']
	]) {
		const from = performance.now();
		pgRestart('down', how);
		const downAt = performance.now();
		await sleep(seconds('down'));
		pgRestart('up');
		const back = performance.now();
		await sleep(seconds('after'));
		events.push({ name, from, downAt, back, to: performance.now() });
	}
	running = false;
	await Promise.all(crowd);
	const end = performance.now();

	const rows = await sql`
		select submission_id, count(*)::int as n from response
		where survey_id = ${survey.id} and completed_at is not null group by submission_id`;
	const stored = new Map(rows.map((r) => [r.submission_id, r.n]));
	const lost = [...acknowledged].filter((sid) => !stored.has(sid)).length;
	const duplicates = rows.reduce((sum, r) => sum + r.n - 1, 0);
	const strays = [...stored.keys()].filter((sid) => !sids.has(sid)).length;
	const pending = [...stored.keys()].filter((sid) => !acknowledged.has(sid)).length;

	const ms = (x) => `${Math.round(x)} ms`;
	console.log(
		`${posts.length} posts in ${((end - start) / 1000).toFixed(1)} s; ${sids.size} responses begun, ` +
			`${acknowledged.size} acknowledged (303), ${stored.size} stored`
	);
	console.log(
		`lost (acknowledged, not stored): ${lost}; duplicated: ${duplicates}; stored, never acknowledged: ${pending}` +
			(strays ? `; ${strays} rows of unknown ids` : '')
	);
	console.log(
		`slowest post outside the events: ${ms(
			Math.max(
				0,
				...posts
					.filter((p) => !events.some((e) => p.done >= e.from && p.sent <= e.to))
					.map((p) => p.done - p.sent)
			)
		)}\n`
	);
	console.log(
		'event                              | down for | posts not 303 | back → first 303 | back → every respondent | slowest post'
	);
	for (const e of events) {
		const during = posts.filter((p) => p.done >= e.from && p.sent <= e.to);
		const firstOk = during.find((p) => p.status === 303 && p.done >= e.back);
		const perRespondent = Array.from({ length: Number(values.respondents) }, (_, n) =>
			during.find((p) => p.n === n && p.status === 303 && p.done >= e.back)
		);
		const everyone = perRespondent.every(Boolean)
			? ms(Math.max(...perRespondent.map((p) => p.done - e.back)))
			: 'not within the run';
		const slowest = during.reduce((a, p) => (p.done - p.sent > a.done - a.sent ? p : a));
		const codes = {};
		for (const p of during) if (p.status !== 303) codes[p.status] = (codes[p.status] ?? 0) + 1;
		console.log(
			[
				e.name.padEnd(34),
				ms(e.back - e.downAt).padEnd(8),
				(
					Object.entries(codes)
						.map(([code, count]) => `${count}×${code === '-1' ? 'failed' : code}`)
						.join(' ') || '0'
				).padEnd(13),
				(firstOk ? ms(firstOk.done - e.back) : 'none').padEnd(16),
				everyone.padEnd(23),
				`${ms(slowest.done - slowest.sent)} (${slowest.status === -1 ? 'failed' : slowest.status})`
			].join(' | ')
		);
	}
} finally {
	await app.stop();
	await sql.end({ timeout: 2 });
}
