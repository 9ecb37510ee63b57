/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Vnumber1Inputs */

const en_vnumber1 = /** @type {(inputs: Vnumber1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Enter a number.`)
};

const ja_vnumber1 = /** @type {(inputs: Vnumber1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`数値を入力してください。`)
};

const zh_cn2_vnumber1 = /** @type {(inputs: Vnumber1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`请输入数字。`)
};

const ro_vnumber1 = /** @type {(inputs: Vnumber1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Introduceți un număr.`)
};

const ru_vnumber1 = /** @type {(inputs: Vnumber1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Введите число.`)
};

const th_vnumber1 = /** @type {(inputs: Vnumber1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`โปรดป้อนตัวเลข`)
};

const es_vnumber1 = /** @type {(inputs: Vnumber1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Introduzca un número.`)
};

const de_vnumber1 = /** @type {(inputs: Vnumber1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Geben Sie eine Zahl ein.`)
};

const fr_vnumber1 = /** @type {(inputs: Vnumber1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Saisissez un nombre.`)
};

const pt_vnumber1 = /** @type {(inputs: Vnumber1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Introduza um número.`)
};

const ar_vnumber1 = /** @type {(inputs: Vnumber1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`أدخل رقمًا.`)
};

/**
* | output |
* | --- |
* | "Enter a number." |
*
* @param {Vnumber1Inputs} inputs
* @param {{ locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }} options
* @returns {LocalizedString}
*/
const vnumber1 = /** @type {((inputs?: Vnumber1Inputs, options?: { locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Vnumber1Inputs, { locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ja") return ja_vnumber1(inputs)
	if (locale === "zh-CN") return zh_cn2_vnumber1(inputs)
	if (locale === "ro") return ro_vnumber1(inputs)
	if (locale === "ru") return ru_vnumber1(inputs)
	if (locale === "th") return th_vnumber1(inputs)
	if (locale === "es") return es_vnumber1(inputs)
	if (locale === "de") return de_vnumber1(inputs)
	if (locale === "fr") return fr_vnumber1(inputs)
	if (locale === "pt") return pt_vnumber1(inputs)
	if (locale === "ar") return ar_vnumber1(inputs)
	return en_vnumber1(inputs)
});
export { vnumber1 as "vNumber" }