import { describe, expect, it } from 'vitest';
import { superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { erasePersonFormSchema, surveyImportFormSchema } from './schemas';

const posted = (fields: Record<string, string | File>) => {
	const data = new FormData();
	for (const [key, value] of Object.entries(fields)) data.set(key, value);
	return data;
};

describe('form schemas as superforms reads a post', () => {
	it('refuses an erase whose box was not ticked, beside the box', async () => {
		// superforms fills a missing field with the schema's default: a literal 'yes' would pass.
		const personId = '0b7f8e1e-8a5b-4c1a-9a43-2f6c3c1d2e4f';
		const unticked = await superValidate(posted({ personId }), zod4(erasePersonFormSchema));
		expect(unticked.valid).toBe(false);
		expect(unticked.errors).toEqual({ confirm: ['Tick the box to confirm.'] });
		expect(unticked.data.personId).toBe(personId);
		const ticked = await superValidate(
			posted({ personId, confirm: 'yes' }),
			zod4(erasePersonFormSchema)
		);
		expect(ticked.valid).toBe(true);
	});

	it('asks for a survey file when none or an empty one was sent, and refuses one over 1 MB', async () => {
		const none = await superValidate(posted({}), zod4(surveyImportFormSchema));
		expect(none.errors.file).toEqual(['Choose a JSON file exported from Hearken.']);
		const big = new File(['x'.repeat(1_000_001)], 'big.json');
		const over = await superValidate(posted({ file: big }), zod4(surveyImportFormSchema));
		expect(over.errors.file).toEqual(['The file is over 1 MB; a survey definition is smaller.']);
		const ok = new File(['{}'], 'ok.json');
		expect((await superValidate(posted({ file: ok }), zod4(surveyImportFormSchema))).valid).toBe(
			true
		);
	});
});
