import { z } from 'zod';
import { roles } from './roles';

export const emailSchema = z.email('Enter an e-mail address like name@example.com').max(254);
export const passwordSchema = z
	.string()
	.min(8, 'Use at least 8 characters')
	.max(128, 'Use at most 128 characters');
const nameSchema = z.string().trim().min(1, 'Enter a name').max(100, 'Use at most 100 characters');

export const signInSchema = z.object({
	email: emailSchema,
	password: z.string().min(1, 'Enter your password').max(128, 'Use at most 128 characters')
});

export const signUpSchema = z.object({
	name: nameSchema,
	email: emailSchema,
	password: passwordSchema,
	orgName: nameSchema
});

export const resetRequestSchema = signInSchema.pick({ email: true });
export const resetSchema = z.object({ password: passwordSchema });

export const changePasswordSchema = z.object({
	current: signInSchema.shape.password,
	next: passwordSchema
});

export const profileSchema = z.object({ name: nameSchema });
export const orgSchema = z.object({ name: nameSchema });

export const inviteSchema = z.object({
	email: emailSchema,
	role: z.enum(roles).default('viewer')
});

export const apiKeySchema = z.object({
	name: z
		.string()
		.trim()
		.min(1, 'Name the key, e.g. "CRM sync"')
		.max(60, 'Use at most 60 characters')
});

export const surveyListFilterSchema = z.object({
	search: z.string().trim().max(200, 'Use at most 200 characters').optional(),
	status: z.enum(['draft', 'published', 'closed']).optional(),
	audience: z.enum(['customer', 'employee']).optional()
});

// The pulse program form as typed: the domain (pulses.createProgram) checks every rule.
export const pulseProgramFormSchema = z.object({
	surveyId: z.string().default(''),
	name: z.string().default(''),
	cadence: z.string().default('monthly'),
	perRound: z.string().default('2'),
	core: z.array(z.string()).default([]),
	audienceKey: z.string().default(''),
	audienceValue: z.string().default(''),
	reminders: z.string().default('3')
});

// The event trigger forms as typed: the domain (triggers) checks every rule.
export const contactFrequencyFormSchema = z.object({ days: z.string().default('') });
export const triggerRuleFormSchema = z.object({
	eventType: z.string().default(''),
	surveyId: z.string().default(''),
	delayValue: z.string().default('2'),
	delayUnit: z.enum(['1', '60', '1440']).default('60'),
	hiddenFields: z.string().default('')
});

// The new-survey forms: a template's id (the domain knows which exist) and a JSON file.
export const newSurveyFormSchema = z.object({ template: z.string().default('') });
export const surveyImportFormSchema = z.object({
	file: z
		.instanceof(File, { message: 'Choose a JSON file exported from Hearken.' })
		.refine((f) => f.size > 0, 'Choose a JSON file exported from Hearken.')
		.refine((f) => f.size <= 1_000_000, 'The file is over 1 MB; a survey definition is smaller.')
});

// A touchpoint as typed; its hidden fields (`param.<field>`) vary by survey and are read apart.
export const touchpointFormSchema = z.object({ name: z.string().default('') });

// Erasing a person: the box must be ticked (the confirm step works without JavaScript). Not a
// literal: superforms fills a missing field with its schema's default, which for 'yes' is 'yes'.
export const erasePersonFormSchema = z.object({
	personId: z.uuid(),
	confirm: z.string().refine((v) => v === 'yes', 'Tick the box to confirm.')
});

// A people file; its size and content are checked by the domain (the upload limit is configured).
export const peopleImportFormSchema = z.object({
	file: z
		.instanceof(File, { message: 'Choose a CSV or XLSX file to upload.' })
		.refine((f) => f.size > 0, 'Choose a CSV or XLSX file to upload.')
});
