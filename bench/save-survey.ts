// `npx tsx bench/save-survey.ts [--runs 50] [--warmup 5] [--memory]`: how long the designer's
// autosave takes for a large survey. Saves a 100-question, two-language definition N times in a
// row through surveys.update with the revision check, as the designer does, and times
// surveyDefinitionSchema.parse alone. PGlite in a fresh temp folder (or in memory with --memory);
// PostgreSQL when DATABASE_URL is set. See bench/README.md.
import { cpus } from 'node:os';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
// Relative imports, as in scripts/cli.ts: tsx does not know SvelteKit's $lib alias.
import { benchDatabase } from './database';
import { databaseKind, migrateDatabase } from '../src/lib/server/db';
import * as surveys from '../src/lib/server/surveys';
import { makeAccount } from '../src/lib/server/testing';
import {
	surveyDefinitionSchema,
	type QuestionType,
	type SurveyDefinitionInput
} from '../src/lib/survey/definition';

const { values: options } = parseArgs({
	options: {
		runs: { type: 'string', default: '50' },
		warmup: { type: 'string', default: '5' },
		memory: { type: 'boolean', default: false }
	}
});
const runs = Number(options.runs);
const warmup = Number(options.warmup);

const database = benchDatabase(options.memory);
const { dataDir } = database;

type Text = { en: string; fr: string };
type Theme = { id: string; en: string; fr: string };

const themes: Theme[] = [
	{ id: 'onboarding', en: 'your onboarding', fr: 'votre intégration' },
	{ id: 'tools', en: 'our tools and equipment', fr: 'nos outils et équipements' },
	{ id: 'manager', en: 'your manager', fr: 'votre responsable' },
	{ id: 'team', en: 'your team', fr: 'votre équipe' },
	{ id: 'growth', en: 'your career development', fr: 'votre évolution professionnelle' },
	{ id: 'pay', en: 'your pay and benefits', fr: 'votre rémunération et vos avantages' },
	{ id: 'wellbeing', en: 'your wellbeing at work', fr: 'votre bien-être au travail' },
	{ id: 'workload', en: 'your workload', fr: 'votre charge de travail' },
	{ id: 'communication', en: 'internal communication', fr: 'la communication interne' },
	{ id: 'direction', en: "the company's direction", fr: "l'orientation de l'entreprise" }
];

const choices = (...list: [string, string, string][]) =>
	list.map(([id, en, fr]) => ({ id, label: { en, fr } }));
const agreement = {
	lowLabel: { en: 'Strongly disagree', fr: "Pas du tout d'accord" },
	highLabel: { en: 'Strongly agree', fr: "Tout à fait d'accord" }
};
const improvements = choices(
	['clearer_goals', 'Clearer goals', 'Des objectifs plus clairs'],
	['more_time', 'More time', 'Plus de temps'],
	['training', 'Training', 'De la formation'],
	['feedback', 'More feedback', 'Plus de retours'],
	['recognition', 'Recognition', 'De la reconnaissance'],
	['other', 'Something else', 'Autre chose']
);

