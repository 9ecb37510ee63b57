/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ count: NonNullable<unknown> }} Problemsmany1Inputs */

const en_problemsmany1 = /** @type {(inputs: Problemsmany1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`There are problems with ${i?.count} answers`)
};

const ja_problemsmany1 = /** @type {(inputs: Problemsmany1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count}件の回答に問題があります`)
};

const zh_cn2_problemsmany1 = /** @type {(inputs: Problemsmany1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`有 ${i?.count} 个回答存在问题`)
};

const ro_problemsmany1 = /** @type {(inputs: Problemsmany1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count} răspunsuri au probleme`)
};

const ru_problemsmany1 = /** @type {(inputs: Problemsmany1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Ошибки в ответах: ${i?.count}`)
};

const th_problemsmany1 = /** @type {(inputs: Problemsmany1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`มีปัญหากับคำตอบ ${i?.count} ข้อ`)
};

const es_problemsmany1 = /** @type {(inputs: Problemsmany1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Hay problemas con ${i?.count} respuestas`)
};

const de_problemsmany1 = /** @type {(inputs: Problemsmany1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Bei ${i?.count} Antworten gibt es Probleme`)
};

const fr_problemsmany1 = /** @type {(inputs: Problemsmany1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count} réponses posent problème`)
};

const pt_problemsmany1 = /** @type {(inputs: Problemsmany1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Há problemas com ${i?.count} respostas`)
};

const ar_problemsmany1 = /** @type {(inputs: Problemsmany1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`توجد مشكلات في ${i?.count} إجابات`)
};

/**
* | output |
* | --- |
* | "There are problems with {count} answers" |
*
* @param {Problemsmany1Inputs} inputs
* @param {{ locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }} options
* @returns {LocalizedString}
*/
const problemsmany1 = /** @type {((inputs: Problemsmany1Inputs, options?: { locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Problemsmany1Inputs, { locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ja") return ja_problemsmany1(inputs)
	if (locale === "zh-CN") return zh_cn2_problemsmany1(inputs)
	if (locale === "ro") return ro_problemsmany1(inputs)
	if (locale === "ru") return ru_problemsmany1(inputs)
	if (locale === "th") return th_problemsmany1(inputs)
	if (locale === "es") return es_problemsmany1(inputs)
	if (locale === "de") return de_problemsmany1(inputs)
	if (locale === "fr") return fr_problemsmany1(inputs)
	if (locale === "pt") return pt_problemsmany1(inputs)
	if (locale === "ar") return ar_problemsmany1(inputs)
	return en_problemsmany1(inputs)
});
export { problemsmany1 as "problemsMany" }