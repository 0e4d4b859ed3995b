// Ordinary conversations (label none). `c` = customer, `s` = seller, `o` = Ozon support, `n` = Ozon notice.
// Placeholders: {product} (a product name), {order} (an order number).
import type { Lang } from './types';

export type Speaker = 'c' | 's' | 'o' | 'n';
export type Line = readonly [Speaker, string];
export interface Conversation {
  lang: Lang;
  lines: readonly Line[];
}

const ru = (...lines: Line[]): Conversation => ({ lang: 'ru', lines });
const en = (...lines: Line[]): Conversation => ({ lang: 'en', lines });

/** Order chats before shipment (awaiting packaging / shipment). */
export const ORDER_BEFORE: readonly Conversation[] = [
  ru(['c', 'Здравствуйте! Когда отправите заказ {order}?'], ['s', 'Здравствуйте! Соберём сегодня, завтра передадим в доставку.'], ['c', 'Спасибо!']),
  ru(['c', 'Добрый день, можно поменять цвет на синий, пока заказ не отправлен?']),
  ru(['c', 'Здравствуйте, можно упаковать как подарок? Это на день рождения.'], ['s', 'Здравствуйте! Да, упакуем в крафт-бумагу без чека.']),
  ru(['c', 'Подскажите, заказ ещё не собран? Хочу добавить второй плед.'], ['s', 'Добрый день! Добавить в этот заказ нельзя, оформите, пожалуйста, отдельный — отправим вместе.']),
  ru(['c', 'Здравствуйте, я ошиблась с адресом доставки, подъезд 3, а не 2. Можно исправить?']),
  ru(['c', 'Срочно нужен заказ к пятнице, успеете отправить?'], ['s', 'Здравствуйте! Отгрузим завтра утром, должны успеть.']),
  en(['c', 'Hello, when will order {order} be shipped?'], ['s', 'Hi! It will be packed today and handed over tomorrow.']),
  en(['c', 'Hi, could you please check the size before shipping? I ordered 42.']),
];

/** Order chats while the parcel travels. */
export const ORDER_TRANSIT: readonly Conversation[] = [
  ru(['c', 'Добрый день! Курьер не приехал в назначенное время. Позвоните курьеру, пожалуйста, узнайте, когда будет.'], ['s', 'Здравствуйте! Связались со службой доставки, курьер будет после 18:00.']),
  ru(['c', 'Позвоните курьеру, пожалуйста, он не может найти подъезд, я жду у шлагбаума.']),
  ru(['c', 'Здравствуйте, трек-номер не отслеживается уже три дня. Где посылка?'], ['s', 'Добрый день! Посылка на сортировке в Москве, статус обновится завтра.'], ['c', 'Хорошо, жду.']),
  ru(['c', 'Можно перенести доставку на субботу? В будни меня нет дома.']),
  ru(['c', 'Заказ {order} доставляется уже неделю, это нормально?'], ['s', 'Здравствуйте! Для вашего региона срок до 9 дней, посылка в пути.']),
  en(['c', 'Where is my order? Tracking has said "delivering" for 5 days.'], ['s', 'Hello! The parcel is at the local hub, delivery is expected tomorrow.']),
  en(['c', 'Could you ask the courier to call me 30 minutes before arriving?']),
];

/** Order chats after delivery or cancellation. */
export const ORDER_AFTER: readonly Conversation[] = [
  ru(['c', 'Здравствуйте! Пришёл товар с браком — на пледе затяжка. Как вернуть?'], ['s', 'Здравствуйте! Оформите возврат в разделе «Мои заказы», мы одобрим заявку.']),
  ru(['c', 'Спасибо, всё пришло, очень довольна! Оставлю отзыв.'], ['s', 'Спасибо за покупку! Будем рады видеть вас снова.']),
  ru(['c', 'В посылке не хватает одной кружки из набора.'], ['s', 'Добрый день! Пришлите, пожалуйста, фото вскрытой упаковки в этот чат.'], ['c', 'Отправила фото в отзыве, посмотрите.']),
  ru(['c', 'Почему отменили заказ? Я уже оплатил.'], ['s', 'Здравствуйте! Товар закончился на складе, деньги вернутся автоматически в течение 3 дней.']),
  ru(['c', 'Товар не подошёл по размеру, можно обменять на 43?']),
  ru(['c', 'Здравствуйте, чайник перестал включаться через неделю. Гарантия есть?'], ['s', 'Добрый день! Гарантия 12 месяцев, оформите возврат с причиной «Брак».']),
  en(['c', 'The item arrived damaged, the box was crushed. What should I do?'], ['s', 'Hello! Please open a return in your orders section and attach photos; we will approve it.']),
  en(['c', 'Thanks, everything arrived in perfect condition!']),
];

