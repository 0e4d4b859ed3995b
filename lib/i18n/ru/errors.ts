// Ошибки, которыми отвечает фон расширения, и ошибки клиента Seller API. Они уходят на страницы на всех языках.
import type { Translation } from '../translation';
import type { errors as en } from '../en/errors';

export const errors = {
  errorInternal: 'Внутренняя ошибка расширения',
  errorNoSuchStore: 'Магазин не найден',
  errorChooseStore: 'Выберите магазин для этого действия',
  errorNoApiStore: 'Нет магазина, подключённого через Seller API',
  errorApiKeyRequired: 'Для нового магазина нужен Api-Key',
  errorMessageEmpty: 'Сообщение пустое',
  errorDuplicateMessage: 'Этот же текст уже был последним сообщением в этом чате; Ozon ограничивает продавцов за повторяющиеся ответы',

  // The Seller API client, by OzonErrorKind
  'apiError:invalid-key': 'Ozon не принял Client-Id и Api-Key. Проверьте их в разделе Настройки → API-ключи кабинета продавца или создайте новый ключ.',
  'apiError:premium-required': 'Ozon отказал в доступе: методы чатов доступны только с подпиской Premium Plus или Premium Pro, а у Api-Key должна быть роль с доступом к методу.',
  'apiError:rate-limited': 'Слишком много запросов к Ozon. Повторите через минуту.',
  'apiError:not-found': 'Ozon не нашёл запрошенное (возможно, чата или отправления уже нет).',
  'apiError:bad-request': 'Ozon отклонил запрос.',
  'apiError:server': 'Ошибка сервера Ozon. Повторите позже.',
  'apiError:network': 'Не удалось связаться с api-seller.ozon.ru. Проверьте подключение к интернету.',
  'apiError:timeout': 'Ozon не ответил вовремя. Повторите позже.',
  'apiError:malformed': 'Ozon ответил в неожиданном формате. Повторите позже; если ошибка повторяется, сообщите нам.',
  'apiError:window-closed': 'Ozon больше не позволяет писать в этот чат: срок для сообщений этому покупателю истёк. Ответить можно только в течение 48 часов после последнего сообщения покупателя.',
  'apiError:circuit-open': 'Ozon временно заблокировал этот метод из-за слишком частых запросов. Обычно доступ восстанавливается через несколько минут.',
  apiErrorServerStatus: 'Ошибка сервера Ozon (HTTP {status}). Повторите позже.',
  apiErrorRefusedSays: 'Ozon отклонил запрос. Ответ Ozon: {message}',
  apiErrorUnknown: 'Что-то пошло не так при обращении к Ozon.',
} satisfies Translation<typeof en>;
