import { untrack } from 'svelte';
import { issuesOf } from '$lib/issues';
import { canonicalJson } from '$lib/json';
import { newQuestion, newQuestionId } from '$lib/survey/catalogue';
import {
	surveyDefinitionSchema,
	type Question,
	type QuestionType,
	type SurveyDefinition
} from '$lib/survey/definition';
import { missingTranslations } from '$lib/survey/translations';

// The survey designer's state and what can be done to it, apart from the page that shows it, so
// the operations can be tested without a browser.

export type Issue = { path: string; message: string };
export type SaveState = 'saved' | 'pending' | 'saving' | 'invalid' | 'conflict' | 'error';
export type SurveyStatus = 'draft' | 'published' | 'closed';

/** What a form action answers, as `deserialize` from `$app/forms` returns it. */
export type ActionResult =
	| { type: 'success'; status: number; data?: Record<string, unknown> }
	| { type: 'failure'; status: number; data?: Record<string, unknown> }
	| { type: 'redirect'; status: number; location: string }
	| { type: 'error'; status?: number; error: unknown };
export type Post = (action: string, fields?: Record<string, string>) => Promise<ActionResult>;

export type DesignerInit = {
	survey: {
		definition: SurveyDefinition;
		revision: number;
		status: SurveyStatus;
		url: string | null;
	};
	published: SurveyDefinition | null;
	lockedIds: string[];
	canEdit: boolean;
};

export class Designer {
	readonly readonly: boolean;
	definition = $state<SurveyDefinition>() as SurveyDefinition;
	revision = $state(0);
	status = $state<SurveyStatus>('draft');
	url = $state<string | null>(null);
	savedJson = $state('');
	saveState = $state<SaveState>('saved');
	serverIssues = $state<Issue[]>([]);
	message = $state<{ kind: 'error' | 'success'; text: string; issues?: Issue[] } | null>(null);
	/** The open question's index. */
	selected = $state<number | null>(null);
	lockedIds = $state<string[]>([]);
	/** The last deleted question, while it can still be restored. */
	undo = $state<{ question: Question; index: number } | null>(null);
	// The version respondents answer, to say when there is nothing new to publish.
	publishedJson = $state<string | null>(null);

	json = $derived(JSON.stringify(this.definition));
	parsed = $derived(surveyDefinitionSchema.safeParse(this.definition));
	localIssues = $derived(this.parsed.success ? [] : issuesOf(this.parsed.error));
	issues = $derived(this.localIssues.length ? this.localIssues : this.serverIssues);
	missing = $derived(this.parsed.success ? missingTranslations(this.parsed.data) : []);
	dirty = $derived(this.json !== this.savedJson);
	unchanged = $derived(
		this.publishedJson !== null &&
			this.parsed.success &&
			canonicalJson(this.parsed.data) === this.publishedJson
	);

	#post: Post;
	#timer: ReturnType<typeof setTimeout> | undefined;
	#undoTimer: ReturnType<typeof setTimeout> | undefined;
	// Every request that changes the survey runs in this one queue, so each carries the revision
	// the previous one returned: a save never races a publish, nor another save.
	#queue: Promise<unknown> = Promise.resolve();

	constructor(initial: DesignerInit, post: Post) {
		this.#post = post;
		this.readonly = !initial.canEdit;
		this.definition = structuredClone(initial.survey.definition);
		this.revision = initial.survey.revision;
		this.status = initial.survey.status;
		this.url = initial.survey.url;
		this.savedJson = JSON.stringify(initial.survey.definition);
		this.lockedIds = initial.lockedIds;
		this.publishedJson = initial.published ? canonicalJson(initial.published) : null;
	}

	get questions() {
		return this.definition.questions;
	}

