import { describe, expect, it } from 'vitest';
import { questionSchema, surveyDefinitionSchema, type Question } from './definition';
import { newQuestion, newQuestionId, questionTypes } from './catalogue';

describe('the palette', () => {
	it('offers every question type of the schema', () => {
		const schemaTypes = questionSchema.options.map((o) => o.shape.type.value).sort();
		expect(questionTypes.map((t) => t.type).sort()).toEqual(schemaTypes);
	});

	it('adds questions that are valid as they stand, with unique ids', () => {
		const questions: Question[] = [];
		for (const { type } of [...questionTypes, ...questionTypes])
			questions.push(
				newQuestion(
					type,
					questions.map((q) => q.id)
				)
			);
		const result = surveyDefinitionSchema.safeParse({
			title: 'Every type',
			audience: 'customer',
			mode: 'anonymous',
			questions
		});
		expect(result.error?.issues ?? []).toEqual([]);
		expect(new Set(questions.map((q) => q.id)).size).toBe(questions.length);
	});

	it('numbers ids after the first', () => {
		expect(newQuestionId('nps', [])).toBe('nps');
		expect(newQuestionId('nps', ['nps', 'nps_2'])).toBe('nps_3');
	});
});
