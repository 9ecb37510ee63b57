import { afterEach, describe, expect, it, vi } from 'vitest';
import { surveyDefinitionSchema } from '$lib/survey/definition';
import { Designer, type Post } from './designer.svelte';

// The designer's operations as a survey author meets them: what the list shows after each one,
// which question is open, and whether the survey says it has unsaved changes.

const definition = surveyDefinitionSchema.parse({
	title: 'Checkout',
	audience: 'customer',
	mode: 'anonymous',
	defaultLanguage: 'en',
	languages: ['en'],
	hiddenFields: [],
	questions: [
		{ id: 'intro', type: 'statement', text: 'Welcome' },
		{ id: 'nps', type: 'nps', text: 'Would you recommend us?' },
		{ id: 'why', type: 'text', text: 'Why?' }
	]
});

function designer(post: Post = async () => ({ type: 'success', status: 200, data: {} })) {
	const d = new Designer(
		{
			survey: { definition, revision: 1, status: 'published', url: null },
			published: definition,
			// "text" was published once and removed: a new text question must not take its id.
			lockedIds: ['intro', 'nps', 'why', 'text'],
			canEdit: true
		},
		post
	);
	made.push(d);
	return d;
}
const made: Designer[] = [];
const ids = (d: Designer) => d.definition.questions.map((q) => q.id);

afterEach(() => {
	for (const d of made.splice(0)) d.dispose();
	vi.useRealTimers();
});

describe('Designer', () => {
	it('adds a question after the open one, opens it, and gives it an unused id', () => {
		const d = designer();
		expect(d.add('text')).toBe(3);
		expect(ids(d)).toEqual(['intro', 'nps', 'why', 'text_2']);
		d.selected = 0;
		expect(d.add('nps')).toBe(1);
		expect(ids(d)).toEqual(['intro', 'nps_2', 'nps', 'why', 'text_2']);
		expect(d.selected).toBe(1);
	});

	it('moves a question and keeps the open one open', () => {
		const d = designer();
		d.selected = 2;
		expect(d.move(0, 2)?.id).toBe('intro');
		expect(ids(d)).toEqual(['nps', 'why', 'intro']);
		expect(d.selected).toBe(1);
		// Past either end nothing moves.
		expect(d.move(0, -1)).toBeNull();
		expect(d.move(2, 3)).toBeNull();
		expect(ids(d)).toEqual(['nps', 'why', 'intro']);
	});

	it('duplicates a question under a new id right after it', () => {
		const d = designer();
		d.duplicate(1);
		expect(ids(d)).toEqual(['intro', 'nps', 'nps_2', 'why']);
		expect(d.definition.questions[2].text).toBe('Would you recommend us?');
		expect(d.selected).toBe(2);
	});

	it('removes a question, keeps the selection on the same question, and restores it', () => {
		const d = designer();
		d.selected = 2;
		expect(d.remove(1).id).toBe('nps');
		expect(ids(d)).toEqual(['intro', 'why']);
		expect(d.selected).toBe(1);
		expect(d.undo?.question.id).toBe('nps');
		expect(d.restore()?.index).toBe(1);
		expect(ids(d)).toEqual(['intro', 'nps', 'why']);
		expect(d.undo).toBeNull();
		expect(d.restore()).toBeNull();
	});

	it('forgets a deleted question after 20 seconds', () => {
		vi.useFakeTimers();
		const d = designer();
		d.remove(0);
		vi.advanceTimersByTime(19_999);
		expect(d.undo).not.toBeNull();
		vi.advanceTimersByTime(1);
		expect(d.undo).toBeNull();
	});

	it('marks a change unsaved, sends it shortly after, and then says it is saved', async () => {
		vi.useFakeTimers();
		const sent: Record<string, string>[] = [];
		const d = designer(async (action, fields = {}) => {
			sent.push({ action, ...fields });
			return { type: 'success', status: 200, data: { saved: { revision: 2 } } };
		});
		expect(d.dirty).toBe(false);
		expect(d.unchanged).toBe(true);
		d.track();
		expect(d.saveState).toBe('saved');

		d.remove(2);
		expect(d.dirty).toBe(true);
		expect(d.unchanged).toBe(false);
		d.track();
		expect(d.saveState).toBe('pending');
		expect(sent).toEqual([]);

		await vi.advanceTimersByTimeAsync(800);
		expect(sent).toHaveLength(1);
		expect(sent[0]).toMatchObject({ action: 'save', revision: '1' });
		expect(JSON.parse(sent[0].definition).questions.map((q: { id: string }) => q.id)).toEqual([
			'intro',
			'nps'
		]);
		expect(d.saveState).toBe('saved');
		expect(d.dirty).toBe(false);
		expect(d.revision).toBe(2);
	});

	it('says an edit undone before it was sent is no longer unsaved', () => {
		const d = designer();
		d.remove(0);
		d.track();
		expect(d.saveState).toBe('pending');
		d.restore();
		d.track();
		expect(d.saveState).toBe('saved');
		expect(d.dirty).toBe(false);
	});

	it('marks an invalid edit as not saved and does not send it', async () => {
		vi.useFakeTimers();
		const post = vi.fn<Post>();
		const d = designer(post);
		d.definition.questions[1].id = 'why';
		d.track();
		expect(d.saveState).toBe('invalid');
		expect(d.issues.length).toBeGreaterThan(0);
		await vi.advanceTimersByTimeAsync(10_000);
		expect(post).not.toHaveBeenCalled();
	});
});
