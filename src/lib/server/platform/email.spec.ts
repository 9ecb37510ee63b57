import { eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { db, schema } from '../db';
import { getOutboxMessage, listOutbox, renderMail, sendMail } from './email';
import { makeAccount, uniqueEmail } from '../testing';
import * as testSmtp from '../testing';

afterEach(() => {
	delete process.env.SMTP_URL;
});

describe('renderMail', () => {
	it('escapes every piece of user text in the HTML part', () => {
		const { html, text } = renderMail({
			to: 'x@example.test',
			subject: 's',
			orgId: null,
			paragraphs: ['<script>alert(1)</script> & "quotes"'],
			action: { label: 'Go <now>', url: 'https://example.test/a?b=1&c=2' }
		});
		expect(html).not.toContain('<script>');
		expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;');
		expect(html).toContain('href="https://example.test/a?b=1&amp;c=2"');
		expect(text).toContain('Go <now>: https://example.test/a?b=1&c=2');
	});
});

describe('sendMail without SMTP_URL', () => {
	it('stores the message in the organisation’s outbox, readable only by that organisation', async () => {
		const a = await makeAccount('outbox');
		const b = await makeAccount('other');
		const to = uniqueEmail('to');
		const { id, status } = await sendMail({
			orgId: a.orgId,
			to,
			subject: 'Hello',
			paragraphs: ['Body'],
			action: { label: 'Open', url: 'http://localhost:3000/x' }
		});
		expect(status).toBe('stored');
		expect((await listOutbox(a.orgId, 'admin')).map((m) => m.id)).toContain(id);
		expect((await listOutbox(b.orgId, 'owner')).map((m) => m.id)).not.toContain(id);
		expect(await getOutboxMessage(b.orgId, 'owner', id)).toBeNull();
		expect((await getOutboxMessage(a.orgId, 'admin', id))?.text).toContain(
			'Open: http://localhost:3000/x'
		);
	});

	it('shows a message meant for owners to owners only', async () => {
		const a = await makeAccount('owners');
		const { id } = await sendMail({
			orgId: a.orgId,
			visibleTo: 'owner',
			to: uniqueEmail('future-owner'),
			subject: 'Become an owner',
			paragraphs: ['A link that makes its holder an owner']
		});
		expect((await listOutbox(a.orgId, 'owner')).map((m) => m.id)).toContain(id);
		expect((await listOutbox(a.orgId, 'admin')).map((m) => m.id)).not.toContain(id);
		expect(await getOutboxMessage(a.orgId, 'admin', id)).toBeNull();
		expect(await getOutboxMessage(a.orgId, 'owner', id)).not.toBeNull();
	});
});

describe('sendMail with SMTP_URL', () => {
	const startSmtp = (reject = false) => testSmtp.startSmtp(() => reject);

	it('delivers HTML and plain text through a real SMTP server and logs it without the body', async () => {
		const smtp = await startSmtp();
		try {
			process.env.SMTP_URL = `smtp://127.0.0.1:${smtp.port}`;
			const account = await makeAccount('smtp');
			const to = uniqueEmail('recipient');
			const { id, status } = await sendMail({
				orgId: account.orgId,
				to,
				subject: 'Invitation',
				paragraphs: ['Join us <b>now</b>'],
				action: { label: 'Accept', url: 'http://localhost:3000/invite/abc' }
			});
			expect(status).toBe('sent');
			expect(smtp.received).toHaveLength(1);
			expect(smtp.received[0].to).toEqual([to]);
			expect(smtp.received[0].raw).toContain('Subject: Invitation');
			expect(smtp.received[0].raw).toContain('Content-Type: text/plain');
			expect(smtp.received[0].raw).toContain('Content-Type: text/html');
			expect(smtp.received[0].raw).toContain('Join us &lt;b&gt;now&lt;/b&gt;');
			const [row] = await db
				.select()
				.from(schema.emailMessage)
				.where(eq(schema.emailMessage.id, id));
			expect(row).toMatchObject({ status: 'sent', text: '', html: '' });
			expect(row.sentAt).toBeInstanceOf(Date);
		} finally {
			await smtp.close();
		}
	});

	it('records a refused message as failed and tells the caller', async () => {
		const smtp = await startSmtp(true);
		try {
			process.env.SMTP_URL = `smtp://127.0.0.1:${smtp.port}`;
			const account = await makeAccount('smtpfail');
			const to = uniqueEmail('refused');
			await expect(
				sendMail({ orgId: account.orgId, to, subject: 'Nope', paragraphs: ['x'] })
			).rejects.toThrow(/Could not send e-mail/);
			const [row] = await db
				.select()
				.from(schema.emailMessage)
				.where(eq(schema.emailMessage.to, to));
			expect(row.status).toBe('failed');
			expect(row.error).toMatch(/mailbox unavailable/);
		} finally {
			await smtp.close();
		}
	});
});