/** One question of each type about a theme, worded as an HR team would. */
const questionOf: Record<QuestionType, (t: Theme) => Record<string, unknown> & { text: Text }> = {
	nps: (t) => ({
		text: {
			en: `How likely are you to recommend ${t.en} to a colleague?`,
			fr: `Quelle est la probabilité que vous recommandiez ${t.fr} à un collègue ?`
		},
		lowLabel: { en: 'Not at all likely', fr: 'Pas du tout probable' },
		highLabel: { en: 'Extremely likely', fr: 'Très probable' },
		reasons: {
			choices: improvements.slice(0, 4),
			byGroup: {
				detractor: ['clearer_goals', 'more_time', 'training'],
				passive: ['training', 'feedback'],
				promoter: ['feedback', 'clearer_goals']
			},
			comment: true
		}
	}),
	enps: (t) => ({
		text: {
			en: `Thinking of ${t.en}, how likely are you to recommend us as a place to work?`,
			fr: `En pensant à ${t.fr}, recommanderiez-vous notre entreprise comme employeur ?`
		}
	}),
	csat: (t) => ({
		text: {
			en: `How satisfied are you with ${t.en}?`,
			fr: `Dans quelle mesure êtes-vous satisfait(e) de ${t.fr} ?`
		}
	}),
	ces: (t) => ({
		text: {
			en: `How easy is it to get help with ${t.en}?`,
			fr: `Est-il facile d'obtenir de l'aide concernant ${t.fr} ?`
		}
	}),
	rating: (t) => ({
		text: { en: `Rate ${t.en} overall`, fr: `Notez ${t.fr} dans l'ensemble` },
		scale: 10,
		style: 'numbers'
	}),
	likert: (t) => ({
		text: {
			en: `I have what I need when it comes to ${t.en}.`,
			fr: `J'ai ce qu'il me faut en ce qui concerne ${t.fr}.`
		},
		...agreement
	}),
	matrix: (t) => ({
		text: {
			en: `How do you rate these aspects of ${t.en}?`,
			fr: `Comment évaluez-vous ces aspects de ${t.fr} ?`
		},
		rows: choices(
			['clarity', 'Clarity', 'Clarté'],
			['fairness', 'Fairness', 'Équité'],
			['speed', 'Speed', 'Rapidité'],
			['support', 'Support', 'Soutien']
		),
		...agreement
	}),
	single_choice: (t) => ({
		text: {
			en: `How often do you talk about ${t.en} with your team?`,
			fr: `À quelle fréquence parlez-vous de ${t.fr} avec votre équipe ?`
		},
		choices: choices(
			['weekly', 'Every week', 'Chaque semaine'],
			['monthly', 'Every month', 'Chaque mois'],
			['rarely', 'Rarely', 'Rarement'],
			['never', 'Never', 'Jamais']
		)
	}),
	dropdown: (t) => ({
		text: {
			en: `Who do you turn to first about ${t.en}?`,
			fr: `À qui vous adressez-vous d'abord au sujet de ${t.fr} ?`
		},
		choices: choices(
			['hr', 'HR', 'Les RH'],
			['manager', 'My manager', 'Mon responsable'],
			['colleague', 'A colleague', 'Un collègue'],
			['nobody', 'Nobody', 'Personne']
		),
		allowOther: true
	}),
	multiple_choice: (t) => ({
		text: {
			en: `What would improve ${t.en}? Pick up to three.`,
			fr: `Qu'est-ce qui améliorerait ${t.fr} ? Trois choix au plus.`
		},
		choices: improvements,
		max: 3
	}),
	ranking: (t) => ({
		text: {
			en: `Put these in order of priority for ${t.en}.`,
			fr: `Classez ces points par priorité pour ${t.fr}.`
		},
		choices: improvements.slice(0, 4)
	}),
	slider: (t) => ({
		text: {
			en: `What share of your week goes to ${t.en}? (%)`,
			fr: `Quelle part de votre semaine consacrez-vous à ${t.fr} ? (%)`
		},
		min: 0,
		max: 100,
		step: 5
	}),
	text: (t) => ({
		text: {
			en: `What is one thing we should change about ${t.en}?`,
			fr: `Quelle est la première chose à changer concernant ${t.fr} ?`
		},
		long: true
	}),
	number: (t) => ({
		text: {
			en: `How many hours did you spend on ${t.en} last week?`,
			fr: `Combien d'heures avez-vous passées sur ${t.fr} la semaine dernière ?`
		},
		min: 0,
		max: 80,
		integer: true
	}),
	date: (t) => ({
		text: {
			en: `When did you last talk to someone about ${t.en}?`,
			fr: `Quand avez-vous parlé de ${t.fr} pour la dernière fois ?`
		},
		min: '2020-01-01'
	}),
	yes_no: (t) => ({
		text: {
			en: `Has ${t.en} improved in the last six months?`,
			fr: `Y a-t-il eu des progrès concernant ${t.fr} ces six derniers mois ?`
		}
	}),
	consent: (t) => ({
		text: { en: 'Quoting your comments', fr: 'Citation de vos commentaires' },
		label: {
			en: `I agree that my comments on ${t.en} may be quoted without my name.`,
			fr: `J'accepte que mes commentaires sur ${t.fr} soient cités sans mon nom.`
		}
	}),
	statement: (t) => ({
		text: {
			en: `The next questions are about ${t.en}.`,
			fr: `Les questions suivantes portent sur ${t.fr}.`
		},
		pageBreak: true
	})
};

const asked = (Object.keys(questionOf) as QuestionType[]).filter((t) => t !== 'statement');
const scored: Partial<Record<QuestionType, number>> = { csat: 2, likert: 2, rating: 4, enps: 6 };
const followUps: QuestionType[] = ['text', 'multiple_choice', 'ranking'];

