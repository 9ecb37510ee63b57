import type { Question, QuestionType, SurveyDefinition } from './definition';

// What the designer's palette offers: every question type, with a label, a one-line hint and a
// sensible first wording, so a new question is valid the moment it is added.

export const questionTypes: { type: QuestionType; label: string; hint: string }[] = [
	{ type: 'nps', label: 'NPS', hint: '0–10 likelihood to recommend; add reasons for NPS+' },
	{ type: 'enps', label: 'eNPS', hint: '0–10 likelihood to recommend as a place to work' },
	{ type: 'csat', label: 'CSAT', hint: 'Satisfaction, 1–5' },
	{ type: 'ces', label: 'CES', hint: 'Customer effort, 1–7' },
	{ type: 'rating', label: 'Rating', hint: 'Stars or numbers, 3–10 points' },
	{ type: 'likert', label: 'Likert', hint: 'Agreement, 1–5' },
	{ type: 'matrix', label: 'Matrix', hint: 'Several rows on one scale' },
	{ type: 'single_choice', label: 'Single choice', hint: 'One option' },
	{ type: 'dropdown', label: 'Dropdown', hint: 'One option from a list' },
	{ type: 'multiple_choice', label: 'Multiple choice', hint: 'Several options' },
	{ type: 'ranking', label: 'Ranking', hint: 'Put options in order' },
	{ type: 'slider', label: 'Slider', hint: 'A number on a range' },
	{ type: 'text', label: 'Text', hint: 'A short or long answer' },
	{ type: 'number', label: 'Number', hint: 'A number' },
	{ type: 'date', label: 'Date', hint: 'A calendar date' },
	{ type: 'yes_no', label: 'Yes / no', hint: 'Yes or no' },
	{ type: 'consent', label: 'Consent', hint: 'A box to tick to agree' },
	{ type: 'statement', label: 'Statement', hint: 'Text only; can start a new page' }
];

export const typeLabel = (type: QuestionType) =>
	questionTypes.find((t) => t.type === type)?.label ?? type;

/** The survey modes by name; what each promises respondents is in the messages (docs/confidentiality.md). */
export const modeLabels: Record<SurveyDefinition['mode'], string> = {
	anonymous: 'Anonymous',
	confidential: 'Confidential',
	identified: 'Identified'
};

const choices = (...labels: string[]) => labels.map((label, i) => ({ id: `c${i + 1}`, label }));

/** A unique id for a new question, from its type: `nps`, then `nps_2`, `nps_3` … */
export function newQuestionId(type: QuestionType, taken: Iterable<string>) {
	const used = new Set(taken);
	if (!used.has(type)) return type;
	for (let n = 2; ; n++) if (!used.has(`${type}_${n}`)) return `${type}_${n}`;
}

/** A new question of `type`, valid as it stands, in the survey's default language. */
export function newQuestion(type: QuestionType, taken: Iterable<string>): Question {
	const id = newQuestionId(type, taken);
	const base = { id, required: false };
	switch (type) {
		case 'nps':
			return {
				...base,
				type,
				text: 'How likely are you to recommend us to a friend or colleague?',
				lowLabel: 'Not at all likely',
				highLabel: 'Extremely likely'
			};
		case 'enps':
			return {
				...base,
				type,
				text: 'How likely are you to recommend working here to a friend?',
				lowLabel: 'Not at all likely',
				highLabel: 'Extremely likely'
			};
		case 'csat':
			return {
				...base,
				type,
				text: 'How satisfied are you with your experience?',
				lowLabel: 'Very dissatisfied',
				highLabel: 'Very satisfied'
			};
		case 'ces':
			return {
				...base,
				type,
				text: 'How easy was it to get what you needed?',
				lowLabel: 'Very difficult',
				highLabel: 'Very easy'
			};
		case 'rating':
			return { ...base, type, text: 'How would you rate it?', scale: 5, style: 'stars' };
		case 'likert':
			return {
				...base,
				type,
				text: 'I would recommend this to others.',
				lowLabel: 'Strongly disagree',
				highLabel: 'Strongly agree'
			};
		case 'matrix':
			return {
				...base,
				type,
				text: 'How do you rate each of these?',
				rows: choices('Quality', 'Speed', 'Friendliness').map((c, i) => ({
					...c,
					id: `r${i + 1}`
				})),
				scale: 5,
				lowLabel: 'Poor',
				highLabel: 'Excellent'
			};
		case 'single_choice':
		case 'dropdown':
			return {
				...base,
				type,
				text: 'Which one fits best?',
				choices: choices('Option 1', 'Option 2', 'Option 3'),
				allowOther: false,
				randomize: false
			};
		case 'multiple_choice':
			return {
				...base,
				type,
				text: 'Which of these apply?',
				choices: choices('Option 1', 'Option 2', 'Option 3'),
				randomize: false
			};
		case 'ranking':
			return {
				...base,
				type,
				text: 'Put these in order of importance',
				choices: choices('Price', 'Quality', 'Service')
			};
		case 'slider':
			return { ...base, type, text: 'Where would you put it?', min: 0, max: 100, step: 1 };
		case 'text':
			return {
				...base,
				type,
				text: 'Anything else you would like to tell us?',
				long: true,
				maxLength: 2000
			};
		case 'number':
			return { ...base, type, text: 'How many?', integer: true };
		case 'date':
			return { ...base, type, text: 'When was it?' };
		case 'yes_no':
			return { ...base, type, text: 'Did we solve your problem?' };
		case 'consent':
			return { ...base, type, text: 'Consent', label: 'I agree to take part', required: true };
		case 'statement':
			return { ...base, type, text: 'Thank you. A few more questions follow.', pageBreak: false };
	}
}
