// The respondent page's only script (bundled by scripts/respondent-script.js). The page is
// complete without it: rendered on the server, plain form posts, validation and logic on the
// server. This adds what a browser can do for a respondent, in a few KiB rather than a framework:
// answers checked as they are given, focus on the first problem, an "Other" box and NPS+ reasons
// shown only when they apply, sliders that answer only once moved, a ranking's ties named, saving
// as the respondent goes, follow-ups shown as soon as this page's answers call for them, and
// keyboard shortcuts when questions come one at a time.
import type { Question } from '../survey/definition';
import { answersFromForm, OTHER_CHOICE } from '../survey/form';
import { visibleQuestions, type Answers } from '../survey/logic';
import { visibleAnswers } from '../survey/pages';
import { npsGroup, validateAnswers } from '../survey/validate';
import { fill, sayIssue } from '../i18n/say';
import type { EnhanceData } from './data';

const root = document.querySelector<HTMLElement>('.respondent');
const json = document.getElementById('hk-data');
const form = document.querySelector<HTMLFormElement>('form[data-survey]');
if (root && json && form) start(root, JSON.parse(json.textContent ?? '{}') as EnhanceData, form);

function start(root: HTMLElement, data: EnhanceData, form: HTMLFormElement) {
	const { definition, hidden, text } = data;
	const questions = data.questionIds
		.map((id) => definition.questions.find((q) => q.id === id))
		.filter((q): q is Question => !!q);
	const element = <T extends HTMLElement>(id: string) => document.getElementById(id) as T | null;
	const box = (id: string) => element(`q-${id}`);
	const controls = (id: string) =>
		[...(box(id)?.querySelectorAll<HTMLElement>('input, select, textarea') ?? [])].filter(
			(c) => !(c instanceof HTMLInputElement && c.type === 'hidden') && !c.closest('[hidden]')
		);
	const questionOf = (target: EventTarget | null) =>
		target instanceof Element ? (target.closest('.question')?.id.slice(2) ?? null) : null;

	/** This page's answers as the server will read them, over the ones stored from other pages. */
	function answers(): Answers {
		const all = { ...data.stored };
		for (const q of questions) delete all[q.id];
		return Object.assign(all, answersFromForm(questions, new FormData(form)));
	}

	/** Where each question's first problem is (`nps.reason`, `matrix.r2`): focus goes there. */
	const firstPath = new Map<string, string>();

	/** The problems of this page's answers, by question, in the respondent's words. */
	function problems(required: boolean) {
		const now = answers();
		const found = new Map<string, string[]>();
		firstPath.clear();
		for (const issue of validateAnswers(
			definition,
			visibleAnswers(definition, now, hidden),
			hidden
		)) {
			const id = issue.path.split('.')[0];
			if (!data.questionIds.includes(id) || issue.code === 'hidden_by_logic') continue;
			if (issue.code === 'required' && !required) continue;
			found.set(id, [...(found.get(id) ?? []), sayIssue(issue, text.issues)]);
			if (!firstPath.has(id)) firstPath.set(id, issue.path);
		}
		// A position given twice leaves a ranking incomplete; say what is actually wrong.
		for (const q of questions) {
			if (q.type !== 'ranking') continue;
			const positions = q.choices
				.map((c) => element<HTMLSelectElement>(`q-${q.id}.k.${c.id}`)?.value)
				.filter(Boolean);
			if (new Set(positions).size < positions.length) found.set(q.id, [text.issues.rankTwice]);
		}
		return found;
	}

	function show(id: string, messages: string[]) {
		const list = element(`q-${id}.error`);
		if (!list) return;
		box(id)?.classList.toggle('invalid', messages.length > 0);
		list.replaceChildren(
			...messages.map((message) => {
				const line = document.createElement('p');
				const label = document.createElement('span');
				label.className = 'visually-hidden';
				label.textContent = text.error;
				line.append(label, ` ${message}`);
				return line;
			})
		);
		list.hidden = messages.length === 0;
		const path = firstPath.get(id) ?? id;
		for (const control of controls(id)) {
			if (control instanceof HTMLInputElement && control.type === 'radio') continue;
			const name = control.getAttribute('name') ?? '';
			// The reason or comment of an NPS+ answer is not wrong because its score is missing.
			const concerned = name === path || !/\.(reason|comment)$/.test(name);
			if (messages.length && concerned) control.setAttribute('aria-invalid', 'true');
			else control.removeAttribute('aria-invalid');
		}
	}

	const summary = element('hk-problems');
	let summarized = 0;
	function summarize(found: Map<string, string[]>) {
		summarized = found.size;
		if (!summary) return;
		summary.replaceChildren();
		summary.hidden = found.size === 0;
		if (!found.size) return;
		const heading = document.createElement('p');
		const strong = document.createElement('strong');
		strong.textContent =
			found.size === 1 ? text.problemsOne : fill(text.problemsMany, { count: found.size });
		heading.append(strong);
		const list = document.createElement('ul');
		for (const [id, messages] of found) {
			const item = document.createElement('li');
			const link = document.createElement('a');
			link.href = `#q-${id}`;
			link.textContent = box(id)?.querySelector('.title-text')?.textContent?.trim() ?? id;
			item.append(link, `: ${messages[0]}`);
			list.append(item);
		}
		summary.append(heading, list);
	}

	/** Focus on the first problem: the control its path names if there is one, else the first. */
	function focusFirst(id: string | undefined) {
		if (!id) return;
		const path = firstPath.get(id) ?? id;
		const all = controls(id);
		(all.find((c) => c.getAttribute('name') === path) ?? all[0])?.focus();
	}

	// Said to screen readers when a problem appears or goes while answering.
	const live = element('hk-live');
	let lastSaid = '';

	// Problems shown while answering: a question's own, once it has been touched, all but
	// "required" (which waits for Next, not to scold someone who has not got there yet).
	const touched = new Set<string>();
	function check(current: string | null) {
		const found = problems(false);
		for (const q of questions)
			if (touched.has(q.id) || box(q.id)?.classList.contains('invalid'))
				show(q.id, found.get(q.id) ?? []);
		const said = (current && found.get(current)?.[0]) || '';
		if (live && said !== lastSaid) live.textContent = said;
		lastSaid = said;
		// The list at the top, once shown, follows what is still wrong (said again only when the
		// number of problems changes).
		if (summary && !summary.hidden) {
			const all = problems(true);
			if (all.size !== summarized) summarize(all);
		}
	}

	// This script says what is wrong, in the respondent's language and beside the question, where
	// the browser's own bubbles would say less (they stay for a respondent without JavaScript).
	form.noValidate = true;
	form.addEventListener('submit', (event) => {
		// Back and "finish later" leave the page as it is: nothing to check.
		if (['back', 'save'].includes(event.submitter?.getAttribute('value') ?? '')) return;
		const found = problems(true);
		for (const q of questions) show(q.id, found.get(q.id) ?? []);
		summarize(found);
		if (!found.size) {
			clearTimeout(saveTimer);
			return;
		}
		event.preventDefault();
		focusFirst(found.keys().next().value);
	});

	// Saved a moment after each change, so a closed tab loses nothing; never awaited by Next.
	const status = document.querySelector<HTMLElement>('[data-testid="autosave"]');
	let saveTimer: ReturnType<typeof setTimeout> | undefined;
	async function save() {
		const body = new FormData(form);
		body.set('_nav', 'save');
		let ok = false;
		try {
			const response = await fetch(location.pathname + location.search, {
				method: 'POST',
				body,
				headers: { 'x-sveltekit-action': 'true' }
			});
			ok = response.ok && (await response.json()).type === 'success';
		} catch {
			// offline: said below, and everything goes with the page
		}
		if (status) status.textContent = ok ? text.saved : text.notSaved;
	}
	const changed = (target: EventTarget | null) => {
		const id = questionOf(target);
		if (id) touched.add(id);
		check(id);
		clearTimeout(saveTimer);
		saveTimer = setTimeout(save, 2000);
	};
	form.addEventListener('change', (event) => {
		follow(questionOf(event.target));
		reveal();
		changed(event.target);
	});
	// Typing is checked as it goes only where a problem is already shown.
	form.addEventListener('input', (event) => {
		const id = questionOf(event.target);
		reveal();
		if (event.target instanceof HTMLInputElement && event.target.type === 'range') follow(id);
		if (id && box(id)?.classList.contains('invalid')) check(id);
		clearTimeout(saveTimer);
		saveTimer = setTimeout(save, 2000);
	});

	// The page holds the follow-ups its own answers may show (show-if logic): shown and enabled as
	// soon as they apply, and listed in `_seen` so the server knows the respondent saw them.
	const seen = form.querySelector<HTMLInputElement>('input[name="_seen"]');
	function reveal() {
		const visible = visibleQuestions(definition, answers(), hidden).map((q) => q.id);
		for (const id of data.questionIds) {
			const part = box(id)?.closest<HTMLFieldSetElement>('.q');
			if (part) part.hidden = part.disabled = !visible.includes(id);
		}
		if (seen) seen.value = data.questionIds.filter((id) => visible.includes(id)).join(' ');
	}

	/** What one question shows depending on its own answer. */
	function follow(id: string | null) {
		const question = questions.find((q) => q.id === id);
		if (!question) return;
		const named = (name: string) =>
			form.querySelector<HTMLInputElement>(`input[name="${CSS.escape(name)}"]:checked`)?.value;
		if (
			(question.type === 'single_choice' || question.type === 'dropdown') &&
			question.allowOther
		) {
			const other = element(`q-${question.id}.other-text`)?.closest<HTMLElement>('.other');
			const chosen =
				question.type === 'dropdown'
					? element<HTMLSelectElement>(`q-${question.id}.control`)?.value
					: named(question.id);
			if (other) other.hidden = chosen !== OTHER_CHOICE;
		}
		if ((question.type === 'nps' || question.type === 'enps') && question.reasons) {
			const score = named(question.id);
			const container = box(question.id);
			for (const part of container?.querySelectorAll<HTMLElement>('.reasons, .comment') ?? [])
				part.hidden = score === undefined;
			const byGroup = question.reasons.byGroup;
			for (const reason of question.reasons.choices) {
				const input = element<HTMLInputElement>(`q-${question.id}.r.${reason.id}`);
				const option = input?.closest<HTMLElement>('.option');
				if (!input || !option) continue;
				const offered =
					score !== undefined && (!byGroup || byGroup[npsGroup(Number(score))].includes(reason.id));
				option.hidden = !offered;
				// Not offered, not sent: the server refuses another group's reason.
				input.disabled = !offered;
				if (!offered) input.checked = false;
			}
		}
		if (question.type === 'slider') {
			const input = element<HTMLInputElement>(`q-${question.id}.control`);
			const output = element(`q-${question.id}.output`);
			if (!input || !output) return;
			input.name = question.id;
			output.classList.remove('unset');
			output.textContent = input.value;
		}
	}

	for (const question of questions) {
		// A range always has a value: it answers only once moved, and shows what it says.
		if (question.type === 'slider') {
			const input = element<HTMLInputElement>(`q-${question.id}.control`);
			if (input) {
				const output = document.createElement('output');
				output.id = `q-${question.id}.output`;
				output.htmlFor.add(input.id);
				output.className = input.className;
				input.closest('.slider')?.append(output);
				if (input.hasAttribute('data-unset')) {
					input.removeAttribute('name');
					output.classList.add('unset');
					const dash = document.createElement('span');
					dash.setAttribute('aria-hidden', 'true');
					dash.textContent = '–';
					const words = document.createElement('span');
					words.className = 'visually-hidden';
					words.textContent = text.notAnswered;
					output.append(dash, words);
				} else output.textContent = input.value;
			}
			continue;
		}
		follow(question.id);
	}

	// One question at a time: a digit answers a scale, a letter a choice, Enter goes on. Keys
	// are read by their place on the keyboard (A is A in every layout) and only while focus is on
	// the page itself or on this question's options, never in a text box or on a link or button.
	const scaleTypes = ['nps', 'enps', 'csat', 'ces', 'rating', 'likert'];
	const choiceTypes = ['single_choice', 'multiple_choice', 'yes_no'];
	const keyed =
		definition.display === 'one-at-a-time' && questions.length === 1 ? questions[0] : undefined;
	if (keyed && (scaleTypes.includes(keyed.type) || choiceTypes.includes(keyed.type))) {
		const container = box(keyed.id);
		const hint = document.createElement('p');
		hint.className = 'hint keys';
		hint.textContent = text.keysHint;
		form.querySelector('.nav')?.before(hint);
		const options = () =>
			[
				...(container?.querySelectorAll<HTMLInputElement>(
					`input[name="${CSS.escape(keyed.id)}"]:not(:disabled)`
				) ?? [])
			].filter((input) => !input.closest('[hidden]'));
		let typed = '';
		let typedAt = 0;
		document.addEventListener('keydown', (event) => {
			const target = event.target as HTMLElement;
			if (event.defaultPrevented || event.repeat || event.isComposing) return;
			if (event.altKey || event.ctrlKey || event.metaKey) return;
			const onOption =
				target instanceof HTMLInputElement &&
				(target.type === 'radio' || target.type === 'checkbox') &&
				!!container?.contains(target);
			if (target !== document.body && !onOption) return;
			if (event.key === 'Enter') {
				event.preventDefault();
				const next = form.querySelector<HTMLButtonElement>('button[value="next"]');
				if (form.requestSubmit) form.requestSubmit(next);
				else next?.click();
				return;
			}
			const digit = /^(Digit|Numpad)([0-9])$/.exec(event.code)?.[2];
			const letter = /^Key([A-Z])$/.exec(event.code)?.[1];
			let option: HTMLInputElement | undefined;
			if (digit !== undefined && scaleTypes.includes(keyed.type)) {
				// "1" then "0" within a moment is 10.
				const now = Date.now();
				typed = now - typedAt < 700 && typed === '1' ? typed + digit : digit;
				typedAt = now;
				option = options().find((o) => o.value === typed);
			} else if (letter !== undefined && choiceTypes.includes(keyed.type)) {
				option = options()[letter.charCodeAt(0) - 65];
			}
			if (!option) return;
			event.preventDefault();
			if (option.type === 'checkbox' || !option.checked) option.click();
			option.focus();
		});
	}

	// The browser may have restored answers (back, reload) the server did not render with.
	reveal();
	// After a refused post, focus goes to the first question in error.
	focusFirst(data.errorIds[0]);
	root.dataset.ready = 'true';
}
