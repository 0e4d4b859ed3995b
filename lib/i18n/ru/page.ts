// Боковая панель на страницах кабинета: её рамка, что она говорит о странице, отчёт о вёрстке.
import type { Translation } from '../translation';
import type { page as en } from '../en/page';

export const page = {
  sidebarTitle: 'Seller Sidekick',
  sidebarCollapse: 'Свернуть боковую панель',
  sidebarExpand: 'Открыть боковую панель Seller Sidekick',
  sidebarResize: 'Потяните, чтобы изменить ширину панели',
  pageMessenger: 'Чаты с покупателями',
  pageOrders: 'Заказы с моих складов',
  pageUnknown: 'Seller Sidekick не работает на этой странице.',
  shipmentsSummary: 'Отправлений на странице, где можно написать покупателю: {available}; где нельзя: {unavailable} (причина — в подсказке строки).',
  quickRepliesOpen: 'Шаблоны ответов…',
  suspiciousCount: 'Подозрительных диалогов на странице: {count}',
  save: 'Сохранить',
  errorGeneric: 'Что-то пошло не так: {message}',
  errorBackground: 'Фоновая часть расширения не отвечает. Обновите страницу.',

  // What could not be recognised on the page
  noteUnrecognised: 'Не удалось распознать на странице: {parts}. Возможно, кабинет изменился; остальные функции работают.',
  partChatList: 'список чатов',
  partChatRows: 'диалоги в списке',
  partRowNames: 'имена отправителей',
  partFilter: 'фильтр «{label}»',
  partOpenChat: 'открытый чат',
  partChatHeader: 'заголовок открытого чата',
  partMessageBox: 'поле ввода сообщения',
  noticeTagUnreadable: 'На этой странице Seller Sidekick не смог прочитать метку «Покупатель», поэтому проверка «нет метки „Покупатель“» приостановлена. Остальные проверки (просьбы прислать код, переход в другие мессенджеры, ссылки и прочие) продолжают работать. Пожалуйста, скопируйте отчёт о разметке ниже и пришлите его нам, чтобы мы научились читать и такую разметку.',
  noticeTagUnreadableShort: 'Проверка метки «Покупатель» на этой странице приостановлена',

  // The layout report (docs/layout-report.md)
  layoutReportCopy: 'Скопировать отчёт о разметке',
  layoutReportHint: 'Если что-то на этой странице не распознано, пришлите нам её разметку: только устройство страницы, без имён, сообщений и чисел.',
  layoutReportCopied: 'Отчёт о разметке скопирован ({kb} КБ). Вставьте его в новую задачу в трекере проекта. В нём только устройство страницы: ни имён, ни сообщений, ни чисел.',
  layoutReportManual: 'Браузер не разрешил копирование. Скопируйте отчёт из поля ниже или скачайте его файлом и вставьте или приложите к новой задаче в трекере проекта. В нём нет имён, сообщений и чисел.',
  layoutReportField: 'Отчёт о разметке (JSON)',
  layoutReportDownload: 'Скачать файлом .json',
  layoutReportFailed: 'Не удалось составить отчёт о разметке этой страницы.',
} satisfies Translation<typeof en>;
