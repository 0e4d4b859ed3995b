// Файл настроек: экспорт, импорт, сброс и что не так с отклонённым файлом (lib/settings-io.ts).
import type { Translation } from '../translation';
import type { settingsFile as en } from '../en/settings-file';

export const settingsFile = {
  fileTitle: 'Экспорт, импорт, сброс',
  exportTitle: 'Экспорт',
  // Not “Api-Key”: getByLabel('Api-Key') must find only the store form's field.
  includeApiKeys: 'Включить API-ключи',
  includeApiKeysWarning: 'В файле будут ваши API-ключи открытым текстом: не передавайте его никому.',
  exportButton: 'Экспортировать настройки',
  exported: 'Экспортировано (без API-ключей).',
  exportedWithKeys: 'Экспортировано, с API-ключами.',
  importTitle: 'Импорт',
  importLabel: 'Импортировать настройки из файла',
  importHint: 'Файл, экспортированный Seller Sidekick. Всё или ничего: файл с ошибкой ничего не меняет.',
  importing: 'Импорт…',
  importNotJson: 'файл не в формате JSON',
  importRefused: 'Ничего не изменено. Неверное поле: {field}. {message}',
  importDone: 'Импортировано: настройки, наборов — {presets}, шаблонов — {templates}, магазинов — {stores}.',
  resetTitle: 'Сброс',
  resetButton: 'Сбросить настройки',
  resetConfirm: 'Вернуть все настройки, наборы и шаблоны к исходным? Это нельзя отменить.',
  resetConfirmYes: 'Да, сбросить',
  resetDone: 'Настройки сброшены к исходным.',

  ioNotSettings: 'Это не файл настроек Seller Sidekick ({field}).',
  ioInvalidField: 'Неверное значение в поле {field}.',
  ioDuplicate: 'Повторяющееся значение в поле {field}.',
  ioPresetConflict: '{field}: {problem}',
  ioTooLarge: 'Размер файла {size} МБ; файл настроек не больше {limit} МБ.',
  ioForbiddenKey: 'Поле {field} недопустимо в файле настроек.',
  ioUnknownField: 'Неизвестное поле {field}.',
} satisfies Translation<typeof en>;
