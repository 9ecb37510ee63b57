// Every kind of job and what runs it, and the jobs each domain event is handed to: the one list.
// Loaded by the worker's first pass (jobs.runDueJobs); a kind's payload is declared in
// job-payloads.ts, and a kind without a handler here does not compile.
import { distributions, pulses, triggers } from '../outreach';
import { jobPayloads, type JobKind, type JobPayload } from './job-payloads';
import { register, subscribe, type Handler } from './jobs';
import { imports as peopleImport } from '../people';
import * as results from '../results';

const handlers: { [K in JobKind]: Handler<JobPayload<K>> } = {
	'distribution.send': distributions.sendDistribution,
	'pulse.round': pulses.roundJob,
	'trigger.send': triggers.sendTriggered,
	'people.import': peopleImport.runImportJob,
	'results.fold': results.foldJob
};
for (const kind of Object.keys(handlers) as JobKind[])
	register(kind, jobPayloads[kind], handlers[kind] as Handler<unknown>);

// A new consumer of an event is a job kind taking an EventPayload, and its name here.
// `onePerSurvey`: the events of one survey handed over together make one job, for the first.
subscribe({ 'response.completed': [{ kind: 'results.fold', onePerSurvey: true }] });
