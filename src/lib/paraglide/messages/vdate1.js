/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Vdate1Inputs */

const en_vdate1 = /** @type {(inputs: Vdate1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Enter a valid date.`)
};

const ja_vdate1 = /** @type {(inputs: Vdate1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`有効な日付を入力してください。`)
};

const zh_cn2_vdate1 = /** @type {(inputs: Vdate1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`请输入有效日期。`)
};

const ro_vdate1 = /** @type {(inputs: Vdate1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Introduceți o dată validă.`)
};

const ru_vdate1 = /** @type {(inputs: Vdate1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Введите правильную дату.`)
};

const th_vdate1 = /** @type {(inputs: Vdate1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`โปรดป้อนวันที่ที่ถูกต้อง`)
};

const es_vdate1 = /** @type {(inputs: Vdate1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Introduzca una fecha válida.`)
};

const de_vdate1 = /** @type {(inputs: Vdate1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Geben Sie ein gültiges Datum ein.`)
};

const fr_vdate1 = /** @type {(inputs: Vdate1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Saisissez une date valide.`)
};

const pt_vdate1 = /** @type {(inputs: Vdate1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Introduza uma data válida.`)
};

const ar_vdate1 = /** @type {(inputs: Vdate1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`أدخل تاريخًا صحيحًا.`)
};

/**
* | output |
* | --- |
* | "Enter a valid date." |
*
* @param {Vdate1Inputs} inputs
* @param {{ locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }} options
* @returns {LocalizedString}
*/
const vdate1 = /** @type {((inputs?: Vdate1Inputs, options?: { locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Vdate1Inputs, { locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ja") return ja_vdate1(inputs)
	if (locale === "zh-CN") return zh_cn2_vdate1(inputs)
	if (locale === "ro") return ro_vdate1(inputs)
	if (locale === "ru") return ru_vdate1(inputs)
	if (locale === "th") return th_vdate1(inputs)
	if (locale === "es") return es_vdate1(inputs)
	if (locale === "de") return de_vdate1(inputs)
	if (locale === "fr") return fr_vdate1(inputs)
	if (locale === "pt") return pt_vdate1(inputs)
	if (locale === "ar") return ar_vdate1(inputs)
	return en_vdate1(inputs)
});
export { vdate1 as "vDate" }