import type { Locale } from "../i18n/locales";

/**
 * Validation messages written in the schemas (zod's custom messages in lib/validation) and other
 * details that reach a form as free text, in the other languages. Looked up by the English text
 * when an error is answered (AppError.toBody), so a schema keeps one readable message and the
 * reader still sees their language. A pattern's `$1`… are its captured parts (a number, a value
 * the user typed); a text not listed here stays as written.
 */
type Translations = Record<Exclude<Locale, "en">, string>;

const STATUS_WORDS: Record<string, Translations> = {
  open: { ru: "открытая", kk: "ашық", zh: "营业中" },
  planned: { ru: "планируемая", kk: "жоспарланған", zh: "计划中" },
  "under construction": { ru: "строящаяся", kk: "салынып жатқан", zh: "在建" },
  closed: { ru: "закрытая", kk: "жабық", zh: "已关闭" },
};
const STATUS_TARGET: Record<string, Translations> = {
  open: { ru: "открытой", kk: "ашық", zh: "营业中" },
  planned: { ru: "планируемой", kk: "жоспарланған", zh: "计划中" },
  "under construction": { ru: "строящейся", kk: "салынып жатқан", zh: "在建" },
  closed: { ru: "закрытой", kk: "жабық", zh: "已关闭" },
};
const FIELD_LABELS: Record<string, Translations> = {
  Latitude: { ru: "Широта", kk: "Ендік", zh: "纬度" },
  Longitude: { ru: "Долгота", kk: "Бойлық", zh: "经度" },
  "Service bays": { ru: "Число сервисных постов", kk: "Сервис посттарының саны", zh: "维修工位数" },
  name: { ru: "Название", kk: "Атауы", zh: "名称" },
  brand: { ru: "Бренд", kk: "Бренд", zh: "品牌" },
  city: { ru: "Город", kk: "Қала", zh: "城市" },
  address: { ru: "Адрес", kk: "Мекенжай", zh: "地址" },
  notes: { ru: "Заметки", kk: "Ескертпелер", zh: "备注" },
};

type Entry = [pattern: RegExp, translations: Translations | ((m: RegExpExecArray, locale: Exclude<Locale, "en">) => string)];

const exact = (en: string, t: Translations): Entry => [new RegExp(`^${en.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`), t];
const label = (m: string, locale: Exclude<Locale, "en">) => FIELD_LABELS[m]?.[locale] ?? m;

