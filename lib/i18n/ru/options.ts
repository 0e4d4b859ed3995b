// Рамка страницы настроек и слова, общие для её разделов.
import type { Translation } from '../translation';
import type { options as en } from '../en/options';

export const options = {
  optionsTitle: 'Настройки Seller Sidekick',
  navLabel: 'Разделы',
  loadError: 'Не удалось загрузить настройки: {message}',
  deleted: 'Удалено',
  rangeError: 'Введите целое число от {min} до {max}',
  editNamed: 'Изменить «{name}»',
  deleteNamed: 'Удалить «{name}»',
  removeNamed: 'Убрать «{name}»',
  moveUpNamed: 'Переместить «{name}» выше',
  moveDownNamed: 'Переместить «{name}» ниже',
  deleteConfirmYes: 'Да, удалить',
} satisfies Translation<typeof en>;
