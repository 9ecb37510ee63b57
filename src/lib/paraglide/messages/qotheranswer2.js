/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Qotheranswer2Inputs */

const en_qotheranswer2 = /** @type {(inputs: Qotheranswer2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Other answer`)
};

const ja_qotheranswer2 = /** @type {(inputs: Qotheranswer2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`その他の回答`)
};

const zh_cn2_qotheranswer2 = /** @type {(inputs: Qotheranswer2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`其他答案`)
};

const ro_qotheranswer2 = /** @type {(inputs: Qotheranswer2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Alt răspuns`)
};

const ru_qotheranswer2 = /** @type {(inputs: Qotheranswer2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Другой ответ`)
};

const th_qotheranswer2 = /** @type {(inputs: Qotheranswer2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`คำตอบอื่น`)
};

const es_qotheranswer2 = /** @type {(inputs: Qotheranswer2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Otra respuesta`)
};

const de_qotheranswer2 = /** @type {(inputs: Qotheranswer2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Andere Antwort`)
};

const fr_qotheranswer2 = /** @type {(inputs: Qotheranswer2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Autre réponse`)
};

const pt_qotheranswer2 = /** @type {(inputs: Qotheranswer2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Outra resposta`)
};

const ar_qotheranswer2 = /** @type {(inputs: Qotheranswer2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`إجابة أخرى`)
};

/**
* | output |
* | --- |
* | "Other answer" |
*
* @param {Qotheranswer2Inputs} inputs
* @param {{ locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }} options
* @returns {LocalizedString}
*/
const qotheranswer2 = /** @type {((inputs?: Qotheranswer2Inputs, options?: { locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Qotheranswer2Inputs, { locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ja") return ja_qotheranswer2(inputs)
	if (locale === "zh-CN") return zh_cn2_qotheranswer2(inputs)
	if (locale === "ro") return ro_qotheranswer2(inputs)
	if (locale === "ru") return ru_qotheranswer2(inputs)
	if (locale === "th") return th_qotheranswer2(inputs)
	if (locale === "es") return es_qotheranswer2(inputs)
	if (locale === "de") return de_qotheranswer2(inputs)
	if (locale === "fr") return fr_qotheranswer2(inputs)
	if (locale === "pt") return pt_qotheranswer2(inputs)
	if (locale === "ar") return ar_qotheranswer2(inputs)
	return en_qotheranswer2(inputs)
});
export { qotheranswer2 as "qOtherAnswer" }