/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Inviteexpired1Inputs */

const en_inviteexpired1 = /** @type {(inputs: Inviteexpired1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The survey can no longer be answered through this link. Thank you for your interest.`)
};

const ja_inviteexpired1 = /** @type {(inputs: Inviteexpired1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`このリンクからはアンケートに回答できなくなりました。ご関心をお寄せいただきありがとうございます。`)
};

const zh_cn2_inviteexpired1 = /** @type {(inputs: Inviteexpired1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`无法再通过此链接回答本调查。感谢您的关注。`)
};

const ro_inviteexpired1 = /** @type {(inputs: Inviteexpired1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sondajul nu mai poate fi completat prin acest link. Vă mulțumim pentru interes.`)
};

const ru_inviteexpired1 = /** @type {(inputs: Inviteexpired1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`По этой ссылке больше нельзя ответить на опрос. Спасибо за интерес.`)
};

const th_inviteexpired1 = /** @type {(inputs: Inviteexpired1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ไม่สามารถตอบแบบสำรวจผ่านลิงก์นี้ได้อีก ขอบคุณที่ให้ความสนใจ`)
};

const es_inviteexpired1 = /** @type {(inputs: Inviteexpired1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`La encuesta ya no se puede responder con este enlace. Gracias por su interés.`)
};

const de_inviteexpired1 = /** @type {(inputs: Inviteexpired1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Über diesen Link kann die Umfrage nicht mehr beantwortet werden. Danke für Ihr Interesse.`)
};

const fr_inviteexpired1 = /** @type {(inputs: Inviteexpired1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`L’enquête ne peut plus être remplie avec ce lien. Merci de votre intérêt.`)
};

const pt_inviteexpired1 = /** @type {(inputs: Inviteexpired1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`O inquérito já não pode ser respondido com este link. Obrigado pelo seu interesse.`)
};

const ar_inviteexpired1 = /** @type {(inputs: Inviteexpired1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`لم يعد من الممكن الإجابة عن الاستطلاع عبر هذا الرابط. شكرًا لاهتمامك.`)
};

/**
* | output |
* | --- |
* | "The survey can no longer be answered through this link. Thank you for your interest." |
*
* @param {Inviteexpired1Inputs} inputs
* @param {{ locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }} options
* @returns {LocalizedString}
*/
const inviteexpired1 = /** @type {((inputs?: Inviteexpired1Inputs, options?: { locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Inviteexpired1Inputs, { locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ja") return ja_inviteexpired1(inputs)
	if (locale === "zh-CN") return zh_cn2_inviteexpired1(inputs)
	if (locale === "ro") return ro_inviteexpired1(inputs)
	if (locale === "ru") return ru_inviteexpired1(inputs)
	if (locale === "th") return th_inviteexpired1(inputs)
	if (locale === "es") return es_inviteexpired1(inputs)
	if (locale === "de") return de_inviteexpired1(inputs)
	if (locale === "fr") return fr_inviteexpired1(inputs)
	if (locale === "pt") return pt_inviteexpired1(inputs)
	if (locale === "ar") return ar_inviteexpired1(inputs)
	return en_inviteexpired1(inputs)
});
export { inviteexpired1 as "inviteExpired" }