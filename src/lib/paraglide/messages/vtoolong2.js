/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ max: NonNullable<unknown> }} Vtoolong2Inputs */

const en_vtoolong2 = /** @type {(inputs: Vtoolong2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Use at most ${i?.max} characters.`)
};

const ja_vtoolong2 = /** @type {(inputs: Vtoolong2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.max} 文字以内で入力してください。`)
};

const zh_cn2_vtoolong2 = /** @type {(inputs: Vtoolong2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`最多 ${i?.max} 个字符。`)
};

const ro_vtoolong2 = /** @type {(inputs: Vtoolong2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Folosiți cel mult ${i?.max} caractere.`)
};

const ru_vtoolong2 = /** @type {(inputs: Vtoolong2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Не более ${i?.max} символов.`)
};

const th_vtoolong2 = /** @type {(inputs: Vtoolong2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`ใช้ได้ไม่เกิน ${i?.max} ตัวอักษร`)
};

const es_vtoolong2 = /** @type {(inputs: Vtoolong2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Use como máximo ${i?.max} caracteres.`)
};

const de_vtoolong2 = /** @type {(inputs: Vtoolong2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Höchstens ${i?.max} Zeichen.`)
};

const fr_vtoolong2 = /** @type {(inputs: Vtoolong2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.max} caractères au maximum.`)
};

const pt_vtoolong2 = /** @type {(inputs: Vtoolong2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Use no máximo ${i?.max} caracteres.`)
};

const ar_vtoolong2 = /** @type {(inputs: Vtoolong2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`استخدم ${i?.max} حرفًا على الأكثر.`)
};

/**
* | output |
* | --- |
* | "Use at most {max} characters." |
*
* @param {Vtoolong2Inputs} inputs
* @param {{ locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }} options
* @returns {LocalizedString}
*/
const vtoolong2 = /** @type {((inputs: Vtoolong2Inputs, options?: { locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Vtoolong2Inputs, { locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ja") return ja_vtoolong2(inputs)
	if (locale === "zh-CN") return zh_cn2_vtoolong2(inputs)
	if (locale === "ro") return ro_vtoolong2(inputs)
	if (locale === "ru") return ru_vtoolong2(inputs)
	if (locale === "th") return th_vtoolong2(inputs)
	if (locale === "es") return es_vtoolong2(inputs)
	if (locale === "de") return de_vtoolong2(inputs)
	if (locale === "fr") return fr_vtoolong2(inputs)
	if (locale === "pt") return pt_vtoolong2(inputs)
	if (locale === "ar") return ar_vtoolong2(inputs)
	return en_vtoolong2(inputs)
});
export { vtoolong2 as "vTooLong" }