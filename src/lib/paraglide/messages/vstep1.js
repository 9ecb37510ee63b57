/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ step: NonNullable<unknown> }} Vstep1Inputs */

const en_vstep1 = /** @type {(inputs: Vstep1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Use steps of ${i?.step}.`)
};

const ja_vstep1 = /** @type {(inputs: Vstep1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.step} 刻みで入力してください。`)
};

const zh_cn2_vstep1 = /** @type {(inputs: Vstep1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`请以 ${i?.step} 为步长。`)
};

const ro_vstep1 = /** @type {(inputs: Vstep1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Folosiți pași de ${i?.step}.`)
};

const ru_vstep1 = /** @type {(inputs: Vstep1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Используйте шаг ${i?.step}.`)
};

const th_vstep1 = /** @type {(inputs: Vstep1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`โปรดใช้ช่วงละ ${i?.step}`)
};

const es_vstep1 = /** @type {(inputs: Vstep1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Use intervalos de ${i?.step}.`)
};

const de_vstep1 = /** @type {(inputs: Vstep1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Verwenden Sie Schritte von ${i?.step}.`)
};

const fr_vstep1 = /** @type {(inputs: Vstep1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Utilisez des pas de ${i?.step}.`)
};

const pt_vstep1 = /** @type {(inputs: Vstep1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Use intervalos de ${i?.step}.`)
};

const ar_vstep1 = /** @type {(inputs: Vstep1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`استخدم خطوات مقدارها ${i?.step}.`)
};

/**
* | output |
* | --- |
* | "Use steps of {step}." |
*
* @param {Vstep1Inputs} inputs
* @param {{ locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }} options
* @returns {LocalizedString}
*/
const vstep1 = /** @type {((inputs: Vstep1Inputs, options?: { locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Vstep1Inputs, { locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ja") return ja_vstep1(inputs)
	if (locale === "zh-CN") return zh_cn2_vstep1(inputs)
	if (locale === "ro") return ro_vstep1(inputs)
	if (locale === "ru") return ru_vstep1(inputs)
	if (locale === "th") return th_vstep1(inputs)
	if (locale === "es") return es_vstep1(inputs)
	if (locale === "de") return de_vstep1(inputs)
	if (locale === "fr") return fr_vstep1(inputs)
	if (locale === "pt") return pt_vstep1(inputs)
	if (locale === "ar") return ar_vstep1(inputs)
	return en_vstep1(inputs)
});
export { vstep1 as "vStep" }