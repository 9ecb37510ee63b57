import { describe, expect, it } from 'vitest';
import { surveyDefinitionSchema } from './definition';
import { visibleQuestions } from './logic';
import { fromTemplate, templates } from './templates';
import { validateAnswers } from './validate';

describe('templates', () => {
	it('are the eight the designer offers, each a valid definition', () => {
		expect(templates.map((t) => t.id)).toEqual([
			'nps-plus-relationship',
			'touchpoint-csat',
			'support-ces',
			'enps-pulse',
			'engagement',
			'360-review',
			'onboarding',
			'exit'
		]);
		for (const template of templates) {
			const result = surveyDefinitionSchema.safeParse(template.definition);
			expect(result.error?.issues ?? [], template.id).toEqual([]);
		}
	});

	it('ask for their required questions and nothing else when left blank', () => {
		for (const template of templates) {
			const definition = fromTemplate(template.id)!;
			// A required follow-up (NPS+'s contact detail) is asked only once logic shows it.
			const required = visibleQuestions(definition, {}, {})
				.filter((q) => q.required)
				.map((q) => q.id);
			const issues = validateAnswers(definition, {}, {});
			expect(
				issues.map((i) => i.path),
				template.id
			).toEqual(required);
			expect(new Set(issues.map((i) => i.code))).toEqual(
				new Set(required.length ? ['required'] : [])
			);
		}
	});

	it('eNPS pulse has eNPS, six to eight engagement items and a comment; the 360 review a competency matrix with strengths and improvements', () => {
		const pulse = fromTemplate('enps-pulse')!;
		expect(pulse.questions[0].type).toBe('enps');
		const items = pulse.questions.filter((q) => q.type === 'likert').length;
		expect(items).toBeGreaterThanOrEqual(6);
		expect(items).toBeLessThanOrEqual(8);
		expect(pulse.questions.at(-1)!.type).toBe('text');
		const review = fromTemplate('360-review')!;
		expect(review.questions.map((q) => q.type)).toEqual(['matrix', 'text', 'text']);
		expect(fromTemplate('nope')).toBeNull();
	});
});
