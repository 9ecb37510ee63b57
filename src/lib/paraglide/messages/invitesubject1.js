/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ survey: NonNullable<unknown> }} Invitesubject1Inputs */

const en_invitesubject1 = /** @type {(inputs: Invitesubject1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Your view on: ${i?.survey}`)
};

const ja_invitesubject1 = /** @type {(inputs: Invitesubject1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`ご意見をお聞かせください: ${i?.survey}`)
};

const zh_cn2_invitesubject1 = /** @type {(inputs: Invitesubject1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`请谈谈您的看法：${i?.survey}`)
};

const ro_invitesubject1 = /** @type {(inputs: Invitesubject1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Părerea dumneavoastră despre: ${i?.survey}`)
};

const ru_invitesubject1 = /** @type {(inputs: Invitesubject1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Ваше мнение: ${i?.survey}`)
};

const th_invitesubject1 = /** @type {(inputs: Invitesubject1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`ความคิดเห็นของคุณเกี่ยวกับ: ${i?.survey}`)
};

const es_invitesubject1 = /** @type {(inputs: Invitesubject1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Su opinión sobre: ${i?.survey}`)
};

const de_invitesubject1 = /** @type {(inputs: Invitesubject1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Ihre Meinung zu: ${i?.survey}`)
};

const fr_invitesubject1 = /** @type {(inputs: Invitesubject1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Votre avis sur : ${i?.survey}`)
};

const pt_invitesubject1 = /** @type {(inputs: Invitesubject1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`A sua opinião sobre: ${i?.survey}`)
};

const ar_invitesubject1 = /** @type {(inputs: Invitesubject1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`رأيك في: ${i?.survey}`)
};

/**
* | output |
* | --- |
* | "Your view on: {survey}" |
*
* @param {Invitesubject1Inputs} inputs
* @param {{ locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }} options
* @returns {LocalizedString}
*/
const invitesubject1 = /** @type {((inputs: Invitesubject1Inputs, options?: { locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Invitesubject1Inputs, { locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ja") return ja_invitesubject1(inputs)
	if (locale === "zh-CN") return zh_cn2_invitesubject1(inputs)
	if (locale === "ro") return ro_invitesubject1(inputs)
	if (locale === "ru") return ru_invitesubject1(inputs)
	if (locale === "th") return th_invitesubject1(inputs)
	if (locale === "es") return es_invitesubject1(inputs)
	if (locale === "de") return de_invitesubject1(inputs)
	if (locale === "fr") return fr_invitesubject1(inputs)
	if (locale === "pt") return pt_invitesubject1(inputs)
	if (locale === "ar") return ar_invitesubject1(inputs)
	return en_invitesubject1(inputs)
});
export { invitesubject1 as "inviteSubject" }