// A real SMTP server for tests (the `smtp-server` package): it keeps every message it accepts,
// and refuses the recipients `refuse` names.
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export type Received = { from: string; to: string[]; raw: string };

export function startSmtp(refuse: (address: string) => boolean = () => false, port = 0) {
	const received: Received[] = [];
	const server = new SMTPServer({
		authOptional: true,
		disabledCommands: ['STARTTLS'],
		logger: false,
		onRcptTo(address, _session, callback) {
			callback(refuse(address.address) ? new Error('mailbox unavailable') : undefined);
		},
		onData(stream, session, callback) {
			let raw = '';
			stream.on('data', (chunk) => (raw += chunk));
			stream.on('end', () => {
				received.push({
					from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
					to: session.envelope.rcptTo.map((r) => r.address),
					raw
				});
				callback();
			});
		}
	});
	return new Promise<{ port: number; received: Received[]; close: () => Promise<void> }>(
		(resolve) => {
			server.listen(port, '127.0.0.1', () => {
				const { port } = server.server.address() as AddressInfo;
				resolve({ port, received, close: () => new Promise((r) => server.close(() => r())) });
			});
		}
	);
}

/** A message's text with quoted-printable soft breaks and escapes undone. */
export function plainText(raw: string) {
	return raw
		.replace(/=\r?\n/g, '')
		.replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
