/** A file name part from a title: lower-case words joined by dashes, 60 characters at most. */
export function downloadName(title: string, fallback: string) {
	return (
		title
			.toLowerCase()
			.replace(/[^a-z0-9]+/g, '-')
			.replace(/^-|-$/g, '')
			.slice(0, 60) || fallback
	);
}
