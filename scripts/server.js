// Hearken's HTTP server: adapter-node's handler (build/handler.js, its documented custom-server
// entry) behind one lane for the hottest request, a respondent's form post. A post that completes
// its response in one go (page 0, every answer valid, nothing stored yet) is answered by the app's
// own lane (src/lib/server/http/respondent-lane.ts: which posts, the Origin check, the headers)
// without the cost of SvelteKit's request and response plumbing. Anything else, including every
// post the lane declines, goes to SvelteKit whole, with the body the lane read handed on.
//
// The rest mirrors adapter-node's own build/index.js: HOST, PORT, KEEP_ALIVE_TIMEOUT,
// HEADERS_TIMEOUT, and on SIGTERM/SIGINT a graceful stop within SHUTDOWN_TIMEOUT seconds that
// emits `sveltekit:shutdown` (the database closes on it). Socket activation (and IDLE_TIMEOUT)
// and SOCKET_PATH are not supported. Run after `vite build`: node scripts/server.js (npm start does).
import http from 'node:http';
import { Readable } from 'node:stream';
import zlib from 'node:zlib';

// Read as adapter-node reads them (its env.js and handler.js), so both agree.
const env = (name, fallback) => process.env[name] ?? fallback;
/** A timeout in seconds: unset or empty is the default, anything but digits an error. */
function timeout(name) {
	const raw = env(name);
	if (!raw) return undefined;
	if (!/^\d+$/.test(raw)) throw new Error(`Invalid ${name}: ${JSON.stringify(raw)}`);
	return Number.parseInt(raw, 10);
}
function bytes(value) {
	const unit = { K: 1024, M: 1024 ** 2, G: 1024 ** 3 }[value.at(-1)?.toUpperCase()] ?? 1;
	return Number(unit === 1 ? value : value.slice(0, -1)) * unit;
}
// Every body is held to BODY_SIZE_LIMIT, but a people file posted to /people/import may reach
// IMPORT_SIZE_LIMIT (21M: a 20 MB file and its form): adapter-node is given the larger limit, and
// this server refuses any other request whose declared length is over the smaller one, or that
// streams a body without declaring its length.
const bodyLimit = bytes(env('BODY_SIZE_LIMIT', '512K'));
const importLimit = Math.max(bodyLimit, bytes(env('IMPORT_SIZE_LIMIT', '21M')));
process.env.BODY_SIZE_LIMIT = String(importLimit);
const { handler } = await import('../build/handler.js');
const importPath = /^\/people\/import\/?(\?|$)/;

/** A request body this server refuses before anyone reads it: 413, 411, or null to go on. */
function bodyRefusal(req) {
	if (importPath.test(req.url)) return null;
	const length = req.headers['content-length'];
	if (length === undefined) return req.headers['transfer-encoding'] ? 411 : null;
	return Number(length) > bodyLimit ? 413 : null;
}

const host = env('HOST', '0.0.0.0');
const port = Number(env('PORT', '3000'));
const shutdownTimeout = Number.parseInt(env('SHUTDOWN_TIMEOUT', '30'), 10);

/** The request again, its body already read, for adapter-node to read once more. */
function replay(req, body) {
	const again = Readable.from([body]);
	for (const key of ['method', 'url', 'headers', 'rawHeaders', 'httpVersion', 'httpVersionMajor'])
		again[key] = req[key];
	again.socket = again.connection = req.socket;
	// A client that goes away mid-answer ends the replayed request too.
	req.once('close', () => again.destroy());
	return again;
}

/**
 * Logs a failure without its message, which can quote a request's data: the error's name and code
 * (the app's own log, src/lib/server/platform/log.ts, does the same).
 */
function logError(label, error) {
	console.error(label, error?.name ?? typeof error, error?.code ?? '');
}

/** adapter-node's handler, with polka's safety net: a failure is a 500, never a crash. */
function sveltekit(req, res) {
	const fail = (error) => {
		logError('[server]', error);
		if (!res.headersSent) res.statusCode = 500;
		res.end();
	};
	try {
		Promise.resolve(
			handler(req, res, () => {
				res.statusCode = 404;
				res.end('Not found');
			})
		).catch(fail);
	} catch (error) {
		fail(error);
	}
}

// Compression of SvelteKit's answers (pages, JSON, CSV exports): brotli or gzip as the client
// asks, as a stream. Text types only; never a body that already has a Content-Encoding (the
// build's precompressed assets), a tiny one (the headers would cost more than they save), a
// `no-transform` one, or Server-Sent Events (an event must not wait in a buffer). A HEAD answer
// gets the headers its GET would (Node sends no body for it).
const compressible =
	/^(text\/(?!event-stream)|application\/(json|javascript|xml|csv|[\w.-]+\+(json|xml))|image\/svg\+xml)/i;
const tinyBody = 1024;

/** The encoding to send: br, then gzip, where the client accepts it (q above 0); else null. */
function chooseEncoding(header) {
	const accepted = new Map();
	for (const part of String(header ?? '').split(',')) {
		const [name, ...params] = part.trim().toLowerCase().split(';');
		const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find(Boolean);
		if (name) accepted.set(name, q === undefined ? 1 : Number(q));
	}
	const star = accepted.get('*') ?? 0;
	for (const encoding of ['br', 'gzip']) if ((accepted.get(encoding) ?? star) > 0) return encoding;
	return null;
}

