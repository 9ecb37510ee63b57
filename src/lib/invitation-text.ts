// The invitation e-mail's default words as the send form shows them: the English of
// messages/en.json (invite*), with {{name}} and {{survey}} to fill in per person. Left unchanged,
// the server sends the same messages in each person's language.
import { m } from './paraglide/messages.js';

const en = { locale: 'en' } as const;

export const defaultSubject = m.inviteSubject({ survey: '{{survey}}' }, en);
export const defaultBody = [
	m.inviteHello({ name: '{{name}}' }, en),
	m.inviteAsk({}, en),
	m.inviteOnce({}, en)
].join('\n\n');
