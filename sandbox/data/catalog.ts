// Names, products and places the seed draws from: the variety comes from these lists, the scale from counts.
import type { Lang } from './types';

export const RU_FIRST_NAMES = [
  'Анна', 'Мария', 'Екатерина', 'Ольга', 'Наталья', 'Ирина', 'Светлана', 'Татьяна', 'Юлия', 'Дарья', 'Алина',
  'Ксения', 'Полина', 'Виктория', 'Елена', 'Дмитрий', 'Алексей', 'Сергей', 'Андрей', 'Максим', 'Иван', 'Никита',
  'Артём', 'Михаил', 'Павел', 'Константин', 'Роман', 'Егор', 'Владимир', 'Тимур', 'Руслан', 'Гульнара', 'Айгуль',
];
export const RU_LAST_INITIALS = ['А.', 'Б.', 'В.', 'Г.', 'Д.', 'Е.', 'Ж.', 'З.', 'И.', 'К.', 'Л.', 'М.', 'Н.', 'О.', 'П.', 'Р.', 'С.', 'Т.', 'Ф.', 'Х.', 'Ш.'];
export const EN_NAMES = ['John D.', 'Emily Clark', 'Michael B.', 'Sarah', 'David Lee', 'Olivia M.', 'Wei Zhang', 'Aylin K.', 'Mehmet Y.', 'Anna Schmidt'];
/** Chinese-speaking customers (the Chinese share of the world, chinese.ts), as they write their names. */
export const ZH_NAMES = ['王伟', '李娜', '张敏', '刘洋', '陈静', '杨磊', '赵丽', '黄勇', '周杰', '吴芳', '徐明', '孙悦', '马超', '朱琳', '胡斌', '郭晶'];

export interface CatalogItem {
  name: string;
  offerId: string;
  price: number;
}

export const PRODUCTS: readonly CatalogItem[] = [
  { name: 'Плед флисовый 150×200, серый', offerId: 'PLAID-150-GR', price: 1290 },
  { name: 'Термокружка 450 мл с крышкой', offerId: 'MUG-450-BLK', price: 890 },
  { name: 'Подушка ортопедическая с эффектом памяти', offerId: 'PILLOW-MEM-60', price: 2490 },
  { name: 'Набор полотенец махровых, 3 шт.', offerId: 'TOWEL-SET-3', price: 1750 },
  { name: 'Светодиодная лента 5 м RGB с пультом', offerId: 'LED-5M-RGB', price: 990 },
  { name: 'Чехол для iPhone 15 силиконовый', offerId: 'CASE-IP15-SIL', price: 450 },
  { name: 'Кабель USB-C — USB-C 2 м, 100 Вт', offerId: 'CABLE-CC-2M', price: 590 },
  { name: 'Органайзер для косметики акриловый', offerId: 'ORG-ACR-01', price: 1150 },
  { name: 'Детский конструктор «Город», 520 деталей', offerId: 'KIDS-CITY-520', price: 3290 },
  { name: 'Электрический чайник стеклянный 1,7 л', offerId: 'KETTLE-GL-17', price: 2190 },
  { name: 'Коврик для йоги 183×61 см, 6 мм', offerId: 'YOGA-MAT-6', price: 1390 },
  { name: 'Сковорода с антипригарным покрытием 28 см', offerId: 'PAN-28-NS', price: 1990 },
  { name: 'Рюкзак городской водоотталкивающий', offerId: 'BAG-CITY-20', price: 2790 },
  { name: 'Набор отвёрток 24 в 1', offerId: 'TOOLS-24-1', price: 690 },
  { name: 'Шапка вязаная зимняя, бежевая', offerId: 'HAT-KNIT-BG', price: 790 },
  { name: 'Кроссовки беговые мужские, размер 42', offerId: 'SNK-RUN-42', price: 4590 },
  { name: 'Увлажнитель воздуха ультразвуковой', offerId: 'HUMID-US-3L', price: 2890 },
  { name: 'Контейнеры для еды стеклянные, 5 шт.', offerId: 'FOOD-GL-5', price: 1490 },
  { name: 'Наушники беспроводные TWS', offerId: 'TWS-EAR-01', price: 1890 },
  { name: 'Кормушка для птиц деревянная', offerId: 'BIRD-WOOD-1', price: 540 },
  { name: 'Гирлянда «Роса» 10 м, тёплый свет', offerId: 'LIGHTS-10-WW', price: 620 },
  { name: 'Зарядное устройство 65 Вт GaN', offerId: 'CHG-65-GAN', price: 2290 },
  { name: 'Постельное бельё евро, сатин', offerId: 'BED-EURO-SAT', price: 3890 },
  { name: 'Массажёр для шеи электрический', offerId: 'MASS-NECK-1', price: 2590 },
];

export const WAREHOUSES = ['Склад Москва, Южный порт (rFBS)', 'Склад Санкт-Петербург, Шушары', 'Склад Казань, Проспект Победы', 'Склад Екатеринбург, Кольцовский'];

export const DELIVERY_METHODS = {
  ozon: ['Ozon Логистика курьеру, Москва', 'Ozon Логистика самовывоз, Москва'],
  non_integrated: ['Собственная доставка, курьер', 'Доставка продавца до двери'],
  '3pl_tracking': ['СДЭК, курьер', 'Boxberry, пункт выдачи', 'DPD, курьер'],
  aggregator: ['Яндекс Доставка (агрегатор)', 'Партнёрская доставка, курьер'],
  hybryd: ['Почта России, отделение', 'Почта России, EMS'],
} as const;

export function customerName(pick: <T>(items: readonly T[]) => T, lang: Lang): string {
  if (lang === 'en') return pick(EN_NAMES);
  if (lang === 'zh') return pick(ZH_NAMES);
  const first = pick(RU_FIRST_NAMES);
  return pick([first, `${first} ${pick(RU_LAST_INITIALS)}`]);
}
