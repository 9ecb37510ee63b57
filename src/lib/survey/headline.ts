import type { Metric } from './metrics';

// How each metric is read at a glance: the headline figure, its unit and interval, and the range
// a chart of it spans.

export type Headline = {
	value: number;
	unit: string;
	name: string;
	ci?: [number, number];
	domain: [number, number];
};

export function headline(metric: Metric): Headline | null {
	switch (metric.type) {
		case 'nps':
		case 'enps':
			return {
				value: metric.score,
				unit: '',
				name: metric.type === 'nps' ? 'NPS' : 'eNPS',
				ci: metric.ci95,
				domain: [-100, 100]
			};
		case 'csat':
			return { value: metric.score, unit: '%', name: 'CSAT', ci: metric.ci95, domain: [0, 100] };
		case 'ces':
			return {
				value: metric.mean,
				unit: ' / 7',
				name: 'CES mean',
				ci: metric.ci95,
				domain: [1, 7]
			};
		case 'likert':
			return {
				value: metric.favourable ?? metric.mean,
				unit: metric.favourable === undefined ? '' : '%',
				name: 'Favourable',
				ci: metric.favourableCi95,
				domain: [0, 100]
			};
		case 'rating':
		case 'slider':
			return { value: metric.mean, unit: '', name: 'Mean', ci: metric.ci95, domain: [0, 10] };
		default:
			return null;
	}
}

/** The trend's figure for a type (the API's trend follows the same one) and its chart range. */
export function trendDomain(type: string, points: object[]): [number, number] {
	if (type === 'nps' || type === 'enps') return [-100, 100];
	if (type === 'csat') return [0, 100];
	if (type === 'ces') return [1, 7];
	if (type === 'likert') return [0, 100];
	const scores = points.flatMap((p) =>
		'score' in p && typeof p.score === 'number' ? [p.score] : []
	);
	return [Math.min(0, ...scores), Math.max(1, ...scores)];
}
