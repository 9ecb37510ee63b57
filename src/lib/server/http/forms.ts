// A domain error as a form's answer: each issue beside the field it concerns, the message above
// the form, the status the error's code implies. Every superforms action uses it, so a rule the
// domain enforces (one place) shows where the person typed.
import { error } from '@sveltejs/kit';
import { message, setError, type SuperValidated } from 'sveltekit-superforms';
import { DomainError } from '../platform';

const statusOf = { invalid: 400, forbidden: 403, conflict: 409 } as const;

/**
 * The failed answer for `form` when `e` is a DomainError (a missing record is the 404 page);
 * anything else is rethrown. `fieldOf` maps an issue's first path segment to the form's field
 * where they differ (e.g. `audience` → `audienceValue`).
 */
export function refuse<T extends Record<string, unknown>>(
	form: SuperValidated<T, App.Superforms.Message>,
	e: unknown,
	fieldOf: Record<string, keyof T & string> = {}
) {
	if (!(e instanceof DomainError)) throw e;
	if (e.code === 'not_found') error(404, 'Not found');
	for (const issue of e.issues ?? []) {
		const top = issue.path.split('.')[0];
		const field = fieldOf[top] ?? top;
		if (!(field in form.data)) continue;
		// An array's own error sits at `._errors`; setError's path type is the form's leaves, and a
		// domain path is only known at run time.
		const path = Array.isArray(form.data[field]) ? `${field}._errors` : field;
		setError(form as SuperValidated<Record<string, unknown>>, path, issue.message);
	}
	form.valid = false;
	return message(form, { type: 'error', text: e.message }, { status: statusOf[e.code] });
}
