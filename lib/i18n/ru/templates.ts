// Шаблоны быстрых ответов на странице настроек.
import type { Translation } from '../translation';
import type { templates as en } from '../en/templates';

export const templates = {
  templatesTitle: 'Шаблоны быстрых ответов',
  templatesEmpty: 'Шаблонов пока нет.',
  newTemplate: 'Новый шаблон',
  editTemplateTitle: 'Изменить шаблон',
  templateName: 'Название шаблона',
  templateNameTooLong: 'Не больше 60 символов',
  templateText: 'Текст',
  templateTextHint: '{count} символов. Ozon разрешает 1–1000 символов в сообщении после подстановки значений.',
  templateTextTooLong: 'Не больше 1200 символов',
  placeholdersTitle: 'Подстановки (заполняются для каждого чата):',
  placeholderPosting: 'номер отправления',
  placeholderOrder: 'номер заказа',
  placeholderCustomer: 'имя покупателя',
  placeholderProduct: 'название товара',
  placeholderSeller: 'название вашего магазина',
  insertPlaceholder: 'Вставить подстановку: {name}',
  saveTemplate: 'Сохранить шаблон',
  deleteTemplateConfirm: 'Удалить шаблон «{name}»?',
} satisfies Translation<typeof en>;
