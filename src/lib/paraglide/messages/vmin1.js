/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ min: NonNullable<unknown> }} Vmin1Inputs */

const en_vmin1 = /** @type {(inputs: Vmin1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Enter a value of at least ${i?.min}.`)
};

const ja_vmin1 = /** @type {(inputs: Vmin1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.min} 以上の値を入力してください。`)
};

const zh_cn2_vmin1 = /** @type {(inputs: Vmin1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`请输入不小于 ${i?.min} 的值。`)
};

const ro_vmin1 = /** @type {(inputs: Vmin1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Introduceți o valoare de cel puțin ${i?.min}.`)
};

const ru_vmin1 = /** @type {(inputs: Vmin1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Введите значение не меньше ${i?.min}.`)
};

const th_vmin1 = /** @type {(inputs: Vmin1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`โปรดป้อนค่าอย่างน้อย ${i?.min}`)
};

const es_vmin1 = /** @type {(inputs: Vmin1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Introduzca un valor de al menos ${i?.min}.`)
};

const de_vmin1 = /** @type {(inputs: Vmin1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Geben Sie einen Wert von mindestens ${i?.min} ein.`)
};

const fr_vmin1 = /** @type {(inputs: Vmin1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Saisissez une valeur d’au moins ${i?.min}.`)
};

const pt_vmin1 = /** @type {(inputs: Vmin1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Introduza um valor de pelo menos ${i?.min}.`)
};

const ar_vmin1 = /** @type {(inputs: Vmin1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`أدخل قيمة لا تقل عن ${i?.min}.`)
};

/**
* | output |
* | --- |
* | "Enter a value of at least {min}." |
*
* @param {Vmin1Inputs} inputs
* @param {{ locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }} options
* @returns {LocalizedString}
*/
const vmin1 = /** @type {((inputs: Vmin1Inputs, options?: { locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Vmin1Inputs, { locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ja") return ja_vmin1(inputs)
	if (locale === "zh-CN") return zh_cn2_vmin1(inputs)
	if (locale === "ro") return ro_vmin1(inputs)
	if (locale === "ru") return ru_vmin1(inputs)
	if (locale === "th") return th_vmin1(inputs)
	if (locale === "es") return es_vmin1(inputs)
	if (locale === "de") return de_vmin1(inputs)
	if (locale === "fr") return fr_vmin1(inputs)
	if (locale === "pt") return pt_vmin1(inputs)
	if (locale === "ar") return ar_vmin1(inputs)
	return en_vmin1(inputs)
});
export { vmin1 as "vMin" }