/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Closedclosed1Inputs */

const en_closedclosed1 = /** @type {(inputs: Closedclosed1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`It no longer takes answers. Thank you for your interest.`)
};

const ja_closedclosed1 = /** @type {(inputs: Closedclosed1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`現在、回答を受け付けていません。ご関心をお寄せいただきありがとうございます。`)
};

const zh_cn2_closedclosed1 = /** @type {(inputs: Closedclosed1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`本调查已不再接受回答。感谢您的关注。`)
};

const ro_closedclosed1 = /** @type {(inputs: Closedclosed1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nu mai primește răspunsuri. Vă mulțumim pentru interes.`)
};

const ru_closedclosed1 = /** @type {(inputs: Closedclosed1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Он больше не принимает ответы. Спасибо за интерес.`)
};

const th_closedclosed1 = /** @type {(inputs: Closedclosed1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`แบบสำรวจนี้ไม่รับคำตอบแล้ว ขอบคุณที่ให้ความสนใจ`)
};

const es_closedclosed1 = /** @type {(inputs: Closedclosed1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ya no acepta respuestas. Gracias por su interés.`)
};

const de_closedclosed1 = /** @type {(inputs: Closedclosed1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sie nimmt keine Antworten mehr an. Danke für Ihr Interesse.`)
};

const fr_closedclosed1 = /** @type {(inputs: Closedclosed1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Elle n’accepte plus de réponses. Merci de votre intérêt.`)
};

const pt_closedclosed1 = /** @type {(inputs: Closedclosed1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Já não aceita respostas. Obrigado pelo seu interesse.`)
};

const ar_closedclosed1 = /** @type {(inputs: Closedclosed1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`لم يعد يقبل الإجابات. شكرًا لاهتمامك.`)
};

/**
* | output |
* | --- |
* | "It no longer takes answers. Thank you for your interest." |
*
* @param {Closedclosed1Inputs} inputs
* @param {{ locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }} options
* @returns {LocalizedString}
*/
const closedclosed1 = /** @type {((inputs?: Closedclosed1Inputs, options?: { locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Closedclosed1Inputs, { locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ja") return ja_closedclosed1(inputs)
	if (locale === "zh-CN") return zh_cn2_closedclosed1(inputs)
	if (locale === "ro") return ro_closedclosed1(inputs)
	if (locale === "ru") return ru_closedclosed1(inputs)
	if (locale === "th") return th_closedclosed1(inputs)
	if (locale === "es") return es_closedclosed1(inputs)
	if (locale === "de") return de_closedclosed1(inputs)
	if (locale === "fr") return fr_closedclosed1(inputs)
	if (locale === "pt") return pt_closedclosed1(inputs)
	if (locale === "ar") return ar_closedclosed1(inputs)
	return en_closedclosed1(inputs)
});
export { closedclosed1 as "closedClosed" }