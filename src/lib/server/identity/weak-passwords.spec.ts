// Passwords were checked for length only: `password`, `12345678` and one equal to the account's
// e-mail were all accepted, the first ones an attacker tries (NIST SP 800-63B asks for a check
// against common passwords and the account's own words). Now refused wherever a password is set:
// sign-up (and so an invitation's new account and the CLI's user:create), reset and change.
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db, schema } from '../db';
import { DomainError } from '../platform';
import { weakPasswordReason } from './password';
import { makeAccount, uniqueEmail } from '../testing';
import * as users from './users';

const who = { email: 'Ada.Lovelace@example.test', name: 'Ada Lovelace' };

describe('weakPasswordReason', () => {
	it('refuses the most common passwords, in any case', () => {
		for (const password of [
			'password',
			'12345678',
			'PassWord',
			'qwertyuiop',
			'iloveyou',
			'trustno1'
		])
			expect(weakPasswordReason(password, who), password).toMatch(/most common passwords/);
	});

	it("refuses the account's e-mail, its part before the @, and the person's name", () => {
		expect(weakPasswordReason('ada.lovelace@example.test', who)).toMatch(/e-mail address/);
		expect(weakPasswordReason('Ada.Lovelace', who)).toMatch(/e-mail address/);
		expect(weakPasswordReason('adalovelace', who)).toMatch(/your name/);
	});

	it('accepts a password of its own', () => {
		for (const password of ['correct horse battery', 'ada lovelace 1815', 'pw-x1-long'])
			expect(weakPasswordReason(password, who), password).toBeNull();
	});
});

describe('setting a password', () => {
	it('refuses a common one or the e-mail at sign-up, naming the field', async () => {
		const email = uniqueEmail('weak');
		for (const password of ['password', email]) {
			const refused = users.createAccount({ email, password, name: 'Weak', orgName: 'Weak org' });
			await expect(refused).rejects.toBeInstanceOf(DomainError);
			await expect(refused).rejects.toMatchObject({ issues: [{ path: 'password' }] });
		}
		expect(await users.getUserFromEmail(email)).toBeNull();
	});

	it('refuses a common one when changing it, keeping the old one', async () => {
		const account = await makeAccount('change-weak');
		await expect(
			users.changePassword(account.userId, account.password, '12345678')
		).rejects.toMatchObject({ issues: [{ path: 'next' }] });
		expect((await users.authenticate(account.email, account.password)).ok).toBe(true);
	});

	it('refuses the e-mail from a reset link, which stays usable', async () => {
		const account = await makeAccount('reset-weak');
		await users.requestPasswordReset(account.email);
		const [mail] = await db
			.select()
			.from(schema.emailMessage)
			.where(eq(schema.emailMessage.to, account.email));
		const token = mail.text.match(/\/reset\/([a-z0-9]+)/)![1];
		await expect(users.resetPassword(token, account.email.toUpperCase())).rejects.toMatchObject({
			issues: [{ path: 'password' }]
		});
		expect(await users.checkResetToken(token)).toBe(true);
		await users.resetPassword(token, 'a brand new password');
		expect((await users.authenticate(account.email, 'a brand new password')).ok).toBe(true);
	});
});
