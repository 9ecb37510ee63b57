/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Inviteusedtitle2Inputs */

const en_inviteusedtitle2 = /** @type {(inputs: Inviteusedtitle2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`You have already answered`)
};

const ja_inviteusedtitle2 = /** @type {(inputs: Inviteusedtitle2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`すでに回答済みです`)
};

const zh_cn2_inviteusedtitle2 = /** @type {(inputs: Inviteusedtitle2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`您已回答`)
};

const ro_inviteusedtitle2 = /** @type {(inputs: Inviteusedtitle2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ați răspuns deja`)
};

const ru_inviteusedtitle2 = /** @type {(inputs: Inviteusedtitle2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Вы уже ответили`)
};

const th_inviteusedtitle2 = /** @type {(inputs: Inviteusedtitle2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`คุณตอบแล้ว`)
};

const es_inviteusedtitle2 = /** @type {(inputs: Inviteusedtitle2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ya ha respondido`)
};

const de_inviteusedtitle2 = /** @type {(inputs: Inviteusedtitle2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sie haben bereits geantwortet`)
};

const fr_inviteusedtitle2 = /** @type {(inputs: Inviteusedtitle2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Vous avez déjà répondu`)
};

const pt_inviteusedtitle2 = /** @type {(inputs: Inviteusedtitle2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Já respondeu`)
};

const ar_inviteusedtitle2 = /** @type {(inputs: Inviteusedtitle2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`لقد أجبت بالفعل`)
};

/**
* | output |
* | --- |
* | "You have already answered" |
*
* @param {Inviteusedtitle2Inputs} inputs
* @param {{ locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }} options
* @returns {LocalizedString}
*/
const inviteusedtitle2 = /** @type {((inputs?: Inviteusedtitle2Inputs, options?: { locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Inviteusedtitle2Inputs, { locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ja") return ja_inviteusedtitle2(inputs)
	if (locale === "zh-CN") return zh_cn2_inviteusedtitle2(inputs)
	if (locale === "ro") return ro_inviteusedtitle2(inputs)
	if (locale === "ru") return ru_inviteusedtitle2(inputs)
	if (locale === "th") return th_inviteusedtitle2(inputs)
	if (locale === "es") return es_inviteusedtitle2(inputs)
	if (locale === "de") return de_inviteusedtitle2(inputs)
	if (locale === "fr") return fr_inviteusedtitle2(inputs)
	if (locale === "pt") return pt_inviteusedtitle2(inputs)
	if (locale === "ar") return ar_inviteusedtitle2(inputs)
	return en_inviteusedtitle2(inputs)
});
export { inviteusedtitle2 as "inviteUsedTitle" }