/** Product chats started from the product page. */
export const PRODUCT: readonly Conversation[] = [
  ru(['c', 'Здравствуйте! «{product}» есть в наличии? Нужно 3 штуки.'], ['s', 'Здравствуйте! Да, в наличии 12 шт.']),
  ru(['c', 'Подскажите, из какого материала {product}?'], ['s', 'Добрый день! Состав указан в характеристиках: 100% полиэстер.'], ['c', 'А он не электризуется?']),
  ru(['c', 'Будет ли скидка, если взять две штуки?']),
  ru(['c', 'Какие размеры у товара в упаковке? Хочу понять, влезет ли в почтовый ящик.']),
  ru(['c', 'Здравствуйте, это оригинал? Есть сертификат?'], ['s', 'Здравствуйте! Да, сертификат загружен в карточку товара.']),
  ru(['c', 'Когда снова появится серый цвет?'], ['s', 'Поставка ожидается на следующей неделе.']),
  ru(['c', 'Подойдёт ли зарядка для ноутбука Lenovo на 65 Вт?']),
  ru(['c', 'Добрый вечер! Есть ли такая же модель, но побольше?'], ['s', 'Добрый вечер! Есть версия 200×220, ссылка в карточке в разделе «Другие варианты».']),
  en(['c', 'Hi! Is "{product}" available in black?'], ['s', 'Hello! Only grey is in stock right now.']),
  en(['c', 'Does it ship to Kazakhstan?']),
  en(['c', 'Hi, what is the warranty period for this item?'], ['s', 'Hello! 12 months from the delivery date.'], ['c', 'Great, thank you.']),
];

/** Customer chats with no context. */
export const NO_CONTEXT: readonly Conversation[] = [
  ru(['c', 'Здравствуйте, вы работаете с юрлицами? Нужен счёт на организацию.']),
  ru(['c', 'Добрый день! Вы продаёте оптом?'], ['s', 'Здравствуйте! Оптовые заказы оформляются через Ozon для бизнеса.']),
  en(['c', 'Hello, do you have a catalogue of your other products?']),
];

/** Ozon support chats: alarming wording, but genuine (Support tag, links only to Ozon's own domains). */
export const SUPPORT: readonly Conversation[] = [
  ru(['o', 'Здравствуйте! Вам начислено 1200 штрафных баллов за нарушение правил площадки: 1000 ₽ за каждый случай. У вас 7 дней на обжалование — пришлите документы в этом же чате. Подробнее: https://seller-edu.ozon.ru/policies/penalties'], ['s', 'Здравствуйте, пришлю накладные сегодня.'], ['o', 'Спасибо, передали на проверку. Ответ придёт в этот чат.']),
  ru(['o', 'Продажи товара «{product}» приостановлены: нужен сертификат соответствия. Загрузите его в разделе «Товары и цены → Сертификаты качества». Инструкция: https://docs.ozon.ru/global/products/certificates/']),
  ru(['s', 'Добрый день! Не приходит выплата за прошлую неделю.'], ['o', 'Здравствуйте! Выплата сформирована, поступит в течение 3 рабочих дней. Детали — в разделе «Финансы → Баланс».']),
  ru(['o', 'Ваш магазин может быть заблокирован: индекс ошибок rFBS выше 10% за 14 дней. Рекомендации: https://seller-edu.ozon.ru/fbs/rfbs/error-index'], ['s', 'Поняли, исправим сроки отгрузки.']),
  en(['o', 'We charged a fine of 1,000 RUB per case for late shipments. You have 7 days to appeal in this chat. Details: https://docs.ozon.ru/global/en/policies/fines/']),
  ru(['s', 'Здравствуйте, как добавить нового сотрудника в кабинет?'], ['o', 'Здравствуйте! Настройки → Сотрудники → «Добавить». Добавляйте только своих сотрудников: Ozon никогда не просит добавить стороннего специалиста.']),
];

/** Ozon system notices (group main). */
export const NOTICES: readonly Conversation[] = [
  ru(['n', 'Отправление {order} нужно передать в доставку до 18:00. Иначе оно будет отменено.']),
  ru(['n', 'Изменения в Seller API: метод /v2/chat/list отключён, используйте /v3/chat/list. Подробнее: https://docs.ozon.ru/api/seller/']),
  ru(['n', 'Напоминание: Ozon никогда не просит коды подтверждения, данные карты и не пишет в мессенджерах.']),
  ru(['n', 'Новая версия правил работы с чатами вступает в силу с 1-го числа. https://seller-edu.ozon.ru/']),
  en(['n', 'Seller API update: /v1/chat/history is deprecated, use /v3/chat/history. https://docs.ozon.ru/api/seller/en/']),
];
