// The NPS groups, apart from the zod schema: respondent pages use them without loading zod.
export const npsGroups = ['detractor', 'passive', 'promoter'] as const;
export type NpsGroup = (typeof npsGroups)[number];
