// The platform every domain stands on: configuration, the log, errors, mail, the job queue and
// the event outbox, rate limits, tokens and file answers.
// job-kinds.ts is left out on purpose: it wires every domain's jobs and is loaded lazily by jobs.ts.
export * from './config';
export * from './email';
export * from './errors';
export * from './events';
export * from './files';
export * from './job-payloads';
export * from './jobs';
export * from './log';
export * from './rate-limit';
export * from './tokens';
