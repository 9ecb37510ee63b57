/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Qyes1Inputs */

const en_qyes1 = /** @type {(inputs: Qyes1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Yes`)
};

const ja_qyes1 = /** @type {(inputs: Qyes1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`はい`)
};

const zh_cn2_qyes1 = /** @type {(inputs: Qyes1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`是`)
};

const ro_qyes1 = /** @type {(inputs: Qyes1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Da`)
};

const ru_qyes1 = /** @type {(inputs: Qyes1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Да`)
};

const th_qyes1 = /** @type {(inputs: Qyes1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ใช่`)
};

const es_qyes1 = /** @type {(inputs: Qyes1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sí`)
};

const de_qyes1 = /** @type {(inputs: Qyes1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ja`)
};

const fr_qyes1 = /** @type {(inputs: Qyes1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Oui`)
};

const pt_qyes1 = /** @type {(inputs: Qyes1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sim`)
};

const ar_qyes1 = /** @type {(inputs: Qyes1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`نعم`)
};

/**
* | output |
* | --- |
* | "Yes" |
*
* @param {Qyes1Inputs} inputs
* @param {{ locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }} options
* @returns {LocalizedString}
*/
const qyes1 = /** @type {((inputs?: Qyes1Inputs, options?: { locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Qyes1Inputs, { locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ja") return ja_qyes1(inputs)
	if (locale === "zh-CN") return zh_cn2_qyes1(inputs)
	if (locale === "ro") return ro_qyes1(inputs)
	if (locale === "ru") return ru_qyes1(inputs)
	if (locale === "th") return th_qyes1(inputs)
	if (locale === "es") return es_qyes1(inputs)
	if (locale === "de") return de_qyes1(inputs)
	if (locale === "fr") return fr_qyes1(inputs)
	if (locale === "pt") return pt_qyes1(inputs)
	if (locale === "ar") return ar_qyes1(inputs)
	return en_qyes1(inputs)
});
export { qyes1 as "qYes" }