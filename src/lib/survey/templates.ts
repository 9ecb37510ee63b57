import {
	surveyDefinitionSchema,
	type SurveyDefinition,
	type SurveyDefinitionInput
} from './definition';

// Starting points in the designer. Each is a valid definition (a test parses every one), worded as
// a CX or HR practitioner would, in English; teams add their languages.

const agreement = { lowLabel: 'Strongly disagree', highLabel: 'Strongly agree' };

const likert = (id: string, text: string) => ({
	id,
	type: 'likert' as const,
	text,
	required: true,
	...agreement
});

export type Template = {
	id: string;
	name: string;
	description: string;
	definition: SurveyDefinitionInput;
};

export const templates: Template[] = [
	{
		id: 'nps-plus-relationship',
		name: 'NPS+ relationship',
		description: 'Net Promoter Score with a one-tap main reason and a comment: the score and why.',
		definition: {
			title: 'How are we doing?',
			audience: 'customer',
			mode: 'identified',
			hiddenFields: ['segment', 'region'],
			questions: [
				{
					id: 'nps',
					type: 'nps',
					text: 'How likely are you to recommend us to a friend or colleague?',
					required: true,
					lowLabel: 'Not at all likely',
					highLabel: 'Extremely likely',
					reasons: {
						choices: [
							{ id: 'product', label: 'The product' },
							{ id: 'price', label: 'Price and value' },
							{ id: 'support', label: 'Customer support' },
							{ id: 'reliability', label: 'Reliability' },
							{ id: 'ease', label: 'Ease of use' },
							{ id: 'other', label: 'Something else' }
						],
						byGroup: {
							detractor: ['product', 'price', 'support', 'reliability', 'ease', 'other'],
							passive: ['product', 'price', 'support', 'reliability', 'ease', 'other'],
							promoter: ['product', 'price', 'support', 'reliability', 'ease', 'other']
						},
						comment: true
					}
				},
				{
					id: 'improve',
					type: 'text',
					long: true,
					text: 'What is the one thing we should improve first?',
					showIf: { field: 'nps', op: 'lte', value: 8 }
				},
				{
					id: 'contact',
					type: 'yes_no',
					text: 'May we contact you about your answers?'
				},
				// A public link knows nobody: a "yes" is only useful with a way to reach them.
				{
					id: 'contact-detail',
					type: 'text',
					text: 'How can we reach you? Your e-mail address or phone number.',
					required: true,
					maxLength: 200,
					showIf: { field: 'contact', op: 'equals', value: true }
				}
			]
		}
	},
	{
		id: 'touchpoint-csat',
		name: 'Touchpoint CSAT',
		description: 'Satisfaction right after a purchase, a delivery or a store visit.',
		definition: {
			title: 'How was your visit?',
			audience: 'customer',
			mode: 'identified',
			hiddenFields: ['store', 'channel'],
			questions: [
				{
					id: 'csat',
					type: 'csat',
					text: 'How satisfied are you with your visit today?',
					required: true,
					lowLabel: 'Very dissatisfied',
					highLabel: 'Very satisfied'
				},
				{
					id: 'what',
					type: 'multiple_choice',
					text: 'What could have been better?',
					choices: [
						{ id: 'wait', label: 'Waiting time' },
						{ id: 'staff', label: 'Staff' },
						{ id: 'availability', label: 'Product availability' },
						{ id: 'cleanliness', label: 'Cleanliness' },
						{ id: 'price', label: 'Price' }
					],
					showIf: { field: 'csat', op: 'lte', value: 3 }
				},
				{
					id: 'comment',
					type: 'text',
					long: true,
					text: 'Anything else you would like to tell us?'
				}
			]
		}
	},
	{
		id: 'support-ces',
		name: 'Support CES',
		description: 'Customer Effort Score after a support conversation.',
		definition: {
			title: 'Your support request',
			audience: 'customer',
			mode: 'identified',
			hiddenFields: ['ticket', 'agent'],
			questions: [
				{
					id: 'ces',
					type: 'ces',
					text: 'It was easy to get my issue resolved.',
					required: true,
					lowLabel: 'Strongly disagree',
					highLabel: 'Strongly agree'
				},
				{ id: 'resolved', type: 'yes_no', text: 'Is your issue resolved?', required: true },
				{
					id: 'hardest',
					type: 'text',
					text: 'What made it hard?',
					showIf: { field: 'ces', op: 'lte', value: 4 }
				}
			]
		}
	},
	{
		id: 'enps-pulse',
		name: 'eNPS pulse',
		description: 'A short recurring pulse: eNPS, seven engagement items and a comment.',
		definition: {
			title: 'Pulse check',
			audience: 'employee',
			mode: 'anonymous',
			questions: [
				{
					id: 'enps',
					type: 'enps',
					text: 'How likely are you to recommend this organisation as a place to work?',
					required: true,
					lowLabel: 'Not at all likely',
					highLabel: 'Extremely likely'
				},
				likert('proud', 'I am proud to work here.'),
				likert('motivated', 'I feel motivated to go beyond what is expected of me.'),
				likert('growth', 'I have good opportunities to learn and grow.'),
				likert('recognition', 'I receive recognition when I do good work.'),
				likert('manager', 'My manager genuinely cares about my wellbeing.'),
				likert('tools', 'I have the tools and resources to do my job well.'),
				likert('stay', 'I see myself still working here in two years.'),
				{
					id: 'comment',
					type: 'text',
					long: true,
					text: 'What one change would make the biggest difference for you?'
				}
			]
		}
	},
	{
		id: 'engagement',
		name: 'Engagement survey',
		description: 'The annual deep dive: engagement outcomes and their drivers, by theme.',
		definition: {
			title: 'Engagement survey',
			audience: 'employee',
			mode: 'confidential',
			questions: [
				{ id: 'intro', type: 'statement', text: 'Engagement: how you feel about working here.' },
				likert('recommend', 'I would recommend this organisation as a great place to work.'),
				likert('proud', 'I am proud to work here.'),
				likert('intend', 'I rarely think about looking for a job at another organisation.'),
				{ id: 'p-leadership', type: 'statement', text: 'Leadership', pageBreak: true },
				likert('direction', 'Leaders have communicated a vision that motivates me.'),
				likert('trust', 'I have confidence in the decisions of our leaders.'),
				{ id: 'p-growth', type: 'statement', text: 'Growth and recognition', pageBreak: true },
				likert('learn', 'I have opportunities to learn and develop.'),
				likert('career', 'I understand how my career can progress here.'),
				likert('recognised', 'I am appropriately recognised for my contributions.'),
				{ id: 'p-wellbeing', type: 'statement', text: 'Wellbeing', pageBreak: true },
				likert('workload', 'My workload is manageable.'),
				likert('balance', 'I can balance my work and my personal life.'),
				{
					id: 'comment',
					type: 'text',
					long: true,
					text: 'What should we start, stop or continue doing?'
				}
			]
		}
	},
	{
		id: '360-review',
		name: '360 review',
		description:
			'Competencies rated by self, manager, peers and reports, with strengths and improvements.',
		definition: {
			title: '360 feedback',
			audience: 'employee',
			mode: 'confidential',
			questions: [
				{
					id: 'competencies',
					type: 'matrix',
					text: 'How often does this person show each of these behaviours?',
					required: true,
					scale: 5,
					lowLabel: 'Never',
					highLabel: 'Always',
					rows: [
						{ id: 'communication', label: 'Communicates clearly and listens' },
						{ id: 'collaboration', label: 'Works well with others' },
						{ id: 'ownership', label: 'Takes ownership of results' },
						{ id: 'development', label: 'Helps others grow' },
						{ id: 'judgement', label: 'Makes sound decisions' }
					]
				},
				{
					id: 'strengths',
					type: 'text',
					long: true,
					text: 'What are this person’s greatest strengths?',
					required: true
				},
				{
					id: 'improvements',
					type: 'text',
					long: true,
					text: 'What could this person do more of, or differently?',
					required: true
				}
			]
		}
	},
	{
		id: 'onboarding',
		name: 'Onboarding',
		description: 'How a new joiner’s first weeks went, to fix onboarding for the next one.',
		definition: {
			title: 'Your first weeks',
			audience: 'employee',
			mode: 'confidential',
			questions: [
				{
					id: 'ready',
					type: 'likert',
					text: 'I had what I needed to do my job from day one.',
					required: true,
					...agreement
				},
				{
					id: 'role',
					type: 'likert',
					text: 'My role is what I expected when I accepted the offer.',
					required: true,
					...agreement
				},
				{
					id: 'welcome',
					type: 'likert',
					text: 'My team made me feel welcome.',
					required: true,
					...agreement
				},
				{
					id: 'overall',
					type: 'rating',
					text: 'How would you rate your onboarding overall?',
					scale: 5,
					required: true
				},
				{ id: 'missing', type: 'text', long: true, text: 'What was missing?' }
			]
		}
	},
	{
		id: 'exit',
		name: 'Exit survey',
		description: 'Why people leave, to keep the next ones.',
		definition: {
			title: 'Before you go',
			audience: 'employee',
			mode: 'confidential',
			questions: [
				{
					id: 'reason',
					type: 'single_choice',
					text: 'What is the main reason you are leaving?',
					required: true,
					allowOther: true,
					choices: [
						{ id: 'pay', label: 'Pay and benefits' },
						{ id: 'growth', label: 'Career growth' },
						{ id: 'manager', label: 'My manager' },
						{ id: 'workload', label: 'Workload or stress' },
						{ id: 'relocation', label: 'Relocation or personal reasons' }
					]
				},
				{
					id: 'enps',
					type: 'enps',
					text: 'How likely are you to recommend this organisation as a place to work?',
					required: true
				},
				{ id: 'return', type: 'yes_no', text: 'Would you consider working here again?' },
				{ id: 'stay', type: 'text', long: true, text: 'What could we have done to keep you?' }
			]
		}
	}
];

/** A template's definition, parsed (defaults filled), for a new survey. */
export function fromTemplate(id: string): SurveyDefinition | null {
	const template = templates.find((t) => t.id === id);
	return template ? surveyDefinitionSchema.parse(template.definition) : null;
}
