/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Invitebutton1Inputs */

const en_invitebutton1 = /** @type {(inputs: Invitebutton1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Take the survey`)
};

const ja_invitebutton1 = /** @type {(inputs: Invitebutton1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`アンケートに回答する`)
};

const zh_cn2_invitebutton1 = /** @type {(inputs: Invitebutton1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`参与调查`)
};

const ro_invitebutton1 = /** @type {(inputs: Invitebutton1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Completați sondajul`)
};

const ru_invitebutton1 = /** @type {(inputs: Invitebutton1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Пройти опрос`)
};

const th_invitebutton1 = /** @type {(inputs: Invitebutton1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ตอบแบบสำรวจ`)
};

const es_invitebutton1 = /** @type {(inputs: Invitebutton1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Responder la encuesta`)
};

const de_invitebutton1 = /** @type {(inputs: Invitebutton1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Zur Umfrage`)
};

const fr_invitebutton1 = /** @type {(inputs: Invitebutton1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Répondre à l’enquête`)
};

const pt_invitebutton1 = /** @type {(inputs: Invitebutton1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Responder ao inquérito`)
};

const ar_invitebutton1 = /** @type {(inputs: Invitebutton1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`أجب عن الاستطلاع`)
};

/**
* | output |
* | --- |
* | "Take the survey" |
*
* @param {Invitebutton1Inputs} inputs
* @param {{ locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }} options
* @returns {LocalizedString}
*/
const invitebutton1 = /** @type {((inputs?: Invitebutton1Inputs, options?: { locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Invitebutton1Inputs, { locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ja") return ja_invitebutton1(inputs)
	if (locale === "zh-CN") return zh_cn2_invitebutton1(inputs)
	if (locale === "ro") return ro_invitebutton1(inputs)
	if (locale === "ru") return ru_invitebutton1(inputs)
	if (locale === "th") return th_invitebutton1(inputs)
	if (locale === "es") return es_invitebutton1(inputs)
	if (locale === "de") return de_invitebutton1(inputs)
	if (locale === "fr") return fr_invitebutton1(inputs)
	if (locale === "pt") return pt_invitebutton1(inputs)
	if (locale === "ar") return ar_invitebutton1(inputs)
	return en_invitebutton1(inputs)
});
export { invitebutton1 as "inviteButton" }