/** Ten themes of ten questions: a statement, then the other types in turn; every type appears. */
function buildDefinition(): SurveyDefinitionInput {
	const questions: Record<string, unknown>[] = [];
	let slot = 0;
	for (const theme of themes) {
		questions.push({ id: `${theme.id}_intro`, type: 'statement', ...questionOf.statement(theme) });
		let lowScore: { id: string; value: number } | undefined;
		for (let i = 0; i < 9; i++, slot++) {
			const type = asked[slot % asked.length];
			const question: Record<string, unknown> = {
				id: `${theme.id}_${type}`,
				type,
				required: i % 3 === 0,
				...questionOf[type](theme)
			};
			// A few follow-ups, asked only of those who scored the theme low; one also by department.
			if (followUps.includes(type) && lowScore) {
				const low = { field: lowScore.id, op: 'lte' as const, value: lowScore.value };
				const sales = { field: 'hidden.department', op: 'equals' as const, value: 'sales' };
				question.showIf = questions.some((q) => q.showIf) ? low : { any: [low, sales] };
			}
			if (scored[type] !== undefined)
				lowScore = { id: question.id as string, value: scored[type]! };
			questions.push(question);
		}
	}
	return {
		title: 'Employee engagement survey 2025',
		audience: 'employee',
		mode: 'confidential',
		defaultLanguage: 'en',
		languages: ['en', 'fr'],
		hiddenFields: ['department', 'site'],
		display: 'pages',
		intro: {
			en: 'Fifteen minutes, in confidence: your manager never sees your answers.',
			fr: 'Quinze minutes, en toute confidentialité : votre responsable ne voit jamais vos réponses.'
		},
		thankYou: { en: 'Thank you for your time.', fr: 'Merci de votre temps.' },
		anonymityThreshold: 5,
		branding: { color: '#2a6df4' },
		questions: questions as SurveyDefinitionInput['questions']
	};
}

function stats(samples: number[]) {
	const sorted = [...samples].sort((a, b) => a - b);
	// Nearest rank: the smallest sample with at least p of all samples at or below it.
	const rank = (p: number) => sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)];
	const mean = sorted.reduce((sum, x) => sum + x, 0) / sorted.length;
	return { median: rank(0.5), p95: rank(0.95), mean, min: sorted[0], max: sorted.at(-1)! };
}

function report(label: string, samples: number[]) {
	const s = stats(samples);
	const ms = (x: number) => x.toFixed(2).padStart(8);
	console.log(
		`${label.padEnd(34)} median ${ms(s.median)} ms  p95 ${ms(s.p95)} ms  ` +
			`mean ${ms(s.mean)}  min ${ms(s.min)}  max ${ms(s.max)}  (n=${samples.length})`
	);
}

async function main() {
	const definition = buildDefinition();
	const parsed = surveyDefinitionSchema.parse(definition);
	const types = new Set(parsed.questions.map((q) => q.type));
	const conditional = parsed.questions.filter((q) => q.showIf).length;

	await migrateDatabase();
	const account = await makeAccount('bench');
	const survey = await surveys.create(account.orgId, definition, account.userId);

	console.log(
		`database ${databaseKind()}${dataDir ? ` (${dataDir})` : ''}, node ${process.version}, ` +
			`${cpus().length} × ${cpus()[0]?.model.trim() ?? 'unknown CPU'}`
	);
	console.log(
		`definition: ${parsed.questions.length} questions, ${types.size} types, ` +
			`${conditional} with showIf, ${parsed.languages.length} languages, ` +
			`${(JSON.stringify(definition).length / 1024).toFixed(1)} KB of JSON`
	);

	// The designer sends the whole definition with each autosave, one small edit at a time.
	let revision = survey.revision;
	const save = async (n: number) => {
		const question = definition.questions[n % definition.questions.length];
		(question.text as Text).en = (question.text as Text).en.replace(/( #\d+)?$/, ` #${n}`);
		const started = performance.now();
		const saved = await surveys.update(account.orgId, survey.id, definition, revision);
		const elapsed = performance.now() - started;
		revision = saved.revision;
		return elapsed;
	};
	for (let n = 0; n < warmup; n++) await save(n);
	const saves: number[] = [];
	for (let n = 0; n < runs; n++) saves.push(await save(warmup + n));

	const parses: number[] = [];
	for (let n = 0; n < warmup + runs; n++) {
		const started = performance.now();
		surveyDefinitionSchema.parse(definition);
		if (n >= warmup) parses.push(performance.now() - started);
	}

	report('surveys.update (whole definition)', saves);
	report('surveyDefinitionSchema.parse', parses);

	await surveys.remove(account.orgId, survey.id);
}

let code = 0;
try {
	await main();
} catch (error) {
	console.error(error);
	code = 1;
} finally {
	await database.close();
}
process.exit(code);
