// Наборы фильтров: список и редактор в боковой панели, раздел настроек, названия встроенных наборов и почему набор
// не принят.
import type { Translation } from '../translation';
import type { presets as en } from '../en/presets';

export const presets = {
  // The sidebar
  presetsTitle: 'Наборы фильтров',
  presetsHotkeysHint: 'Alt+1…9 применяет набор.',
  presetsLoading: 'Загрузка наборов…',
  presetsNoneYet: 'Наборов пока нет.',
  presetApplyTitle: 'Применить: {name}',
  presetClear: 'Показать все строки',
  presetNew: 'Новый набор',
  presetDeleteConfirm: 'Удалить «{name}»? Нажмите ещё раз для подтверждения.',
  presetMoveUp: 'Выше',
  presetMoveDown: 'Ниже',
  presetNameShort: 'Название',
  presetPortalFilters: 'Фильтры кабинета',
  presetExtra: 'Дополнительные условия',
  presetWaiting: 'Ждёт ответа дольше (часов)',
  presetScam: 'Есть предупреждение о мошенничестве',
  presetText: 'Текст содержит',
  presetSku: 'SKU',
  presetOrder: 'Номер заказа',
  presetCountApi: 'Подходит синхронизированных чатов: {count}',
  presetCountPage: 'Подходит строк на странице: {count}',
  presetUntitled: 'Мой набор',

  // The options page
  presetsHint: 'Сохранённые сочетания фильтров чатов кабинета, они показываются в боковой панели. Некоторые пары фильтров кабинет не сочетает.',
  presetsEmpty: 'Наборов нет.',
  presetNoFilters: 'Без фильтров кабинета',
  newPreset: 'Новый набор',
  editPresetTitle: 'Изменить набор',
  presetName: 'Название набора',
  presetFilters: 'Фильтры кабинета',
  presetWaitingOver: 'Ждёт дольше (часов)',
  presetScamOnly: 'Только чаты с предупреждением о мошенничестве',
  presetTextContains: 'Последнее сообщение содержит',
  presetOrderNumber: 'Номер заказа',
  savePreset: 'Сохранить набор',
  deletePresetConfirm: 'Удалить набор «{name}»?',

  // The built-in presets, shown translated until the seller renames them (lib/presets/model.ts)
  'presetBuiltin:needs-my-reply': 'Нужен мой ответ',
  'presetBuiltin:order-questions': 'Вопросы по заказам ждут меня',
  'presetBuiltin:product-questions-new': 'Вопросы о товарах, новые',
  'presetBuiltin:waiting-on-customer': 'Ждём ответа покупателя',
  'presetBuiltin:waiting-over-24h': 'Ждут больше 24 ч',
  'presetBuiltin:suspicious': 'Подозрительные',

  // Why a preset is refused (lib/presets/model.ts, describeProblem); why one could not be applied on the page
  presetInvalidValue: 'Неверное значение: {field}',
  presetConflict: 'Кабинет Ozon не сочетает фильтры {a} и {b}: оставьте один из них.',
  presetFiltersNotSet: 'Не удалось установить фильтр кабинета {names}: список показан по текущим фильтрам кабинета.',
} satisfies Translation<typeof en>;
