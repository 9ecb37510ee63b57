/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Qother1Inputs */

const en_qother1 = /** @type {(inputs: Qother1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Other`)
};

const ja_qother1 = /** @type {(inputs: Qother1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`その他`)
};

const zh_cn2_qother1 = /** @type {(inputs: Qother1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`其他`)
};

const ro_qother1 = /** @type {(inputs: Qother1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Altceva`)
};

const ru_qother1 = /** @type {(inputs: Qother1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Другое`)
};

const th_qother1 = /** @type {(inputs: Qother1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`อื่น ๆ`)
};

const es_qother1 = /** @type {(inputs: Qother1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Otro`)
};

const de_qother1 = /** @type {(inputs: Qother1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sonstiges`)
};

const fr_qother1 = /** @type {(inputs: Qother1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Autre`)
};

const pt_qother1 = /** @type {(inputs: Qother1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Outro`)
};

const ar_qother1 = /** @type {(inputs: Qother1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`غير ذلك`)
};

/**
* | output |
* | --- |
* | "Other" |
*
* @param {Qother1Inputs} inputs
* @param {{ locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }} options
* @returns {LocalizedString}
*/
const qother1 = /** @type {((inputs?: Qother1Inputs, options?: { locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Qother1Inputs, { locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ja") return ja_qother1(inputs)
	if (locale === "zh-CN") return zh_cn2_qother1(inputs)
	if (locale === "ro") return ro_qother1(inputs)
	if (locale === "ru") return ru_qother1(inputs)
	if (locale === "th") return th_qother1(inputs)
	if (locale === "es") return es_qother1(inputs)
	if (locale === "de") return de_qother1(inputs)
	if (locale === "fr") return fr_qother1(inputs)
	if (locale === "pt") return pt_qother1(inputs)
	if (locale === "ar") return ar_qother1(inputs)
	return en_qother1(inputs)
});
export { qother1 as "qOther" }