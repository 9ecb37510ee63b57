// Hearken's HTTP server: adapter-node's handler (build/handler.js, its documented custom-server
// entry) behind one lane for the hottest request, a respondent's form post. A post that completes
// its response in one go (page 0, every answer valid, nothing stored yet) is answered here, by
// the same server code the page's form action runs (src/lib/server/respondent-post.ts), without
// the cost of SvelteKit's request and response plumbing. Anything else, including every post the
// lane declines, goes to SvelteKit whole, with the body it read handed on.
//
// The rest mirrors adapter-node's own build/index.js: HOST, PORT, KEEP_ALIVE_TIMEOUT,
// HEADERS_TIMEOUT, and on SIGTERM/SIGINT a graceful stop within SHUTDOWN_TIMEOUT seconds that
// emits `sveltekit:shutdown` (the database closes on it). Socket activation and SOCKET_PATH are
// not supported. Run after `vite build`: node scripts/server.js (npm start does).
import http from 'node:http';
import { Readable } from 'node:stream';
import { handler } from '../build/handler.js';

const env = (name, fallback) => process.env[name] ?? fallback;
const host = env('HOST', '0.0.0.0');
const port = Number(env('PORT', '3000'));
const origin = env('ORIGIN', '');
const shutdownTimeout = Number(env('SHUTDOWN_TIMEOUT', '30'));
const addressHeader = env('ADDRESS_HEADER', '').toLowerCase();
const xffDepth = Number(env('XFF_DEPTH', '1'));
/** The largest respondent post the lane reads; a bigger one goes to SvelteKit unread. */
const laneBodyLimit = 64 * 1024;

/** The client's address as adapter-node works it out (ADDRESS_HEADER, XFF_DEPTH). */
function clientAddress(req) {
	if (!addressHeader) return req.socket.remoteAddress ?? 'unknown';
	const value = String(req.headers[addressHeader] ?? '');
	if (!value) return 'unknown';
	if (addressHeader !== 'x-forwarded-for') return value;
	const addresses = value.split(',');
	return addresses[addresses.length - xffDepth]?.trim() || 'unknown';
}

/** A post the lane may take: only what SvelteKit would also accept as a same-site form post. */
function laneMayTake(req) {
	if (req.method !== 'POST' || !req.url?.startsWith('/s/')) return false;
	// A named form action (`?/name`) is SvelteKit's to refuse; a link's own query (hidden fields,
	// lang=) is not read by a post, whose hidden fields travel in the form.
	if (req.url.includes('?/')) return false;
	if (!origin || req.headers.origin !== origin) return false; // SvelteKit's own CSRF rule
	if (req.headers['x-sveltekit-action']) return false; // the page's script: JSON answers
	if (!String(req.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded'))
		return false;
	const length = Number(req.headers['content-length']);
	return Number.isInteger(length) && length > 0 && length <= laneBodyLimit;
}

function readBody(req) {
	return new Promise((resolve, reject) => {
		const chunks = [];
		req.on('data', (chunk) => chunks.push(chunk));
		req.on('end', () => resolve(Buffer.concat(chunks)));
		req.on('error', reject);
	});
}

/** The request again, its body already read, for adapter-node to read once more. */
function replay(req, body) {
	const again = Readable.from([body]);
	for (const key of ['method', 'url', 'headers', 'rawHeaders', 'httpVersion', 'httpVersionMajor'])
		again[key] = req[key];
	again.socket = again.connection = req.socket;
	return again;
}

const notFound = (_req, res) => {
	res.statusCode = 404;
	res.end('Not found');
};

const server = http.createServer(async (req, res) => {
	const lane = globalThis[Symbol.for('hearken.respondentLane')];
	if (!lane || !laneMayTake(req)) return handler(req, res, () => notFound(req, res));
	let body;
	try {
		body = await readBody(req);
		const answer = await lane({
			path: req.url.split('?')[0],
			body: body.toString('utf8'),
			address: clientAddress(req),
			secure: origin.startsWith('https:')
		});
		if (answer) {
			res.writeHead(303, {
				location: answer.location,
				'set-cookie': answer.cookie,
				'cache-control': 'no-store',
				'x-content-type-options': 'nosniff',
				'referrer-policy': 'strict-origin-when-cross-origin',
				'permissions-policy': 'camera=(), microphone=(), geolocation=()',
				'content-security-policy': "default-src 'none'; frame-ancestors 'none'"
			});
			res.end();
			return;
		}
	} catch (error) {
		// Whatever went wrong, SvelteKit answers this post the long way (and logs its own errors).
		console.error('[respondent lane]', error);
		if (!body) return handler(req, res, () => notFound(req, res));
	}
	handler(replay(req, body), res, () => notFound(req, res));
});

const keepAlive = env('KEEP_ALIVE_TIMEOUT');
if (keepAlive !== undefined) server.keepAliveTimeout = Number(keepAlive) * 1000;
const headersTimeout = env('HEADERS_TIMEOUT');
if (headersTimeout !== undefined) server.headersTimeout = Number(headersTimeout) * 1000;

server.listen(port, host, () => console.log(`Listening on http://${host}:${port}`));

let stopping;
function stop(reason) {
	if (stopping) return;
	server.closeIdleConnections();
	server.close(() => {
		clearTimeout(stopping);
		process.emit('sveltekit:shutdown', reason);
	});
	stopping = setTimeout(() => server.closeAllConnections(), shutdownTimeout * 1000);
}
server.on('request', (req) => req.on('close', () => stopping && server.closeIdleConnections()));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);

export { server };
