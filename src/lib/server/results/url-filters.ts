// `filter[field]=value` in a URL, as the results API and the people API both take it.

export type UrlFilter = { param: string; field: string; value: string };

/** Each `filter[…]=…` parameter, in the URL's order (a field may come more than once). */
export function urlFilters(params: URLSearchParams): UrlFilter[] {
	const out: UrlFilter[] = [];
	for (const [param, value] of params) {
		const field = /^filter\[(.+)\]$/.exec(param)?.[1];
		if (field) out.push({ param, field, value });
	}
	return out;
}
