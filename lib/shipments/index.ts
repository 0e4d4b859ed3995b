export { judge, judgeEligibility, judgeFacts, ELIGIBLE, type Judgement, type PostingFacts } from './judge';
export { schemeOfText, schemeOfTpl, type Scheme } from './scheme';
export { statusOfExactText, statusOfText, normaliseText, type StatusCode } from './status';
