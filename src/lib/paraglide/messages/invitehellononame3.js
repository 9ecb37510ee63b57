/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Invitehellononame3Inputs */

const en_invitehellononame3 = /** @type {(inputs: Invitehellononame3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Hello,`)
};

const ja_invitehellononame3 = /** @type {(inputs: Invitehellononame3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`こんにちは。`)
};

const zh_cn2_invitehellononame3 = /** @type {(inputs: Invitehellononame3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`您好：`)
};

const ro_invitehellononame3 = /** @type {(inputs: Invitehellononame3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bună ziua,`)
};

const ru_invitehellononame3 = /** @type {(inputs: Invitehellononame3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Здравствуйте!`)
};

const th_invitehellononame3 = /** @type {(inputs: Invitehellononame3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`สวัสดี`)
};

const es_invitehellononame3 = /** @type {(inputs: Invitehellononame3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Hola:`)
};

const de_invitehellononame3 = /** @type {(inputs: Invitehellononame3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Hallo,`)
};

const fr_invitehellononame3 = /** @type {(inputs: Invitehellononame3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bonjour,`)
};

const pt_invitehellononame3 = /** @type {(inputs: Invitehellononame3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Olá,`)
};

const ar_invitehellononame3 = /** @type {(inputs: Invitehellononame3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`مرحبًا،`)
};

/**
* | output |
* | --- |
* | "Hello," |
*
* @param {Invitehellononame3Inputs} inputs
* @param {{ locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }} options
* @returns {LocalizedString}
*/
const invitehellononame3 = /** @type {((inputs?: Invitehellononame3Inputs, options?: { locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Invitehellononame3Inputs, { locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ja") return ja_invitehellononame3(inputs)
	if (locale === "zh-CN") return zh_cn2_invitehellononame3(inputs)
	if (locale === "ro") return ro_invitehellononame3(inputs)
	if (locale === "ru") return ru_invitehellononame3(inputs)
	if (locale === "th") return th_invitehellononame3(inputs)
	if (locale === "es") return es_invitehellononame3(inputs)
	if (locale === "de") return de_invitehellononame3(inputs)
	if (locale === "fr") return fr_invitehellononame3(inputs)
	if (locale === "pt") return pt_invitehellononame3(inputs)
	if (locale === "ar") return ar_invitehellononame3(inputs)
	return en_invitehellononame3(inputs)
});
export { invitehellononame3 as "inviteHelloNoName" }