const ENTRIES: Entry[] = [
  exact("status must be open, planned, under_construction or closed", { ru: "Статус: open, planned, under_construction или closed", kk: "Күйі: open, planned, under_construction немесе closed", zh: "状态必须是 open、planned、under_construction 或 closed" }),
  exact("Use a quarter such as 2025-Q3", { ru: "Укажите квартал в виде 2025-Q3", kk: "Тоқсанды 2025-Q3 түрінде көрсетіңіз", zh: "请使用 2025-Q3 这样的季度格式" }),
  exact("Choose a brand", { ru: "Выберите бренд", kk: "Брендті таңдаңыз", zh: "请选择品牌" }),
  exact("Give the site a name (2+ visible characters)", { ru: "Дайте точке название (от 2 видимых символов)", kk: "Нүктеге атау беріңіз (кемінде 2 көрінетін таңба)", zh: "请为网点命名（至少 2 个可见字符）" }),
  exact("Choose a city", { ru: "Выберите город", kk: "Қаланы таңдаңыз", zh: "请选择城市" }),
  exact("Latitude must be between -90 and 90", { ru: "Широта должна быть от -90 до 90", kk: "Ендік -90 мен 90 аралығында болуы керек", zh: "纬度必须在 -90 到 90 之间" }),
  exact("Longitude must be between -180 and 180", { ru: "Долгота должна быть от -180 до 180", kk: "Бойлық -180 мен 180 аралығында болуы керек", zh: "经度必须在 -180 到 180 之间" }),
  exact("sales must be true or false", { ru: "Продажи: да или нет", kk: "Сатылым: иә немесе жоқ", zh: "销售必须为是或否" }),
  exact("service must be true or false", { ru: "Сервис: да или нет", kk: "Сервис: иә немесе жоқ", zh: "维修必须为是或否" }),
  exact("parts must be true or false", { ru: "Запчасти: да или нет", kk: "Қосалқы бөлшектер: иә немесе жоқ", zh: "配件必须为是或否" }),
  exact("Service bays must be a whole number", { ru: "Число сервисных постов должно быть целым", kk: "Сервис посттарының саны бүтін сан болуы керек", zh: "维修工位数必须是整数" }),
  exact("Service bays cannot be negative", { ru: "Число сервисных постов не может быть отрицательным", kk: "Сервис посттарының саны теріс бола алмайды", zh: "维修工位数不能为负数" }),
  exact("At most 500 bays", { ru: "Не более 500 постов", kk: "Ең көбі 500 пост", zh: "最多 500 个工位" }),
  exact("Use a date such as 2024-05-31", { ru: "Укажите дату в виде 2024-05-31", kk: "Күнді 2024-05-31 түрінде көрсетіңіз", zh: "请使用 2024-05-31 这样的日期格式" }),
  exact("Use a date such as 2025-09-01", { ru: "Укажите дату в виде 2025-09-01", kk: "Күнді 2025-09-01 түрінде көрсетіңіз", zh: "请使用 2025-09-01 这样的日期格式" }),
  exact("Not a real date", { ru: "Такой даты не существует", kk: "Мұндай күн жоқ", zh: "不是有效日期" }),
  exact("A planned site needs a target quarter (e.g. 2025-Q3)", { ru: "Для планируемой точки нужен плановый квартал (напр. 2025-Q3)", kk: "Жоспарланған нүктеге жоспарлы тоқсан керек (мыс. 2025-Q3)", zh: "计划中的网点需要目标季度（例如 2025-Q3）" }),
  exact("The site must lie inside Kazakhstan", { ru: "Точка должна находиться в Казахстане", kk: "Нүкте Қазақстан аумағында болуы керек", zh: "网点必须位于哈萨克斯坦境内" }),
  exact("Pick at least one of sales, service, parts", { ru: "Выберите хотя бы одно: продажи, сервис, запчасти", kk: "Кемінде біреуін таңдаңыз: сатылым, сервис, қосалқы бөлшектер", zh: "请至少选择销售、维修、配件中的一项" }),
  exact("Choose open, under construction or closed", { ru: "Выберите: открыта, строится или закрыта", kk: "Таңдаңыз: ашық, салынуда немесе жабық", zh: "请选择营业中、在建或已关闭" }),
  exact("vehicles must be a whole number of 0 or more", { ru: "Число автомобилей должно быть целым, от 0", kk: "Көлік саны 0 не одан көп бүтін сан болуы керек", zh: "车辆数必须是 0 或以上的整数" }),
  exact("vehicles is empty: give a whole number of 0 or more", { ru: "Число автомобилей не указано: введите целое число от 0", kk: "Көлік саны бос: 0 не одан көп бүтін сан енгізіңіз", zh: "车辆数为空：请输入 0 或以上的整数" }),
  [/^vehicles must be a whole number of 0 or more, not "(.*)"$/s, { ru: "Число автомобилей должно быть целым, от 0, а не «$1»", kk: "Көлік саны 0 не одан көп бүтін сан болуы керек, «$1» емес", zh: "车辆数必须是 0 或以上的整数，而不是“$1”" }],
  [/^vehicles must be at most ([\d,]+)$/, { ru: "Число автомобилей — не более $1", kk: "Көлік саны ең көбі $1", zh: "车辆数最多为 $1" }],
  [/^At most (\d+) characters$/, { ru: "Не более $1 символов", kk: "Ең көбі $1 таңба", zh: "最多 $1 个字符" }],
  [/^(\w[\w ]*) must be a number$/, (m, l) => ({ ru: `${label(m[1], l)}: нужно число`, kk: `${label(m[1], l)}: сан керек`, zh: `${label(m[1], l)}必须是数字` })[l]],
  [/^(\w[\w ]*) must be a finite number$/, (m, l) => ({ ru: `${label(m[1], l)}: нужно конечное число`, kk: `${label(m[1], l)}: шекті сан керек`, zh: `${label(m[1], l)}必须是有限数字` })[l]],
  [/^(\w[\w ]*) must be a number in plain decimals \(such as 42 or 43\.25\), not "(.*)"$/s, (m, l) => ({ ru: `${label(m[1], l)}: нужно число в виде 42 или 43.25, а не «${m[2]}»`, kk: `${label(m[1], l)}: 42 не 43.25 түріндегі сан керек, «${m[2]}» емес`, zh: `${label(m[1], l)}必须是 42 或 43.25 这样的普通小数，而不是“${m[2]}”` })[l]],
  [/^(\w[\w ]*) must be text$/, (m, l) => ({ ru: `${label(m[1], l)}: нужен текст`, kk: `${label(m[1], l)}: мәтін керек`, zh: `${label(m[1], l)}必须是文本` })[l]],
  [/^(\w[\w ]*) contains an invalid character \(a lone UTF-16 surrogate\)$/, (m, l) => ({ ru: `${label(m[1], l)}: недопустимый символ (одиночный суррогат UTF-16)`, kk: `${label(m[1], l)}: жарамсыз таңба (жалғыз UTF-16 суррогаты)`, zh: `${label(m[1], l)}包含无效字符（孤立的 UTF-16 代理项）` })[l]],
  [/^An open site cannot open in the future \((\S+); today is (\S+)\): keep it planned or under construction until then$/, { ru: "Открытая точка не может открыться в будущем ($1; сегодня $2): до этого оставьте её планируемой или строящейся", kk: "Ашық нүкте болашақта ашыла алмайды ($1; бүгін $2): оған дейін оны жоспарланған не салынып жатқан күйде қалдырыңыз", zh: "营业中的网点不能在未来开业（$1；今天是 $2）：在此之前请保持计划中或在建状态" }],
  [/^A (open|planned|under construction|closed) site cannot become (open|planned|under construction|closed) in one step; use Edit for other changes$/, (m, l) =>
    ({
      ru: `${STATUS_WORDS[m[1]].ru[0].toUpperCase()}${STATUS_WORDS[m[1]].ru.slice(1)} точка не может сразу стать ${STATUS_TARGET[m[2]].ru}; для других изменений используйте «Изменить»`,
      kk: `${STATUS_WORDS[m[1]].kk[0].toUpperCase()}${STATUS_WORDS[m[1]].kk.slice(1)} нүкте бір қадамда ${STATUS_TARGET[m[2]].kk} бола алмайды; басқа өзгерістер үшін «Өңдеу» пайдаланыңыз`,
      zh: `${STATUS_WORDS[m[1]].zh}的网点不能一步变为${STATUS_TARGET[m[2]].zh}；其他更改请使用“编辑”`,
    })[l]],
  // the imports' row messages (lib/import)
  [/^Unknown (city|brand) "(.*)"; did you mean (.*)\?$/s, (m, l) =>
    ({
      ru: `Неизвестный ${m[1] === "city" ? "город" : "бренд"} «${m[2]}»; может быть, ${m[3]}?`,
      kk: `Белгісіз ${m[1] === "city" ? "қала" : "бренд"} «${m[2]}»; мүмкін, ${m[3]}?`,
      zh: `未知${m[1] === "city" ? "城市" : "品牌"}“${m[2]}”；您是否指 ${m[3]}？`,
    })[l]],
  [/^Unknown (city|brand) "(.*)"$/s, (m, l) =>
    ({ ru: `Неизвестный ${m[1] === "city" ? "город" : "бренд"} «${m[2]}»`, kk: `Белгісіз ${m[1] === "city" ? "қала" : "бренд"} «${m[2]}»`, zh: `未知${m[1] === "city" ? "城市" : "品牌"}“${m[2]}”` })[l]],
  [/^Expected (\d+) cells like the header, found (\d+)$/, { ru: "Ожидалось $1 ячеек, как в заголовке, найдено $2", kk: "Тақырыптағыдай $1 ұяшық күтілді, $2 табылды", zh: "应与表头一样有 $1 个单元格，实际为 $2 个" }],
  exact("Each feature must be a Point with [longitude, latitude] coordinates", { ru: "Каждый объект должен быть точкой (Point) с координатами [долгота, широта]", kk: "Әр нысан [бойлық, ендік] координаттары бар нүкте (Point) болуы керек", zh: "每个要素都必须是带 [经度, 纬度] 坐标的点（Point）" }),
  [/^(\w[\w ]*): (.*)$/s, (m, l) => `${label(m[1], l)}: ${translateDetail(m[2], l)}`],
];

/** `text` in `locale` when it is a known message, else `text` as it is. */
export function translateDetail(text: string, locale: Locale): string {
  if (locale === "en") return text;
  for (const [pattern, t] of ENTRIES) {
    const m = pattern.exec(text);
    if (!m) continue;
    if (typeof t === "function") return t(m, locale);
    return t[locale].replace(/\$(\d)/g, (_, i: string) => m[Number(i)] ?? "");
  }
  return text;
}
