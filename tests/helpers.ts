import { expect, type APIRequestContext, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';

let counter = 0;
/** A value unique to this run, so tests never collide on a shared PostgreSQL. */
export function unique(label: string) {
	return `${label}-${Date.now().toString(36)}-${(counter++).toString(36)}`;
}

/** A client address of its own for a test, so per-IP throttling of other tests does not leak in. */
export function fakeIp() {
	const n = Math.floor(Math.random() * 250) + 1;
	return `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${n}`;
}

export type Account = { name: string; email: string; password: string; orgName: string };

export function newAccount(label = 'user'): Account {
	const id = unique(label);
	return {
		name: `${label} ${id}`,
		email: `${id}@example.test`,
		password: `pw-${id}-long`,
		orgName: `Org ${id}`
	};
}

export async function signUp(page: Page, account: Account) {
	await page.goto('/signup');
	await page.getByLabel('Your name').fill(account.name);
	await page.getByLabel('Work e-mail').fill(account.email);
	await page.getByLabel('Password').fill(account.password);
	await page.getByLabel('Organisation name').fill(account.orgName);
	await page.getByRole('button', { name: 'Create account' }).click();
	await expect(page.getByRole('heading', { level: 1, name: account.orgName })).toBeVisible();
}

export async function signIn(page: Page, email: string, password: string) {
	await page.goto('/signin');
	await page.getByLabel('E-mail').fill(email);
	await page.getByLabel('Password').fill(password);
	await page.getByRole('button', { name: 'Sign in' }).click();
}

/** Links the server logged for account mail (password resets), newest last. */
export function loggedLinks(to: string): string[] {
	const log = readFileSync(process.env.E2E_SERVER_LOG!, 'utf8');
	return log
		.split('\n')
		.filter((line) => line.startsWith(`[outbox] to ${to}:`))
		.map((line) => line.split(' — ')[1]);
}

export async function createApiKey(page: Page, name: string) {
	await page.goto('/settings/api-keys');
	await page.getByLabel('Name').fill(name);
	await page.getByRole('button', { name: 'Create key' }).click();
	return (await page.getByTestId('new-api-key').textContent())!.trim();
}

export async function apiGet(request: APIRequestContext, path: string, key?: string) {
	return request.get(path, { headers: key ? { authorization: `Bearer ${key}` } : {} });
}
