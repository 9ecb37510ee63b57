// Outreach: how a survey reaches people. Distributions (invitations by email, their sending and
// status), pulse programmes, event triggers, and sharing (links, touchpoints, QR codes, embeds).
// Each is a namespace; the distribution names other domains read are exported flat as well.
export * as distributions from './distributions';
export * from './distributions';
export * as pulses from './pulses';
export * as sending from './distributions-ui';
export * as sharing from './sharing';
export * as triggers from './triggers';
export { eventInputSchema, skipReasons } from './triggers';
