/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Vwhole1Inputs */

const en_vwhole1 = /** @type {(inputs: Vwhole1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Enter a whole number.`)
};

const ja_vwhole1 = /** @type {(inputs: Vwhole1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`整数を入力してください。`)
};

const zh_cn2_vwhole1 = /** @type {(inputs: Vwhole1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`请输入整数。`)
};

const ro_vwhole1 = /** @type {(inputs: Vwhole1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Introduceți un număr întreg.`)
};

const ru_vwhole1 = /** @type {(inputs: Vwhole1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Введите целое число.`)
};

const th_vwhole1 = /** @type {(inputs: Vwhole1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`โปรดป้อนจำนวนเต็ม`)
};

const es_vwhole1 = /** @type {(inputs: Vwhole1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Introduzca un número entero.`)
};

const de_vwhole1 = /** @type {(inputs: Vwhole1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Geben Sie eine ganze Zahl ein.`)
};

const fr_vwhole1 = /** @type {(inputs: Vwhole1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Saisissez un nombre entier.`)
};

const pt_vwhole1 = /** @type {(inputs: Vwhole1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Introduza um número inteiro.`)
};

const ar_vwhole1 = /** @type {(inputs: Vwhole1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`أدخل عددًا صحيحًا.`)
};

/**
* | output |
* | --- |
* | "Enter a whole number." |
*
* @param {Vwhole1Inputs} inputs
* @param {{ locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }} options
* @returns {LocalizedString}
*/
const vwhole1 = /** @type {((inputs?: Vwhole1Inputs, options?: { locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Vwhole1Inputs, { locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ja") return ja_vwhole1(inputs)
	if (locale === "zh-CN") return zh_cn2_vwhole1(inputs)
	if (locale === "ro") return ro_vwhole1(inputs)
	if (locale === "ru") return ru_vwhole1(inputs)
	if (locale === "th") return th_vwhole1(inputs)
	if (locale === "es") return es_vwhole1(inputs)
	if (locale === "de") return de_vwhole1(inputs)
	if (locale === "fr") return fr_vwhole1(inputs)
	if (locale === "pt") return pt_vwhole1(inputs)
	if (locale === "ar") return ar_vwhole1(inputs)
	return en_vwhole1(inputs)
});
export { vwhole1 as "vWhole" }