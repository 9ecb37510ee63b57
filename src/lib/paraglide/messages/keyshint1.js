/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Keyshint1Inputs */

const en_keyshint1 = /** @type {(inputs: Keyshint1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Keyboard: type a number or letter to choose, Enter to go on.`)
};

const ja_keyshint1 = /** @type {(inputs: Keyshint1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`キーボード：数字または文字で選び、Enter で次へ進みます。`)
};

const zh_cn2_keyshint1 = /** @type {(inputs: Keyshint1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`键盘：输入数字或字母进行选择，按 Enter 继续。`)
};

const ro_keyshint1 = /** @type {(inputs: Keyshint1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tastatură: tastați un număr sau o literă pentru a alege, Enter pentru a continua.`)
};

const ru_keyshint1 = /** @type {(inputs: Keyshint1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Клавиатура: цифра или буква выбирает ответ, Enter — дальше.`)
};

const th_keyshint1 = /** @type {(inputs: Keyshint1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`แป้นพิมพ์: พิมพ์ตัวเลขหรือตัวอักษรเพื่อเลือก กด Enter เพื่อไปต่อ`)
};

const es_keyshint1 = /** @type {(inputs: Keyshint1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Teclado: escriba un número o una letra para elegir y pulse Intro para continuar.`)
};

const de_keyshint1 = /** @type {(inputs: Keyshint1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tastatur: Zahl oder Buchstabe wählt aus, Enter geht weiter.`)
};

const fr_keyshint1 = /** @type {(inputs: Keyshint1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Clavier : tapez un chiffre ou une lettre pour choisir, Entrée pour continuer.`)
};

const pt_keyshint1 = /** @type {(inputs: Keyshint1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Teclado: escreva um número ou uma letra para escolher e Enter para continuar.`)
};

const ar_keyshint1 = /** @type {(inputs: Keyshint1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`لوحة المفاتيح: اكتب رقمًا أو حرفًا للاختيار، ثم Enter للمتابعة.`)
};

/**
* | output |
* | --- |
* | "Keyboard: type a number or letter to choose, Enter to go on." |
*
* @param {Keyshint1Inputs} inputs
* @param {{ locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }} options
* @returns {LocalizedString}
*/
const keyshint1 = /** @type {((inputs?: Keyshint1Inputs, options?: { locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Keyshint1Inputs, { locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ja") return ja_keyshint1(inputs)
	if (locale === "zh-CN") return zh_cn2_keyshint1(inputs)
	if (locale === "ro") return ro_keyshint1(inputs)
	if (locale === "ru") return ru_keyshint1(inputs)
	if (locale === "th") return th_keyshint1(inputs)
	if (locale === "es") return es_keyshint1(inputs)
	if (locale === "de") return de_keyshint1(inputs)
	if (locale === "fr") return fr_keyshint1(inputs)
	if (locale === "pt") return pt_keyshint1(inputs)
	if (locale === "ar") return ar_keyshint1(inputs)
	return en_keyshint1(inputs)
});
export { keyshint1 as "keysHint" }