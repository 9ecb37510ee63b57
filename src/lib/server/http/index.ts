// HTTP concerns shared by the hooks, the routes and scripts/server.js: security headers, the
// respondent lane, the control-character guard, the route guards (requireOrg) and form errors.
// guard.ts and forms.ts load SvelteKit and superforms, so they stay out of platform/ (which the CLI
// loads).
export { baselineHeaders, guardEveryNodeAnswer, secure } from './security-headers';
export { refuseControlCharacters } from './input-guard';
export { laneMayTake, nodeClientAddress, respondentLane } from './respondent-lane';
export * from './forms';
export * from './guard';
