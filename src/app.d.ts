import type { SessionValidationResult } from '$lib/server/auth';

declare global {
	namespace App {
		interface Locals {
			user: SessionValidationResult['user'];
			session: SessionValidationResult['session'];
			org: SessionValidationResult['org'];
			/** Set by a respondent page: the origins its organisation lets frame it. */
			frameAncestors?: string[];
			/** Set by a respondent page: the language of `<html lang>` (and its direction). */
			pageLang?: string;
			/** Set by a respondent's post the database did not answer: the page to show again. */
			respondentUnsaved?: import('$lib/server/responses').UnsavedPage;
		}
		namespace Superforms {
			type Message = { type: 'error' | 'success' | 'info'; text: string };
		}
		interface Error {
			message: string;
			id?: string;
		}
	}
}

export {};
