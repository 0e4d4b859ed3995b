// Защита от мошенников: значки, баннер и жалоба на страницах кабинета и её раздел в настройках.
import type { Translation } from '../translation';
import type { scamGuard as en } from '../en/scam-guard';

export const scamGuard = {
  'scamBadge:warn': '⚠ Подозрительно',
  'scamBadge:danger': '✖ Риск мошенничества',
  'scamBadge:allowlisted': '✓ В белом списке',
  // Screen readers and the tooltip's first line
  'scamTooltip:warn': 'Seller Sidekick: диалог выглядит подозрительно.',
  'scamTooltip:danger': 'Seller Sidekick: похоже на мошенничество.',
  'scamTooltip:allowlisted': 'Seller Sidekick: в вашем белом списке, не проверяется.',

  // The banner in an open chat: Ozon's own advice, line by line
  scamBannerTitle: 'Этот чат похож на мошенничество',
  scamAdvice1: 'Ozon никогда не переводит общение в Telegram, WhatsApp и другие мессенджеры и не зовёт к звонку вне чата.',
  scamAdvice2: 'Ozon никогда не просит коды, пароли, код подтверждения Ozon ID и данные банковской карты.',
  scamAdvice3: 'Ozon никогда не просит добавить сотрудника или аккаунт в вашу компанию.',
  scamAdvice4: 'Метка «Покупатель» значит, что пишет покупатель, а не Ozon: у настоящей поддержки Ozon метка «Поддержка».',
  scamAdvice5: 'Не открывайте ссылки и не платите вне Ozon. Пожалуйтесь на чат в поддержку Ozon.',
  scamWhy: 'Почему:',
  scamCopyComplaint: 'Скопировать жалобу для поддержки Ozon',
  scamComplaintCopied: 'Жалоба скопирована: вставьте её в чат с поддержкой Ozon.',
  scamCopyFailed: 'Не удалось скопировать: текст выделен ниже, нажмите Ctrl+C.',
  scamOpenSupport: 'Открыть поддержку Ozon',

  // The complaint for Ozon support
  complaintIntro: 'Здравствуйте! Сообщаю о подозрении на мошенничество в чате с покупателем.',
  complaintChat: 'Чат',
  complaintSender: 'Отправитель',
  complaintReasons: 'Что не так',
  complaintUnknown: 'неизвестно',

  // The options page
  scamTitle: 'Защита от мошенников',
  scamEnabled: 'Предупреждать о подозрительных чатах и сообщениях',
  scamRules: 'Правила',
  allowlistTitle: 'Список доверенных',
  allowlistHint: 'Чаты от этих отправителей или с этими идентификаторами помечаются как доверенные, а не подозрительные.',
  allowlistEmpty: 'Список доверенных пуст.',
  allowlistKind: 'Тип',
  allowlistSender: 'Имя отправителя',
  allowlistChat: 'ID чата',
  allowlistSenderName: 'Имя доверенного отправителя',
  allowlistChatId: 'ID доверенного чата',
  allowlistAdd: 'Добавить в доверенные',
  allowlistTooLong: 'Не больше 200 символов',
  allowlistChatInvalid: 'ID чата выглядит как 7f3c2a10-…: буквы a–f, цифры и дефисы',
  allowlistDuplicate: 'Уже в списке доверенных',
  allowlistFull: 'В списке доверенных не больше 500 записей',
} satisfies Translation<typeof en>;
