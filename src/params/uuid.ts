import type { ParamMatcher } from '@sveltejs/kit';
import { isUuid } from '$lib/ids';

// `[id=uuid]` in a route: a malformed id is the 404 page before any loader or guard runs.
export const match = ((param: string) => isUuid(param)) satisfies ParamMatcher;
