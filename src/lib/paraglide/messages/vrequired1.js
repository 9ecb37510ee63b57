/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Vrequired1Inputs */

const en_vrequired1 = /** @type {(inputs: Vrequired1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Answer this question.`)
};

const ja_vrequired1 = /** @type {(inputs: Vrequired1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`この質問に回答してください。`)
};

const zh_cn2_vrequired1 = /** @type {(inputs: Vrequired1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`请回答此问题。`)
};

const ro_vrequired1 = /** @type {(inputs: Vrequired1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Răspundeți la această întrebare.`)
};

const ru_vrequired1 = /** @type {(inputs: Vrequired1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ответьте на этот вопрос.`)
};

const th_vrequired1 = /** @type {(inputs: Vrequired1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`โปรดตอบคำถามนี้`)
};

const es_vrequired1 = /** @type {(inputs: Vrequired1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Responda a esta pregunta.`)
};

const de_vrequired1 = /** @type {(inputs: Vrequired1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bitte beantworten Sie diese Frage.`)
};

const fr_vrequired1 = /** @type {(inputs: Vrequired1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Répondez à cette question.`)
};

const pt_vrequired1 = /** @type {(inputs: Vrequired1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Responda a esta pergunta.`)
};

const ar_vrequired1 = /** @type {(inputs: Vrequired1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`أجب عن هذا السؤال.`)
};

/**
* | output |
* | --- |
* | "Answer this question." |
*
* @param {Vrequired1Inputs} inputs
* @param {{ locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }} options
* @returns {LocalizedString}
*/
const vrequired1 = /** @type {((inputs?: Vrequired1Inputs, options?: { locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Vrequired1Inputs, { locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ja") return ja_vrequired1(inputs)
	if (locale === "zh-CN") return zh_cn2_vrequired1(inputs)
	if (locale === "ro") return ro_vrequired1(inputs)
	if (locale === "ru") return ru_vrequired1(inputs)
	if (locale === "th") return th_vrequired1(inputs)
	if (locale === "es") return es_vrequired1(inputs)
	if (locale === "de") return de_vrequired1(inputs)
	if (locale === "fr") return fr_vrequired1(inputs)
	if (locale === "pt") return pt_vrequired1(inputs)
	if (locale === "ar") return ar_vrequired1(inputs)
	return en_vrequired1(inputs)
});
export { vrequired1 as "vRequired" }