import { expect, it } from 'vitest';
import { urlFilters } from './url-filters';

it('reads each filter[field]=value in order, and nothing else', () => {
	const params = new URLSearchParams(
		'by=store&filter[region]=north&filter=plan=pro&filter[]=x&filter[region]=south&filter[a b]='
	);
	expect(urlFilters(params)).toEqual([
		{ param: 'filter[region]', field: 'region', value: 'north' },
		{ param: 'filter[region]', field: 'region', value: 'south' },
		{ param: 'filter[a b]', field: 'a b', value: '' }
	]);
});
