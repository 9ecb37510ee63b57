/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ max: NonNullable<unknown> }} Vmax1Inputs */

const en_vmax1 = /** @type {(inputs: Vmax1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Enter a value of at most ${i?.max}.`)
};

const ja_vmax1 = /** @type {(inputs: Vmax1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.max} 以下の値を入力してください。`)
};

const zh_cn2_vmax1 = /** @type {(inputs: Vmax1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`请输入不大于 ${i?.max} 的值。`)
};

const ro_vmax1 = /** @type {(inputs: Vmax1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Introduceți o valoare de cel mult ${i?.max}.`)
};

const ru_vmax1 = /** @type {(inputs: Vmax1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Введите значение не больше ${i?.max}.`)
};

const th_vmax1 = /** @type {(inputs: Vmax1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`โปรดป้อนค่าไม่เกิน ${i?.max}`)
};

const es_vmax1 = /** @type {(inputs: Vmax1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Introduzca un valor de como máximo ${i?.max}.`)
};

const de_vmax1 = /** @type {(inputs: Vmax1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Geben Sie einen Wert von höchstens ${i?.max} ein.`)
};

const fr_vmax1 = /** @type {(inputs: Vmax1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Saisissez une valeur d’au plus ${i?.max}.`)
};

const pt_vmax1 = /** @type {(inputs: Vmax1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Introduza um valor de no máximo ${i?.max}.`)
};

const ar_vmax1 = /** @type {(inputs: Vmax1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`أدخل قيمة لا تزيد على ${i?.max}.`)
};

/**
* | output |
* | --- |
* | "Enter a value of at most {max}." |
*
* @param {Vmax1Inputs} inputs
* @param {{ locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }} options
* @returns {LocalizedString}
*/
const vmax1 = /** @type {((inputs: Vmax1Inputs, options?: { locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Vmax1Inputs, { locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ja") return ja_vmax1(inputs)
	if (locale === "zh-CN") return zh_cn2_vmax1(inputs)
	if (locale === "ro") return ro_vmax1(inputs)
	if (locale === "ru") return ru_vmax1(inputs)
	if (locale === "th") return th_vmax1(inputs)
	if (locale === "es") return es_vmax1(inputs)
	if (locale === "de") return de_vmax1(inputs)
	if (locale === "fr") return fr_vmax1(inputs)
	if (locale === "pt") return pt_vmax1(inputs)
	if (locale === "ar") return ar_vmax1(inputs)
	return en_vmax1(inputs)
});
export { vmax1 as "vMax" }