/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Vothertext2Inputs */

const en_vothertext2 = /** @type {(inputs: Vothertext2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Write your other answer.`)
};

const ja_vothertext2 = /** @type {(inputs: Vothertext2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`「その他」の内容を入力してください。`)
};

const zh_cn2_vothertext2 = /** @type {(inputs: Vothertext2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`请填写您的其他答案。`)
};

const ro_vothertext2 = /** @type {(inputs: Vothertext2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Scrieți celălalt răspuns.`)
};

const ru_vothertext2 = /** @type {(inputs: Vothertext2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Напишите свой вариант ответа.`)
};

const th_vothertext2 = /** @type {(inputs: Vothertext2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`โปรดระบุคำตอบอื่น`)
};

const es_vothertext2 = /** @type {(inputs: Vothertext2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Escriba su otra respuesta.`)
};

const de_vothertext2 = /** @type {(inputs: Vothertext2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bitte schreiben Sie Ihre andere Antwort.`)
};

const fr_vothertext2 = /** @type {(inputs: Vothertext2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Écrivez votre autre réponse.`)
};

const pt_vothertext2 = /** @type {(inputs: Vothertext2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Escreva a sua outra resposta.`)
};

const ar_vothertext2 = /** @type {(inputs: Vothertext2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`اكتب إجابتك الأخرى.`)
};

/**
* | output |
* | --- |
* | "Write your other answer." |
*
* @param {Vothertext2Inputs} inputs
* @param {{ locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }} options
* @returns {LocalizedString}
*/
const vothertext2 = /** @type {((inputs?: Vothertext2Inputs, options?: { locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Vothertext2Inputs, { locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ja") return ja_vothertext2(inputs)
	if (locale === "zh-CN") return zh_cn2_vothertext2(inputs)
	if (locale === "ro") return ro_vothertext2(inputs)
	if (locale === "ru") return ru_vothertext2(inputs)
	if (locale === "th") return th_vothertext2(inputs)
	if (locale === "es") return es_vothertext2(inputs)
	if (locale === "de") return de_vothertext2(inputs)
	if (locale === "fr") return fr_vothertext2(inputs)
	if (locale === "pt") return pt_vothertext2(inputs)
	if (locale === "ar") return ar_vothertext2(inputs)
	return en_vothertext2(inputs)
});
export { vothertext2 as "vOtherText" }