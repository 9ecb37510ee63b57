/** A problem with input, at the dotted path of the value it concerns (`questions.3.choices`). */
export type Issue = { path: string; message: string };

/** Zod's issues as the app reports them: the API's `issues`, the designer's marks. */
export function issuesOf(error: { issues: { path: PropertyKey[]; message: string }[] }): Issue[] {
	return error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message }));
}
