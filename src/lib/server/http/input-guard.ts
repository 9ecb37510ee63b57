import { json, type RequestEvent } from '@sveltejs/kit';
import { controlCharacterMessage, hasControlCharacter, visible } from '../../control-characters';
import { apiError } from '../api';

// Every request passes here before any route reads it: a control character (a NUL byte above all,
// which PostgreSQL refuses) in the address, the query or a form is refused, naming the field.
// Respondent pages (/s/…) clean their answers instead (src/lib/survey/form.ts), so no answer is
// lost; API bodies are JSON, checked where they are parsed (readJson).

const formTypes = ['application/x-www-form-urlencoded', 'multipart/form-data'];

/** The first field of the address, the query or a posted form holding a control character. */
async function offendingField(event: RequestEvent): Promise<string | null> {
	for (const [name, value] of Object.entries(event.params))
		if (value && hasControlCharacter(value)) return name;
	const respondent = event.url.pathname.startsWith('/s/');
	if (!respondent) {
		for (const [name, value] of event.url.searchParams)
			if (hasControlCharacter(name) || hasControlCharacter(value)) return shown(name);
	}
	const request = event.request;
	if (request.method !== 'POST' || respondent || event.url.pathname.startsWith('/api/'))
		return null;
	const type = (request.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase();
	if (!formTypes.includes(type)) return null;
	let form: FormData;
	try {
		form = await request.clone().formData();
	} catch {
		return null; // not a form: the action answers that with its own 400
	}
	for (const [name, value] of form) {
		// A file's bytes are its reader's to judge (people/file.ts names the line); its name is not.
		const text = typeof value === 'string' ? value : value.name;
		if (hasControlCharacter(name) || hasControlCharacter(text)) return shown(name);
	}
	return null;
}

const shown = (name: string) => visible(name) || '(unnamed)';

/** The answer refusing the request, or null when nothing in it holds a control character. */
export async function refuseControlCharacters(event: RequestEvent): Promise<Response | null> {
	const field = await offendingField(event);
	if (field === null) return null;
	const message = controlCharacterMessage(field);
	if (event.url.pathname.startsWith('/api/'))
		return apiError(400, message, { issues: [{ path: field, message }] });
	// A form posted by the page's script reads SvelteKit's action answer: it shows the error page.
	if (event.request.method === 'POST' && event.request.headers.get('x-sveltekit-action'))
		return json({ type: 'error', error: { message } }, { status: 400 });
	return new Response(message, {
		status: 400,
		headers: { 'content-type': 'text/plain; charset=utf-8' }
	});
}
