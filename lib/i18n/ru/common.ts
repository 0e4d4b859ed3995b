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
  // A name quoted in running text (the portal's filter names in a refusal)
  quoted: '«{text}»',
  // Between the items of a list in running text (store names, filter names)
  listSeparator: ', ',
} satisfies Translation<typeof en>;
