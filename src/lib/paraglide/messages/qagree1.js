/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Qagree1Inputs */

const en_qagree1 = /** @type {(inputs: Qagree1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`I agree`)
};

const ja_qagree1 = /** @type {(inputs: Qagree1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`同意します`)
};

const zh_cn2_qagree1 = /** @type {(inputs: Qagree1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`我同意`)
};

const ro_qagree1 = /** @type {(inputs: Qagree1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sunt de acord`)
};

const ru_qagree1 = /** @type {(inputs: Qagree1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Я согласен(на)`)
};

const th_qagree1 = /** @type {(inputs: Qagree1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ฉันยอมรับ`)
};

const es_qagree1 = /** @type {(inputs: Qagree1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Acepto`)
};

const de_qagree1 = /** @type {(inputs: Qagree1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ich stimme zu`)
};

const fr_qagree1 = /** @type {(inputs: Qagree1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`J’accepte`)
};

const pt_qagree1 = /** @type {(inputs: Qagree1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Concordo`)
};

const ar_qagree1 = /** @type {(inputs: Qagree1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`أوافق`)
};

/**
* | output |
* | --- |
* | "I agree" |
*
* @param {Qagree1Inputs} inputs
* @param {{ locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }} options
* @returns {LocalizedString}
*/
const qagree1 = /** @type {((inputs?: Qagree1Inputs, options?: { locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Qagree1Inputs, { locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ja") return ja_qagree1(inputs)
	if (locale === "zh-CN") return zh_cn2_qagree1(inputs)
	if (locale === "ro") return ro_qagree1(inputs)
	if (locale === "ru") return ru_qagree1(inputs)
	if (locale === "th") return th_qagree1(inputs)
	if (locale === "es") return es_qagree1(inputs)
	if (locale === "de") return de_qagree1(inputs)
	if (locale === "fr") return fr_qagree1(inputs)
	if (locale === "pt") return pt_qagree1(inputs)
	if (locale === "ar") return ar_qagree1(inputs)
	return en_qagree1(inputs)
});
export { qagree1 as "qAgree" }