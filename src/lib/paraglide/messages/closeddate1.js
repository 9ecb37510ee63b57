/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Closeddate1Inputs */

const en_closeddate1 = /** @type {(inputs: Closeddate1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Its closing date has passed. Thank you for your interest.`)
};

const ja_closeddate1 = /** @type {(inputs: Closeddate1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`回答期限を過ぎました。ご関心をお寄せいただきありがとうございます。`)
};

const zh_cn2_closeddate1 = /** @type {(inputs: Closeddate1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`本调查已过截止日期。感谢您的关注。`)
};

const ro_closeddate1 = /** @type {(inputs: Closeddate1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Data de închidere a trecut. Vă mulțumim pentru interes.`)
};

const ru_closeddate1 = /** @type {(inputs: Closeddate1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Срок проведения опроса истёк. Спасибо за интерес.`)
};

const th_closeddate1 = /** @type {(inputs: Closeddate1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`เลยวันปิดรับคำตอบแล้ว ขอบคุณที่ให้ความสนใจ`)
};

const es_closeddate1 = /** @type {(inputs: Closeddate1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Su fecha de cierre ya pasó. Gracias por su interés.`)
};

const de_closeddate1 = /** @type {(inputs: Closeddate1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ihr Enddatum ist vorbei. Danke für Ihr Interesse.`)
};

const fr_closeddate1 = /** @type {(inputs: Closeddate1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sa date de clôture est passée. Merci de votre intérêt.`)
};

const pt_closeddate1 = /** @type {(inputs: Closeddate1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`A data de encerramento já passou. Obrigado pelo seu interesse.`)
};

const ar_closeddate1 = /** @type {(inputs: Closeddate1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`انقضى موعد إغلاقه. شكرًا لاهتمامك.`)
};

/**
* | output |
* | --- |
* | "Its closing date has passed. Thank you for your interest." |
*
* @param {Closeddate1Inputs} inputs
* @param {{ locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }} options
* @returns {LocalizedString}
*/
const closeddate1 = /** @type {((inputs?: Closeddate1Inputs, options?: { locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Closeddate1Inputs, { locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ja") return ja_closeddate1(inputs)
	if (locale === "zh-CN") return zh_cn2_closeddate1(inputs)
	if (locale === "ro") return ro_closeddate1(inputs)
	if (locale === "ru") return ru_closeddate1(inputs)
	if (locale === "th") return th_closeddate1(inputs)
	if (locale === "es") return es_closeddate1(inputs)
	if (locale === "de") return de_closeddate1(inputs)
	if (locale === "fr") return fr_closeddate1(inputs)
	if (locale === "pt") return pt_closeddate1(inputs)
	if (locale === "ar") return ar_closeddate1(inputs)
	return en_closeddate1(inputs)
});
export { closeddate1 as "closedDate" }