import { and, desc, eq, inArray } from 'drizzle-orm';
import { hasRole, roles, type Role } from '../../roles';
import nodemailer, { type Transporter } from 'nodemailer';
import { config } from './config';
import { db, schema } from '../db';

export type Mail = {
	to: string;
	subject: string;
	/** Short paragraphs of plain text; rendered escaped in the HTML part. */
	paragraphs: string[];
	action?: { label: string; url: string };
	/** The organisation the message belongs to; null for account mail nobody else may read. */
	orgId: string | null;
	/** The least role that may read it in the organisation's Outbox (default admin). */
	visibleTo?: Role;
	/** A stable Message-ID: a message sent again after a crash is the same message to mail servers. */
	messageId?: string;
	/** An unsubscribe address (a List-Unsubscribe header and a line under the message). */
	unsubscribeUrl?: string;
	/** The words of that line, in the reader's language. */
	unsubscribeLabel?: string;
};

const escapeHtml = (value: string) =>
	value.replace(
		/[&<>"']/g,
		(c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!
	);

export function renderMail(mail: Mail) {
	const unsubscribe = mail.unsubscribeUrl
		? [
				`${mail.unsubscribeLabel ?? 'To receive no more surveys, unsubscribe here'}: ${mail.unsubscribeUrl}`
			]
		: [];
	const text = [
		...mail.paragraphs,
		...(mail.action ? [`${mail.action.label}: ${mail.action.url}`] : []),
		'— Hearken',
		...unsubscribe
	].join('\n\n');
	const button = mail.action
		? `<p><a href="${escapeHtml(mail.action.url)}" style="display:inline-block;padding:10px 16px;background:#1d4ed8;color:#fff;border-radius:6px;text-decoration:none">${escapeHtml(mail.action.label)}</a></p><p style="color:#555;font-size:13px">Or paste this link into your browser: ${escapeHtml(mail.action.url)}</p>`
		: '';
	const html = `<!doctype html><html><body style="font-family:system-ui,sans-serif;line-height:1.5;color:#111">${mail.paragraphs
		.map((p) => `<p>${escapeHtml(p)}</p>`)
		.join('')}${button}<p style="color:#555">— Hearken</p>${
		mail.unsubscribeUrl
			? `<p style="color:#555;font-size:13px"><a href="${escapeHtml(mail.unsubscribeUrl)}">${escapeHtml(mail.unsubscribeLabel ?? 'To receive no more surveys, unsubscribe here')}</a></p>`
			: ''
	}</body></html>`;
	return { text, html };
}

let transport: Transporter | undefined;
let transportUrl: string | undefined;

function smtp(url: string) {
	if (!transport || transportUrl !== url) {
		// Bounded waits: an e-mail being sent must end well within its claim's lease
		// (distributions.ts), or another instance could take it and send it again.
		transport = nodemailer.createTransport({
			url,
			connectionTimeout: 20_000,
			greetingTimeout: 20_000,
			socketTimeout: 40_000
		} as Parameters<typeof nodemailer.createTransport>[0]);
		transportUrl = url;
	}
	return transport;
}

type Outcome = Pick<
	typeof schema.emailMessage.$inferInsert,
	'status' | 'text' | 'html' | 'error' | 'sentAt'
>;

/** Records a message in the outbox table: its body when stored, only its fate when sent. */
async function record(mail: Mail, outcome: Outcome) {
	const [row] = await db
		.insert(schema.emailMessage)
		.values({
			orgId: mail.orgId,
			visibleTo: mail.visibleTo ?? 'admin',
			to: mail.to,
			subject: mail.subject,
			...outcome
		})
		.returning({ id: schema.emailMessage.id });
	return row.id;
}

/**
 * The one way Hearken sends e-mail. With SMTP_URL it goes out through nodemailer (the body is not
 * kept); without, it is stored in the outbox for admins to read, and account mail is logged.
 */
export async function sendMail(mail: Mail) {
	const { text, html } = renderMail(mail);
	const url = config.smtpUrl;
	if (!url) {
		const id = await record(mail, { status: 'stored', text, html });
		if (!mail.orgId) {
			// No organisation may read account mail, so the operator finds it in the server's log.
			console.log(
				`[outbox] to ${mail.to}: ${mail.subject}${mail.action ? ` — ${mail.action.url}` : ''}`
			);
		}
		return { id, status: 'stored' as const };
	}
	try {
		await smtp(url).sendMail({
			from: config.mailFrom,
			to: mail.to,
			subject: mail.subject,
			text,
			html,
			messageId: mail.messageId,
			...(mail.unsubscribeUrl
				? { headers: { 'List-Unsubscribe': `<${mail.unsubscribeUrl}>` } }
				: {})
		});
	} catch (error) {
		const message = error instanceof Error ? error.message : String(error);
		const id = await record(mail, { status: 'failed', text: '', html: '', error: message });
		// Logged and shown as a job's error: the outbox row names the recipient, not this message.
		throw new Error(`Could not send e-mail ${id} (see the outbox): ${message}`);
	}
	const id = await record(mail, { status: 'sent', text: '', html: '', sentAt: new Date() });
	return { id, status: 'sent' as const };
}

const outboxColumns = {
	id: schema.emailMessage.id,
	to: schema.emailMessage.to,
	subject: schema.emailMessage.subject,
	status: schema.emailMessage.status,
	error: schema.emailMessage.error,
	createdAt: schema.emailMessage.createdAt
};

/** Messages the reader's role may see: `visibleTo` at or below their role. */
function readableBy(role: Role) {
	return inArray(
		schema.emailMessage.visibleTo,
		roles.filter((r) => hasRole(role, r))
	);
}

export function listOutbox(orgId: string, role: Role, limit = 200) {
	return db
		.select(outboxColumns)
		.from(schema.emailMessage)
		.where(and(eq(schema.emailMessage.orgId, orgId), readableBy(role)))
		.orderBy(desc(schema.emailMessage.createdAt))
		.limit(limit);
}

export async function getOutboxMessage(orgId: string, role: Role, id: string) {
	const [row] = await db
		.select({ ...outboxColumns, text: schema.emailMessage.text })
		.from(schema.emailMessage)
		.where(
			and(eq(schema.emailMessage.orgId, orgId), eq(schema.emailMessage.id, id), readableBy(role))
		);
	return row ?? null;
}
