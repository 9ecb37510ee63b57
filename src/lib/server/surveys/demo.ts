import { and, eq } from 'drizzle-orm';
import { db, schema } from '../db';
import * as results from '../results';
import * as surveys from './surveys';
import { generateToken } from '../platform';

// The demo organisation's data (`npm run cli -- seed:demo`): two customer surveys and an employee
// pulse over the past year, from twelve stores in four regions, so a newcomer sees every chart.
// Stores whose staff are happier treat customers better, so the CX + EX view has something to show.
// Deterministic (a seeded generator), and run once per organisation.

const stores = Array.from({ length: 12 }, (_, i) => `store-${String(i + 1).padStart(2, '0')}`);
const regionOf = (store: string) => ['north', 'south', 'east', 'west'][Number(store.slice(-2)) % 4];
// Each store's mood, 0 (poor) to 1 (great): shared by its staff and, through them, its customers.
const mood = (store: string) => ((Number(store.slice(-2)) * 7) % 12) / 11;
// What customers meet besides the staff (parking, stock, the building): not the same as the mood.
const other = (store: string) => ((Number(store.slice(-2)) * 5) % 12) / 11;
const service = (store: string) => 0.6 * mood(store) + 0.4 * other(store);

/** mulberry32: a small seeded generator, so every demo is the same. */
function generator(seed: number) {
	let a = seed;
	return () => {
		a = (a + 0x6d2b79f5) | 0;
		let t = Math.imul(a ^ (a >>> 15), 1 | a);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const clamp = (x: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, Math.round(x)));

const praise = [
	'The staff were friendly and quick.',
	'Found everything I needed, thank you!',
	'Great advice at the counter.',
	'Quick checkout, clean store.'
];
const complaints = [
	'Waited far too long at the till.',
	'Nobody could help me find the size I needed.',
	'Prices went up again.',
	'The store was messy and half the shelves were empty.'
];
const workComments = [
	'More people on the floor at weekends would help.',
	'My manager really listens.',
	'The new rota tool is confusing.',
	'Proud of what our team did this quarter.',
	'Training for new starters is too short.'
];

const storeVisit = {
	title: 'Store visit',
	audience: 'customer',
	mode: 'identified',
	hiddenFields: ['store', 'region', 'channel'],
	questions: [
		{
			id: 'nps',
			type: 'nps',
			text: 'How likely are you to recommend us to a friend?',
			required: true,
			reasons: {
				choices: [
					{ id: 'staff', label: 'Staff' },
					{ id: 'price', label: 'Price' },
					{ id: 'range', label: 'Product range' },
					{ id: 'wait', label: 'Waiting time' }
				],
				comment: true
			}
		},
		{ id: 'csat', type: 'csat', text: 'How satisfied were you with your visit?', required: true },
		{ id: 'ces', type: 'ces', text: 'It was easy to find what I needed.' },
		{ id: 'again', type: 'yes_no', text: 'Will you shop with us again?' },
		{ id: 'fix', type: 'text', text: 'What one thing should we improve?' }
	]
};

const supportCall = {
	title: 'Support call',
	audience: 'customer',
	mode: 'identified',
	hiddenFields: ['channel'],
	questions: [
		{ id: 'ces', type: 'ces', text: 'The team made it easy to solve my problem.', required: true },
		{
			id: 'csat',
			type: 'csat',
			text: 'How satisfied are you with the help you got?',
			required: true
		}
	]
};

const pulse = {
	title: 'Store team pulse',
	audience: 'employee',
	mode: 'confidential',
	anonymityThreshold: 5,
	hiddenFields: ['store', 'region'],
	questions: [
		{
			id: 'enps',
			type: 'enps',
			text: 'How likely are you to recommend working here?',
			required: true
		},
		{ id: 'proud', type: 'likert', text: 'I am proud to work for this company.', required: true },
		{ id: 'heard', type: 'likert', text: 'My manager listens to my ideas.', required: true },
		{ id: 'tools', type: 'likert', text: 'I have the tools I need to do my job well.' },
		{
			id: 'role',
			type: 'single_choice',
			text: 'Your role',
			choices: [
				{ id: 'floor', label: 'Shop floor' },
				{ id: 'till', label: 'Tills' },
				{ id: 'lead', label: 'Team lead' }
			]
		},
		{ id: 'better', type: 'text', text: 'What would make work better?' }
	]
};

type Row = { answers: Record<string, unknown>; hidden: Record<string, string>; at: Date };

function storeVisits(random: () => number, now: number): Row[] {
	return Array.from({ length: 4200 }, () => {
		const store = stores[Math.floor(random() * stores.length)];
		const m = service(store);
		const nps = clamp(5 + 5 * m + (random() - 0.45) * 7, 0, 10);
		const group = nps >= 9 ? 'promoter' : nps >= 7 ? 'passive' : 'detractor';
		const reason =
			group === 'promoter'
				? random() < 0.7
					? 'staff'
					: 'range'
				: ['price', 'wait', 'staff', 'range'][Math.floor(random() * 4)];
		const comment =
			random() < 0.25
				? (group === 'detractor' ? complaints : praise)[Math.floor(random() * 4)]
				: undefined;
		return {
			answers: {
				nps: { score: nps, reason, ...(comment ? { comment } : {}) },
				csat: clamp(2.5 + 2.5 * m + (random() - 0.5) * 2.5, 1, 5),
				...(random() < 0.85 ? { ces: clamp(3.5 + 3 * m + (random() - 0.5) * 3, 1, 7) } : {}),
				...(random() < 0.9 ? { again: random() < 0.55 + 0.4 * m } : {}),
				...(random() < 0.2
					? { fix: (nps < 7 ? complaints : praise)[Math.floor(random() * 4)] }
					: {})
			},
			hidden: {
				store,
				region: regionOf(store),
				channel: ['qr', 'email', 'receipt'][Math.floor(random() * 3)]
			},
			at: new Date(now - random() * 365 * 86_400_000)
		};
	});
}

function supportCalls(random: () => number, now: number): Row[] {
	return Array.from({ length: 1500 }, (_, i) => {
		// Support got better over the year: a new tool in the spring.
		const age = random() * 365;
		const lift = age < 240 ? 1 : 0;
		return {
			answers: {
				ces: clamp(4 + lift + (random() - 0.5) * 4, 1, 7),
				csat: clamp(3 + lift * 0.8 + (random() - 0.5) * 3, 1, 5)
			},
			hidden: { channel: i % 3 ? 'phone' : 'chat' },
			at: new Date(now - age * 86_400_000)
		};
	});
}

function pulses(random: () => number, now: number): Row[] {
	const rows: Row[] = [];
	// Four quarterly rounds; each store has 6 to 14 staff, most of whom answer.
	for (let round = 0; round < 4; round++)
		for (const store of stores) {
			const staff = 6 + (Number(store.slice(-2)) % 9);
			const m = mood(store);
			for (let p = 0; p < staff; p++) {
				if (random() < 0.2) continue;
				const agree = () => clamp(2 + 3 * m + (random() - 0.5) * 2.5, 1, 5);
				rows.push({
					answers: {
						enps: clamp(4 + 6 * m + (random() - 0.5) * 5, 0, 10),
						proud: agree(),
						heard: agree(),
						...(random() < 0.9 ? { tools: agree() } : {}),
						role: p === 0 ? 'lead' : random() < 0.6 ? 'floor' : 'till',
						...(random() < 0.3
							? { better: workComments[Math.floor(random() * workComments.length)] }
							: {})
					},
					hidden: { store, region: regionOf(store) },
					at: new Date(now - (round * 91 + 5 + random() * 10) * 86_400_000)
				});
			}
		}
	return rows;
}

async function publishWith(orgId: string, userId: string | null, definition: object, rows: Row[]) {
	const created = await surveys.create(orgId, definition, userId);
	await surveys.publish(orgId, created.id);
	for (let i = 0; i < rows.length; i += 500)
		await db.insert(schema.response).values(
			rows.slice(i, i + 500).map((r) => ({
				orgId,
				surveyId: created.id,
				version: 1,
				submissionId: generateToken(),
				language: 'en',
				answers: r.answers,
				hidden: r.hidden,
				completedAt: r.at,
				createdAt: r.at,
				updatedAt: r.at
			}))
		);
	await results.foldAll(await results.load(orgId, created.id));
	return { id: created.id, title: created.title, responses: rows.length };
}

/** Fills an organisation with the demo surveys, once; returns what it made (nothing the 2nd time). */
export async function seedDemo(orgId: string, userId: string | null, now = Date.now()) {
	const [already] = await db
		.select({ id: schema.survey.id })
		.from(schema.survey)
		.where(and(eq(schema.survey.orgId, orgId), eq(schema.survey.title, pulse.title)));
	if (already) return [];
	const random = generator(20261124);
	return [
		await publishWith(orgId, userId, storeVisit, storeVisits(random, now)),
		await publishWith(orgId, userId, supportCall, supportCalls(random, now)),
		await publishWith(orgId, userId, pulse, pulses(random, now))
	];
}
