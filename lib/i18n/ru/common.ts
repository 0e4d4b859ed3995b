// Слова, которые нужны нескольким экранам (боковой панели, всплывающему окну, настройкам).
import type { Translation } from '../translation';
import type { common as en } from '../en/common';

export const common = {
  loading: 'Загрузка…',
  saved: 'Сохранено',
  saving: 'Сохранение…',
  edit: 'Изменить',
  delete: 'Удалить',
  remove: 'Убрать',
  cancel: 'Отмена',
  fieldRequired: 'Обязательное поле',
} satisfies Translation<typeof en>;
