// The scam detector's explanation of each reason as dictionary entries (`reasonWhy:<code>`). lib/scam imports nothing
// from outside itself and its Reason carries these texts in English and Russian (README, "The observable contract"),
// so the dictionary takes them from lib/scam/texts.ts instead of keeping a second copy. A language the detector does
// not speak writes its own `reasonWhy:<code>` entries in lib/i18n/<lang>/reasons.ts.
import { REASON_CODES, type ReasonCode } from '../scam/reason-codes';
import { REASON_TEXT } from '../scam/texts';

type DetectorLang = keyof (typeof REASON_TEXT)[ReasonCode];
type Explanations = Readonly<Record<`reasonWhy:${ReasonCode}`, string>>;

function explanations(lang: DetectorLang): Explanations {
  return Object.fromEntries(REASON_CODES.map((code) => [`reasonWhy:${code}`, REASON_TEXT[code][lang]])) as Explanations;
}

export const REASON_EXPLANATIONS: Readonly<Record<DetectorLang, Explanations>> = { en: explanations('en'), ru: explanations('ru') };
