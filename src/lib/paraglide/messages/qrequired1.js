/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Qrequired1Inputs */

const en_qrequired1 = /** @type {(inputs: Qrequired1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`required`)
};

const ja_qrequired1 = /** @type {(inputs: Qrequired1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`必須`)
};

const zh_cn2_qrequired1 = /** @type {(inputs: Qrequired1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`必填`)
};

const ro_qrequired1 = /** @type {(inputs: Qrequired1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`obligatoriu`)
};

const ru_qrequired1 = /** @type {(inputs: Qrequired1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`обязательно`)
};

const th_qrequired1 = /** @type {(inputs: Qrequired1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`จำเป็น`)
};

const es_qrequired1 = /** @type {(inputs: Qrequired1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`obligatoria`)
};

const de_qrequired1 = /** @type {(inputs: Qrequired1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pflichtfeld`)
};

const fr_qrequired1 = /** @type {(inputs: Qrequired1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`obligatoire`)
};

const pt_qrequired1 = /** @type {(inputs: Qrequired1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`obrigatória`)
};

const ar_qrequired1 = /** @type {(inputs: Qrequired1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`مطلوب`)
};

/**
* | output |
* | --- |
* | "required" |
*
* @param {Qrequired1Inputs} inputs
* @param {{ locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }} options
* @returns {LocalizedString}
*/
const qrequired1 = /** @type {((inputs?: Qrequired1Inputs, options?: { locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Qrequired1Inputs, { locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ja") return ja_qrequired1(inputs)
	if (locale === "zh-CN") return zh_cn2_qrequired1(inputs)
	if (locale === "ro") return ro_qrequired1(inputs)
	if (locale === "ru") return ru_qrequired1(inputs)
	if (locale === "th") return th_qrequired1(inputs)
	if (locale === "es") return es_qrequired1(inputs)
	if (locale === "de") return de_qrequired1(inputs)
	if (locale === "fr") return fr_qrequired1(inputs)
	if (locale === "pt") return pt_qrequired1(inputs)
	if (locale === "ar") return ar_qrequired1(inputs)
	return en_qrequired1(inputs)
});
export { qrequired1 as "qRequired" }