// The invitation e-mail's default words as the send form shows them. Left unchanged, the server
// sends them in each person's language (messages/*.json, invite*); {{name}}, {{survey}} and
// {{link}} fill in per person.
export const defaultSubject = 'Your view on: {{survey}}';
export const defaultBody =
	'Hello {{name}},\n\nWe would like to hear what you think. It takes a few minutes.\n\nThis link is yours alone and works once.';
