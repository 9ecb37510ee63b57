/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Closedlimit1Inputs */

const en_closedlimit1 = /** @type {(inputs: Closedlimit1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`It has all the answers it needs. Thank you for your interest.`)
};

const ja_closedlimit1 = /** @type {(inputs: Closedlimit1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`必要な回答数に達しました。ご関心をお寄せいただきありがとうございます。`)
};

const zh_cn2_closedlimit1 = /** @type {(inputs: Closedlimit1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`本调查已收到所需的全部回答。感谢您的关注。`)
};

const ro_closedlimit1 = /** @type {(inputs: Closedlimit1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Are deja toate răspunsurile necesare. Vă mulțumim pentru interes.`)
};

const ru_closedlimit1 = /** @type {(inputs: Closedlimit1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Опрос уже собрал все нужные ответы. Спасибо за интерес.`)
};

const th_closedlimit1 = /** @type {(inputs: Closedlimit1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ได้รับคำตอบครบตามที่ต้องการแล้ว ขอบคุณที่ให้ความสนใจ`)
};

const es_closedlimit1 = /** @type {(inputs: Closedlimit1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ya tiene todas las respuestas que necesita. Gracias por su interés.`)
};

const de_closedlimit1 = /** @type {(inputs: Closedlimit1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sie hat alle benötigten Antworten. Danke für Ihr Interesse.`)
};

const fr_closedlimit1 = /** @type {(inputs: Closedlimit1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Elle a reçu toutes les réponses nécessaires. Merci de votre intérêt.`)
};

const pt_closedlimit1 = /** @type {(inputs: Closedlimit1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Já tem todas as respostas de que precisa. Obrigado pelo seu interesse.`)
};

const ar_closedlimit1 = /** @type {(inputs: Closedlimit1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`اكتملت الإجابات التي يحتاجها. شكرًا لاهتمامك.`)
};

/**
* | output |
* | --- |
* | "It has all the answers it needs. Thank you for your interest." |
*
* @param {Closedlimit1Inputs} inputs
* @param {{ locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }} options
* @returns {LocalizedString}
*/
const closedlimit1 = /** @type {((inputs?: Closedlimit1Inputs, options?: { locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Closedlimit1Inputs, { locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ja") return ja_closedlimit1(inputs)
	if (locale === "zh-CN") return zh_cn2_closedlimit1(inputs)
	if (locale === "ro") return ro_closedlimit1(inputs)
	if (locale === "ru") return ru_closedlimit1(inputs)
	if (locale === "th") return th_closedlimit1(inputs)
	if (locale === "es") return es_closedlimit1(inputs)
	if (locale === "de") return de_closedlimit1(inputs)
	if (locale === "fr") return fr_closedlimit1(inputs)
	if (locale === "pt") return pt_closedlimit1(inputs)
	if (locale === "ar") return ar_closedlimit1(inputs)
	return en_closedlimit1(inputs)
});
export { closedlimit1 as "closedLimit" }