// Настройки: синхронизация, значок на панели, уведомления, язык, боковая панель по умолчанию.
import type { Translation } from '../translation';
import type { preferences as en } from '../en/preferences';

export const preferences = {
  syncTitle: 'Синхронизация',
  syncInterval: 'Интервал синхронизации (минут)',
  syncIntervalHint: 'Как часто получать чаты через Seller API, от 1 до 1440 минут.',
  badgeTitle: 'Значок на панели браузера',
  badgeScope: 'Значок считает чаты без ответа',
  badgeAllStores: 'Всех магазинов',
  badgeOneStore: 'Одного магазина',
  badgeStore: 'Магазин для значка',
  badgeNoStores: 'Сначала добавьте магазин.',
  badgeRedAfter: 'Значок краснеет, когда чат ждёт дольше (минут)',
  notificationsTitle: 'Уведомления',
  notificationsEnabled: 'Уведомлять, когда чат ждёт слишком долго',
  notificationsAfter: 'Уведомлять через (минут)',
  notificationsHint: 'Не чаще одного уведомления в 10 минут. По умолчанию: 60 минут.',

  languageTitle: 'Язык',
  languageLabel: 'Язык',
  languageAuto: 'Как в кабинете',
  languageHint: 'На странице кабинета боковая панель говорит на языке кабинета; здесь и во всплывающем окне — на языке браузера.',
  sidebarDefaultsTitle: 'Боковая панель по умолчанию',
  sidebarOpen: 'Боковая панель открыта',
  sidebarWidth: 'Ширина боковой панели (px)',
  nonMatchingRows: 'Строки, не подходящие под набор',
  nonMatchingDim: 'Приглушать',
  nonMatchingHide: 'Скрывать',
  contactOpensIn: '«Связаться с покупателем» открывает чат',
  contactSameTab: 'В той же вкладке',
  contactNewTab: 'В новой вкладке',
} satisfies Translation<typeof en>;
