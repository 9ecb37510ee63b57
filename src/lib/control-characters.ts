// PostgreSQL cannot hold U+0000 in text or jsonb (a NUL byte, `%00`, was a 500 anywhere), and no
// one types the other C0 controls. A respondent's answer is cleaned (never lost); anything an
// organisation's users or API callers send is refused, naming the field.

/** C0 controls but tab, line feed and carriage return. */
// eslint-disable-next-line no-control-regex -- finding them is the point
const control = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/;
// eslint-disable-next-line no-control-regex -- finding them is the point
const controls = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g;

export const hasControlCharacter = (text: string) => control.test(text);

/** A respondent's text as stored: controls dropped, line ends as \n, composed (NFC). */
export const cleanAnswerText = (text: string) =>
	text.replace(controls, '').replace(/\r\n?/g, '\n').normalize('NFC');

/** A name as a message can show it: each control character written as \uXXXX. */
export const visible = (name: string) =>
	name.replace(controls, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** The path (`people[2].name`) of the first key or string holding a control character, or null. */
export function controlCharacterPath(value: unknown, path = ''): string | null {
	if (typeof value === 'string') return hasControlCharacter(value) ? path : null;
	if (Array.isArray(value)) {
		for (let i = 0; i < value.length; i++) {
			const found = controlCharacterPath(value[i], `${path}[${i}]`);
			if (found !== null) return found;
		}
		return null;
	}
	if (value && typeof value === 'object') {
		for (const [key, item] of Object.entries(value)) {
			const shown = visible(key);
			const at = path ? `${path}.${shown}` : shown;
			if (shown !== key) return at;
			const found = controlCharacterPath(item, at);
			if (found !== null) return found;
		}
	}
	return null;
}

/** What a person reads when a field is refused for one. */
export const controlCharacterMessage = (field: string) =>
	`“${field}” contains a control character (such as a NUL byte), which text cannot hold. Remove it and try again.`;
