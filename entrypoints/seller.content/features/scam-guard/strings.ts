// The scam guard's words on the portal page, in English and Russian (reason texts come from lib/scam).
import type { Lang } from '@/lib/i18n';

export interface ScamPageStrings {
  badge: { warn: string; danger: string; allowlisted: string };
  /** Screen readers and the tooltip's first line. */
  tooltipHead: { warn: string; danger: string; allowlisted: string };
  banner: {
    title: string;
    advice: readonly string[];
    copy: string;
    copied: string;
    copyFailed: string;
    support: string;
    reasons: string;
  };
  complaint: {
    intro: string;
    chat: string;
    sender: string;
    reasons: string;
    unknown: string;
  };
}

export const SCAM_PAGE_STRINGS: Record<Lang, ScamPageStrings> = {
  en: {
    badge: { warn: '⚠ Suspicious', danger: '✖ Scam risk', allowlisted: '✓ Allowlisted' },
    tooltipHead: {
      warn: 'Seller Sidekick: this dialogue looks suspicious.',
      danger: 'Seller Sidekick: this looks like a scam.',
      allowlisted: 'Seller Sidekick: on your allowlist, not checked.',
    },
    banner: {
      title: 'This chat looks like a scam',
      advice: [
        'Ozon never moves you to Telegram, WhatsApp or other messengers, and never calls you out of the chat.',
        'Ozon never asks for codes, passwords, your Ozon ID confirmation code or bank card data.',
        'Ozon never asks you to add an employee or an account to your company.',
        'The Customer tag means the sender is a customer, not Ozon: real Ozon support carries the Support tag.',
        'Do not open the links and do not pay outside Ozon. Report the chat to Ozon support.',
      ],
      copy: 'Copy a complaint for Ozon support',
      copied: 'Complaint copied: paste it in a chat with Ozon support.',
      copyFailed: 'Could not copy: the text is selected below, press Ctrl+C.',
      support: 'Open Ozon support',
      reasons: 'Why:',
    },
    complaint: {
      intro: 'Hello! I am reporting a suspected scam in a customer chat.',
      chat: 'Chat',
      sender: 'Sender',
      reasons: 'What is wrong',
      unknown: 'unknown',
    },
  },
  ru: {
    badge: { warn: '⚠ Подозрительно', danger: '✖ Риск мошенничества', allowlisted: '✓ В белом списке' },
    tooltipHead: {
      warn: 'Seller Sidekick: диалог выглядит подозрительно.',
      danger: 'Seller Sidekick: похоже на мошенничество.',
      allowlisted: 'Seller Sidekick: в вашем белом списке, не проверяется.',
    },
    banner: {
      title: 'Этот чат похож на мошенничество',
      advice: [
        'Ozon никогда не переводит общение в Telegram, WhatsApp и другие мессенджеры и не зовёт к звонку вне чата.',
        'Ozon никогда не просит коды, пароли, код подтверждения Ozon ID и данные банковской карты.',
        'Ozon никогда не просит добавить сотрудника или аккаунт в вашу компанию.',
        'Метка «Покупатель» значит, что пишет покупатель, а не Ozon: у настоящей поддержки Ozon метка «Поддержка».',
        'Не открывайте ссылки и не платите вне Ozon. Пожалуйтесь на чат в поддержку Ozon.',
      ],
      copy: 'Скопировать жалобу для поддержки Ozon',
      copied: 'Жалоба скопирована: вставьте её в чат с поддержкой Ozon.',
      copyFailed: 'Не удалось скопировать: текст выделен ниже, нажмите Ctrl+C.',
      support: 'Открыть поддержку Ozon',
      reasons: 'Почему:',
    },
    complaint: {
      intro: 'Здравствуйте! Сообщаю о подозрении на мошенничество в чате с покупателем.',
      chat: 'Чат',
      sender: 'Отправитель',
      reasons: 'Что не так',
      unknown: 'неизвестно',
    },
  },
};

export function scamPageStrings(lang: Lang): ScamPageStrings {
  return SCAM_PAGE_STRINGS[lang];
}
