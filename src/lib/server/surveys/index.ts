// Surveys: drafts, versions and publishing (surveys.ts), the read model the other domains load a
// survey through (read.ts), and the demo organisation's data (demo.ts).
export * from './demo';
export * from './read';
export * from './surveys';
