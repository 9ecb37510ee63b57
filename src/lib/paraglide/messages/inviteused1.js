/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Inviteused1Inputs */

const en_inviteused1 = /** @type {(inputs: Inviteused1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This personal link has been used to answer the survey. Thank you for taking part.`)
};

const ja_inviteused1 = /** @type {(inputs: Inviteused1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`この個人用リンクはすでにアンケートの回答に使用されました。ご協力ありがとうございました。`)
};

const zh_cn2_inviteused1 = /** @type {(inputs: Inviteused1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`此个人链接已用于回答本调查。感谢您的参与。`)
};

const ro_inviteused1 = /** @type {(inputs: Inviteused1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Acest link personal a fost deja folosit pentru a răspunde la sondaj. Vă mulțumim pentru participare.`)
};

const ru_inviteused1 = /** @type {(inputs: Inviteused1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`По этой персональной ссылке уже ответили на опрос. Спасибо за участие.`)
};

const th_inviteused1 = /** @type {(inputs: Inviteused1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ลิงก์ส่วนตัวนี้ถูกใช้ตอบแบบสำรวจแล้ว ขอบคุณที่ร่วมตอบ`)
};

const es_inviteused1 = /** @type {(inputs: Inviteused1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Este enlace personal ya se usó para responder la encuesta. Gracias por participar.`)
};

const de_inviteused1 = /** @type {(inputs: Inviteused1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Mit diesem persönlichen Link wurde die Umfrage bereits beantwortet. Danke für Ihre Teilnahme.`)
};

const fr_inviteused1 = /** @type {(inputs: Inviteused1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ce lien personnel a déjà servi à répondre à l’enquête. Merci de votre participation.`)
};

const pt_inviteused1 = /** @type {(inputs: Inviteused1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Este link pessoal já foi usado para responder ao inquérito. Obrigado pela sua participação.`)
};

const ar_inviteused1 = /** @type {(inputs: Inviteused1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`استُخدم هذا الرابط الشخصي للإجابة عن الاستطلاع. شكرًا لمشاركتك.`)
};

/**
* | output |
* | --- |
* | "This personal link has been used to answer the survey. Thank you for taking part." |
*
* @param {Inviteused1Inputs} inputs
* @param {{ locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }} options
* @returns {LocalizedString}
*/
const inviteused1 = /** @type {((inputs?: Inviteused1Inputs, options?: { locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Inviteused1Inputs, { locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ja") return ja_inviteused1(inputs)
	if (locale === "zh-CN") return zh_cn2_inviteused1(inputs)
	if (locale === "ro") return ro_inviteused1(inputs)
	if (locale === "ru") return ru_inviteused1(inputs)
	if (locale === "th") return th_inviteused1(inputs)
	if (locale === "es") return es_inviteused1(inputs)
	if (locale === "de") return de_inviteused1(inputs)
	if (locale === "fr") return fr_inviteused1(inputs)
	if (locale === "pt") return pt_inviteused1(inputs)
	if (locale === "ar") return ar_inviteused1(inputs)
	return en_inviteused1(inputs)
});
export { inviteused1 as "inviteUsed" }