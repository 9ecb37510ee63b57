// Every module that defines jobs, imported once where the worker starts (hooks.server.ts, the CLI),
// so that each kind of job has its handler in every process that claims jobs.
import { subscribe } from './jobs';
import './distributions';
import './pulses';
import './triggers';
import './people-import';

// The jobs each domain event is handed to (see jobs.dispatchEvents): none consume one yet.
subscribe({ 'response.completed': [] });