/**
 * `res`, its body compressed when the answer qualifies (decided at writeHead, when the headers
 * are known). The stream is flushed whenever the writer pauses, so a streamed export reaches the
 * client as it is made; backpressure goes both ways (zlib's drain is the writer's drain).
 */
function compressed(req, res) {
	const encoding = chooseEncoding(req.headers['accept-encoding']);
	const { writeHead, write, end, emit } = res;
	let zip = null;

	res.writeHead = function (status, ...rest) {
		const headers = rest.find((arg) => arg && typeof arg === 'object');
		if (headers && !Array.isArray(headers)) {
			for (const [key, value] of Object.entries(headers))
				if (value !== undefined) res.setHeader(key, value);
		}
		const message = typeof rest[0] === 'string' ? [rest[0]] : [];
		if (Array.isArray(headers)) return writeHead.call(res, status, ...rest);
		const type = String(res.getHeader('content-type') ?? '');
		if (status >= 200 && status !== 204 && status !== 304 && compressible.test(type)) {
			const vary = String(res.getHeader('vary') ?? '');
			if (!/(^|,)\s*(accept-encoding|\*)\s*(,|$)/i.test(vary))
				res.setHeader('vary', vary ? `${vary}, Accept-Encoding` : 'Accept-Encoding');
			const length = res.getHeader('content-length');
			if (
				encoding &&
				!res.getHeader('content-encoding') &&
				!/no-transform/i.test(String(res.getHeader('cache-control') ?? '')) &&
				(length === undefined || Number(length) >= tinyBody)
			) {
				zip =
					encoding === 'br'
						? zlib.createBrotliCompress({
								// Quality 4: about gzip's speed, smaller; 11 (the default) is for build time.
								params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 4 }
							})
						: zlib.createGzip({ level: 6 });
				res.removeHeader('content-length');
				res.setHeader('content-encoding', encoding);
				pipeOut();
			}
		}
		return writeHead.call(res, status, ...message);
	};

	function pipeOut() {
		zip.on('data', (chunk) => {
			if (!write.call(res, chunk)) zip.pause();
		});
		zip.on('end', () => end.call(res));
		zip.on('error', (error) => res.destroy(error));
		// The socket's drain resumes zlib; the writer hears zlib's own drain, not the socket's.
		res.emit = function (event, ...args) {
			if (event === 'drain' && zip) {
				zip.resume();
				return true;
			}
			return emit.call(this, event, ...args);
		};
		zip.on('drain', () => emit.call(res, 'drain'));
		res.once('close', () => zip.destroy());
	}

	let flushing = false;
	function flushSoon() {
		if (flushing) return;
		flushing = true;
		setImmediate(() => {
			flushing = false;
			if (zip.destroyed || zip.writableEnded) return;
			// Brotli's own flush kind is its default; gzip's sync flush costs less than a full one.
			if (encoding === 'br') zip.flush();
			else zip.flush(zlib.constants.Z_SYNC_FLUSH);
		});
	}

	res.write = function (chunk, encodingOrCallback, callback) {
		if (!res.headersSent) res.writeHead(res.statusCode);
		if (!zip) return write.call(res, chunk, encodingOrCallback, callback);
		const more = zip.write(chunk, encodingOrCallback, callback);
		flushSoon();
		return more;
	};

	res.end = function (chunk, encodingOrCallback, callback) {
		if (typeof chunk === 'function') [chunk, callback] = [undefined, chunk];
		if (!res.headersSent) {
			// A body given whole to end(): its length decides whether it is worth compressing.
			if (chunk !== undefined && !res.hasHeader('content-length'))
				res.setHeader(
					'content-length',
					Buffer.byteLength(
						chunk,
						typeof encodingOrCallback === 'string' ? encodingOrCallback : undefined
					)
				);
			res.writeHead(res.statusCode);
		}
		if (!zip) return end.call(res, chunk, encodingOrCallback, callback);
		if (typeof encodingOrCallback === 'function') callback = encodingOrCallback;
		if (callback) res.once('finish', callback);
		if (chunk !== undefined)
			zip.end(chunk, typeof encodingOrCallback === 'string' ? encodingOrCallback : undefined);
		else zip.end();
		return res;
	};
	return res;
}

const server = http.createServer(async (req, res) => {
	const refused = bodyRefusal(req);
	if (refused) {
		res.writeHead(refused, { 'content-type': 'text/plain; charset=utf-8', connection: 'close' });
		res.end(
			refused === 413 ? 'The request is too large.' : 'Send the request with a Content-Length.'
		);
		return;
	}
	// The respondent's common post, answered by the app before SvelteKit (hooks.server.ts hands
	// the function over once the app has started; src/lib/server/http/respondent-lane.ts).
	const lane = globalThis[Symbol.for('hearken.respondentLane')];
	const taken = lane ? await lane(req, res).catch(() => false) : false;
	if (taken === true) return;
	sveltekit(taken ? replay(req, taken) : req, compressed(req, res));
});

const keepAlive = timeout('KEEP_ALIVE_TIMEOUT');
if (keepAlive !== undefined) server.keepAliveTimeout = keepAlive * 1000;
const headersTimeout = timeout('HEADERS_TIMEOUT');
if (headersTimeout !== undefined) server.headersTimeout = headersTimeout * 1000;

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
