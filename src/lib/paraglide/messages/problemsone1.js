/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Problemsone1Inputs */

const en_problemsone1 = /** @type {(inputs: Problemsone1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`There is a problem with 1 answer`)
};

const ja_problemsone1 = /** @type {(inputs: Problemsone1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`1件の回答に問題があります`)
};

const zh_cn2_problemsone1 = /** @type {(inputs: Problemsone1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`有 1 个回答存在问题`)
};

const ro_problemsone1 = /** @type {(inputs: Problemsone1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Un răspuns are o problemă`)
};

const ru_problemsone1 = /** @type {(inputs: Problemsone1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`В одном ответе есть ошибка`)
};

const th_problemsone1 = /** @type {(inputs: Problemsone1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`มีปัญหากับคำตอบ 1 ข้อ`)
};

const es_problemsone1 = /** @type {(inputs: Problemsone1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Hay un problema con 1 respuesta`)
};

const de_problemsone1 = /** @type {(inputs: Problemsone1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bei 1 Antwort gibt es ein Problem`)
};

const fr_problemsone1 = /** @type {(inputs: Problemsone1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Une réponse pose problème`)
};

const pt_problemsone1 = /** @type {(inputs: Problemsone1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Há um problema com 1 resposta`)
};

const ar_problemsone1 = /** @type {(inputs: Problemsone1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`توجد مشكلة في إجابة واحدة`)
};

/**
* | output |
* | --- |
* | "There is a problem with 1 answer" |
*
* @param {Problemsone1Inputs} inputs
* @param {{ locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }} options
* @returns {LocalizedString}
*/
const problemsone1 = /** @type {((inputs?: Problemsone1Inputs, options?: { locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Problemsone1Inputs, { locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ja") return ja_problemsone1(inputs)
	if (locale === "zh-CN") return zh_cn2_problemsone1(inputs)
	if (locale === "ro") return ro_problemsone1(inputs)
	if (locale === "ru") return ru_problemsone1(inputs)
	if (locale === "th") return th_problemsone1(inputs)
	if (locale === "es") return es_problemsone1(inputs)
	if (locale === "de") return de_problemsone1(inputs)
	if (locale === "fr") return fr_problemsone1(inputs)
	if (locale === "pt") return pt_problemsone1(inputs)
	if (locale === "ar") return ar_problemsone1(inputs)
	return en_problemsone1(inputs)
});
export { problemsone1 as "problemsOne" }