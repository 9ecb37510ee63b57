// HTTP concerns shared by the hooks and scripts/server.js: security headers, the respondent lane.
export { baselineHeaders, guardEveryNodeAnswer, secure } from './security-headers';
export { refuseControlCharacters } from './input-guard';
export { laneMayTake, nodeClientAddress, respondentLane } from './respondent-lane';
