import { error, fail } from '@sveltejs/kit';
import { z } from 'zod';
import { DomainError } from '$lib/server/platform';
import { readForm, requireOrg } from '$lib/server/http';
import { pulses } from '$lib/server/outreach';
import * as surveys from '$lib/server/surveys';
import type { Actions, PageServerLoad } from './$types';

async function found<T>(work: Promise<T>): Promise<T> {
	try {
		return await work;
	} catch (e) {
		if (e instanceof DomainError && e.code === 'not_found') error(404, 'Not found');
		throw e;
	}
}

/** The program's id from the path; anything but a UUID names no program. */
function programId(event: { params: { id: string } }) {
	const id = z.uuid().safeParse(event.params.id);
	if (!id.success) error(404, 'Not found');
	return id.data;
}

export const load: PageServerLoad = async (event) => {
	const { org } = requireOrg(event, 'viewer');
	const program = await found(pulses.getProgram(org.id, programId(event)));
	const survey = await surveys.get(org.id, program.surveyId);
	return {
		program: {
			id: program.id,
			name: program.name,
			cadence: program.cadence,
			perRound: program.perRound,
			core: program.core,
			audience: program.audience,
			reminders: program.reminders,
			round: program.round,
			nextRunAt: program.nextRunAt,
			active: program.active,
			bankSize: program.bank.length
		},
		survey: { id: survey.id, title: survey.title },
		rounds: await pulses.rounds(org.id, program.id),
		problems: await pulses.roundProblems(org.id, program.id)
	};
};

export const actions: Actions = {
	pause: async (event) => {
		const { org } = requireOrg(event, 'editor');
		await found(pulses.setActive(org.id, programId(event), false));
		return { done: 'paused' };
	},
	resume: async (event) => {
		const { org } = requireOrg(event, 'editor');
		await found(pulses.setActive(org.id, programId(event), true));
		return { done: 'resumed' };
	},
	now: async (event) => {
		const { org } = requireOrg(event, 'editor');
		await readForm(event.request);
		try {
			await found(pulses.runNow(org.id, programId(event)));
		} catch (e) {
			if (e instanceof DomainError) return fail(409, { message: e.message });
			throw e;
		}
		return { done: 'queued' };
	}
};
