/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Qno1Inputs */

const en_qno1 = /** @type {(inputs: Qno1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No`)
};

const ja_qno1 = /** @type {(inputs: Qno1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`いいえ`)
};

const zh_cn2_qno1 = /** @type {(inputs: Qno1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`否`)
};

const ro_qno1 = /** @type {(inputs: Qno1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nu`)
};

const ru_qno1 = /** @type {(inputs: Qno1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Нет`)
};

const th_qno1 = /** @type {(inputs: Qno1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ไม่ใช่`)
};

const es_qno1 = /** @type {(inputs: Qno1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No`)
};

const de_qno1 = /** @type {(inputs: Qno1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nein`)
};

const fr_qno1 = /** @type {(inputs: Qno1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Non`)
};

const pt_qno1 = /** @type {(inputs: Qno1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Não`)
};

const ar_qno1 = /** @type {(inputs: Qno1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`لا`)
};

/**
* | output |
* | --- |
* | "No" |
*
* @param {Qno1Inputs} inputs
* @param {{ locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }} options
* @returns {LocalizedString}
*/
const qno1 = /** @type {((inputs?: Qno1Inputs, options?: { locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Qno1Inputs, { locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ja") return ja_qno1(inputs)
	if (locale === "zh-CN") return zh_cn2_qno1(inputs)
	if (locale === "ro") return ro_qno1(inputs)
	if (locale === "ru") return ru_qno1(inputs)
	if (locale === "th") return th_qno1(inputs)
	if (locale === "es") return es_qno1(inputs)
	if (locale === "de") return de_qno1(inputs)
	if (locale === "fr") return fr_qno1(inputs)
	if (locale === "pt") return pt_qno1(inputs)
	if (locale === "ar") return ar_qno1(inputs)
	return en_qno1(inputs)
});
export { qno1 as "qNo" }