// Причины защиты от мошенников: короткое название для списков и объяснение детектора (из lib/scam/texts.ts).
import { REASON_EXPLANATIONS } from '../reason-explanations';
import type { Translation } from '../translation';
import type { reasons as en } from '../en/reasons';

export const reasons = {
  'reason:no-customer-tag': 'У отправителя нет метки «Покупатель»',
  'reason:impersonates-support': 'Выдаёт себя за поддержку Ozon',
  'reason:messenger-move': 'Просит перейти в другой мессенджер',
  'reason:asks-code': 'Просит код из СМС или приложения',
  'reason:asks-card': 'Просит данные банковской карты',
  'reason:asks-personal-data': 'Просит паспортные или другие личные данные',
  'reason:off-platform-payment': 'Предлагает оплату вне Ozon',
  'reason:external-link': 'Содержит ссылку на сторонний сайт',
  'reason:lookalike-domain': 'Ссылка на сайт, подделывающий Ozon',
  'reason:add-employee': 'Просит добавить его сотрудником магазина',
  'reason:threat-urgency': 'Угрозы или давление: «срочно»',
  'reason:allowlisted': 'Вы доверяете (список доверенных)',
  ...REASON_EXPLANATIONS.ru,
} satisfies Translation<typeof en>;
