// The respondent's common post (a first post completing its response) answered at the Node level,
// before SvelteKit's request and response plumbing, which halves what the submit path can carry
// (bench/README.md, "submit throughput"). scripts/server.js calls it for every request; all the
// rules live here: which posts it may take (method, path, same Origin, content type, size), the
// client's address, the security headers. A post it declines goes to SvelteKit, body and all.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { logError } from '../platform';
import { answerInLane } from '../responses';
import { baselineHeaders } from './security-headers';

/** The largest respondent post the lane reads; a bigger one goes to SvelteKit unread. */
const laneBodyLimit = 64 * 1024;

const env = (name: string) => process.env[name] ?? '';
const origin = () => (env('ORIGIN') ? new URL(env('ORIGIN').trim()).origin : '');

/**
 * The client's address as adapter-node works it out (ADDRESS_HEADER, XFF_DEPTH); where it would
 * throw, 'unknown', as the app's own clientAddress() answers then. The rate limit keys on it.
 */
export function nodeClientAddress(req: IncomingMessage): string {
	const header = env('ADDRESS_HEADER').toLowerCase();
	if (!header) return req.socket.remoteAddress ?? 'unknown';
	if (!(header in req.headers)) return 'unknown';
	const value = String(req.headers[header] || '');
	if (header !== 'x-forwarded-for') return value;
	const depth = Number.parseInt(env('XFF_DEPTH') || '1', 10);
	const addresses = value.split(',');
	if (depth < 1 || depth > addresses.length) return 'unknown';
	return addresses[addresses.length - depth].trim();
}

/**
 * A post the lane may take: a browser's own form post from the page, which SvelteKit would answer
 * with a redirect too. Anything else is SvelteKit's, untouched.
 */
export function laneMayTake(req: IncomingMessage): boolean {
	if (req.method !== 'POST' || !req.url?.startsWith('/s/')) return false;
	// A named form action (a query key starting with /) is SvelteKit's to refuse; a link's own
	// query (hidden fields, lang=) is not read by a post, whose hidden fields travel in the form.
	const question = req.url.indexOf('?');
	if (question >= 0) {
		const query = new URLSearchParams(req.url.slice(question + 1));
		if ([...query.keys()].some((key) => key.startsWith('/'))) return false;
	}
	const own = origin();
	if (!own || req.headers.origin !== own) return false; // same origin only (CSRF)
	// The page's script (and any client preferring JSON) gets SvelteKit's JSON answer.
	const accept = String(req.headers.accept ?? '');
	if (req.headers['x-sveltekit-action'] || !accept.includes('text/html')) return false;
	if (accept.includes('application/json')) return false;
	const type = String(req.headers['content-type'] ?? '');
	if (type.split(';')[0].trim().toLowerCase() !== 'application/x-www-form-urlencoded') return false;
	const length = Number(req.headers['content-length']);
	return Number.isInteger(length) && length > 0 && length <= laneBodyLimit;
}

function readBody(req: IncomingMessage): Promise<Buffer> {
	return new Promise((resolve, reject) => {
		const chunks: Buffer[] = [];
		req.on('data', (chunk: Buffer) => chunks.push(chunk));
		req.on('end', () => resolve(Buffer.concat(chunks)));
		req.on('error', reject);
	});
}

const aborted = (error: unknown) => {
	const e = error as { code?: string; message?: string } | null;
	return e?.code === 'ECONNRESET' || e?.message === 'aborted';
};

/**
 * Answers the request if the lane takes it: true when answered (the response is ended), false
 * when declined unread, or the body it read when declined after reading (SvelteKit gets it).
 */
export async function respondentLane(
	req: IncomingMessage,
	res: ServerResponse
): Promise<boolean | Buffer> {
	if (!laneMayTake(req)) return false;
	let body: Buffer | undefined;
	try {
		body = await readBody(req);
		const answer = await answerInLane({
			path: req.url!.split('?')[0],
			body: body.toString('utf8'),
			address: nodeClientAddress(req),
			secure: origin().startsWith('https:')
		});
		if (!answer) return body;
		res.writeHead(303, {
			...baselineHeaders,
			location: answer.location,
			'set-cookie': answer.cookie,
			'cache-control': 'no-store'
		});
		res.end();
		return true;
	} catch (error) {
		if (!body) {
			// The body never arrived: the client went away, or the request is broken.
			if (!aborted(error)) logError('[respondent lane]', error);
			if (!res.headersSent) res.statusCode = 400;
			res.end();
			return true;
		}
		// Whatever went wrong, SvelteKit answers this post the long way (and logs its own errors).
		logError('[respondent lane]', error);
		return body;
	}
}
