// The scam guard's reasons (lib/scam/reason-codes.ts): a short name for lists, and the explanation the
// detector gives with every reason (lib/scam/texts.ts, the contract's Reason.en / Reason.ru), taken from there.
import { REASON_EXPLANATIONS } from '../reason-explanations';
import type { ReasonCode } from '../../scam/reason-codes';

export const reasons = {
  'reason:no-customer-tag': 'The sender has no Customer tag',
  'reason:impersonates-support': 'Pretends to be Ozon support',
  'reason:messenger-move': 'Asks to move to another messenger',
  'reason:asks-code': 'Asks for a code from an SMS or an app',
  'reason:asks-card': 'Asks for bank card details',
  'reason:asks-personal-data': 'Asks for passport or other personal data',
  'reason:off-platform-payment': 'Offers to pay outside Ozon',
  'reason:external-link': 'Contains a link to another site',
  'reason:lookalike-domain': 'Links to a site that imitates Ozon',
  'reason:add-employee': 'Asks to be added as an employee of the store',
  'reason:threat-urgency': 'Threats or pressure to act at once',
  'reason:allowlisted': 'Trusted by you (allowlist)',
  ...REASON_EXPLANATIONS.en,
} satisfies Record<`reason:${ReasonCode}`, string> & Record<`reasonWhy:${ReasonCode}`, string>;