	#enqueue<T>(task: () => Promise<T>): Promise<T> {
		const next = this.#queue.then(task, task);
		this.#queue = next.catch(() => undefined);
		return next;
	}

	// --- The question list ---

	// A published id, even one removed since, belongs to its old answers: new questions avoid it.
	#takenIds = () => [...this.questions.map((q) => q.id), ...this.lockedIds];

	/** Adds a question after the open one (or last) and opens it; returns its index. */
	add(type: QuestionType) {
		const at = this.selected === null ? this.questions.length : this.selected + 1;
		this.questions.splice(at, 0, newQuestion(type, this.#takenIds()));
		this.selected = at;
		return at;
	}

	/** Moves a question, keeping the open one open; returns the moved question, if it moved. */
	move(from: number, to: number) {
		const questions = this.questions;
		if (to < 0 || to >= questions.length || from === to) return null;
		const open = this.selected === null ? null : questions[this.selected];
		const [item] = questions.splice(from, 1);
		questions.splice(to, 0, item);
		if (open) this.selected = questions.indexOf(open);
		return item;
	}

	/** Copies a question, under a new id, right after it and opens the copy. */
	duplicate(i: number) {
		const copy = structuredClone($state.snapshot(this.questions[i])) as Question;
		copy.id = newQuestionId(copy.type, this.#takenIds());
		this.questions.splice(i + 1, 0, copy);
		this.selected = i + 1;
	}

	/** Deletes a question; it can be restored for 20 seconds. Returns the deleted question. */
	remove(i: number) {
		const [question] = this.questions.splice(i, 1);
		const removed = $state.snapshot(question) as Question;
		this.undo = { question: removed, index: i };
		if (this.selected === i) this.selected = null;
		else if (this.selected !== null && this.selected > i) this.selected--;
		clearTimeout(this.#undoTimer);
		this.#undoTimer = setTimeout(() => (this.undo = null), 20_000);
		return removed;
	}

	/** Puts the last deleted question back where it was; returns it and its index. */
	restore() {
		const undo = this.undo;
		if (!undo) return null;
		this.questions.splice(Math.min(undo.index, this.questions.length), 0, undo.question);
		this.selected = undo.index;
		this.undo = null;
		return undo;
	}

	// --- Saving ---

	/** Sends the current definition, if it changed and is valid; runs in the queue. */
	async #saveNow() {
		if (this.readonly || this.saveState === 'conflict' || this.json === this.savedJson) return;
		if (!this.parsed.success) {
			this.saveState = 'invalid';
			return;
		}
		const sending = this.json;
		this.saveState = 'saving';
		try {
			const result = await this.#post('save', {
				definition: sending,
				revision: String(this.revision)
			});
			if (result.type === 'success' && result.data?.saved) {
				this.revision = (result.data.saved as { revision: number }).revision;
				this.savedJson = sending;
				this.serverIssues = [];
				if (this.message?.kind === 'error' && !this.message.issues?.length) this.message = null;
				this.saveState = this.json === sending ? 'saved' : 'pending';
			} else if (result.type === 'failure' && result.status === 409) {
				this.saveState = 'conflict';
			} else if (result.type === 'failure') {
				this.serverIssues = (result.data?.issues as Issue[]) ?? [];
				this.saveState = 'invalid';
				this.message = { kind: 'error', text: String(result.data?.message ?? 'Not saved.') };
			} else {
				this.saveState = 'error';
			}
		} catch {
			this.saveState = 'error';
		}
		// Edits made while this save was on its way, or a failed attempt, go out next.
		if ((this.saveState as SaveState) === 'pending') this.#schedule();
		else if ((this.saveState as SaveState) === 'error') this.#schedule(5000);
	}

	save = () => this.#enqueue(() => this.#saveNow());

	#schedule(delay = 800) {
		clearTimeout(this.#timer);
		this.#timer = setTimeout(this.save, delay);
	}

	/**
	 * Notes the definition as it now is: an edit is marked unsaved and sent shortly. The page runs
	 * it in an effect, so it reads the definition tracked and the rest untracked.
	 */
	track() {
		if (this.readonly) return;
		if (this.json === this.savedJson) {
			// An edit undone before it was sent: nothing is unsaved any more.
			untrack(() => {
				if (this.saveState === 'pending' || this.saveState === 'invalid') this.saveState = 'saved';
			});
			return;
		}
		untrack(() => {
			if (this.saveState === 'conflict' || this.saveState === 'saving') return;
			this.saveState = this.parsed.success ? 'pending' : 'invalid';
			if (this.parsed.success) this.#schedule();
		});
	}

	publish() {
		this.message = null;
		clearTimeout(this.#timer);
		return this.#enqueue(async () => {
			await this.#saveNow();
			if (this.saveState === 'conflict') return;
			if (this.json !== this.savedJson) {
				this.message = {
					kind: 'error',
					text: 'Save your changes before publishing: fix what is marked.'
				};
				return;
			}
			const result = await this.#post('publish', { revision: String(this.revision) });
			if (result.type === 'success' && result.data?.published) {
				const p = result.data.published as {
					url: string;
					version: number;
					revision: number;
					lockedIds: string[];
				};
				this.status = 'published';
				this.publishedJson = canonicalJson(JSON.parse(this.savedJson));
				this.url = p.url;
				this.revision = p.revision;
				this.lockedIds = p.lockedIds;
				this.message = { kind: 'success', text: `Published version ${p.version}. Share ${p.url}` };
			} else if (result.type === 'failure' && result.status === 409) {
				this.saveState = 'conflict';
			} else if (result.type === 'failure') {
				this.message = {
					kind: 'error',
					text: String(result.data?.message ?? 'Not published.'),
					issues: (result.data?.issues as Issue[]) ?? []
				};
			}
		});
	}

	close() {
		clearTimeout(this.#timer);
		return this.#enqueue(async () => {
			await this.#saveNow();
			const result = await this.#post('close', { revision: String(this.revision) });
			if (result.type === 'success' && result.data?.closed) {
				this.status = 'closed';
				this.revision = (result.data.closed as { revision: number }).revision;
				this.message = { kind: 'success', text: 'Closed: the link now shows a closed page.' };
			} else if (result.type === 'failure' && result.status === 409) {
				this.saveState = 'conflict';
			} else if (result.type === 'failure') {
				this.message = { kind: 'error', text: String(result.data?.message ?? 'Not closed.') };
			}
		});
	}

	/** Asks the server to delete the survey; answers where to go next, if it was deleted. */
	async delete() {
		const result = await this.#post('delete');
		if (result.type === 'redirect') return result.location;
		if (result.type === 'failure')
			this.message = { kind: 'error', text: String(result.data?.message ?? 'Not deleted.') };
		return null;
	}

	/** Stops the timers, when the page goes away. */
	dispose() {
		clearTimeout(this.#timer);
		clearTimeout(this.#undoTimer);
	}
}
