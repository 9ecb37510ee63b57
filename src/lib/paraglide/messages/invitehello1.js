/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ name: NonNullable<unknown> }} Invitehello1Inputs */

const en_invitehello1 = /** @type {(inputs: Invitehello1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Hello ${i?.name},`)
};

const ja_invitehello1 = /** @type {(inputs: Invitehello1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name} 様`)
};

const zh_cn2_invitehello1 = /** @type {(inputs: Invitehello1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name}，您好：`)
};

const ro_invitehello1 = /** @type {(inputs: Invitehello1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Bună ziua, ${i?.name},`)
};

const ru_invitehello1 = /** @type {(inputs: Invitehello1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Здравствуйте, ${i?.name}!`)
};

const th_invitehello1 = /** @type {(inputs: Invitehello1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`สวัสดี ${i?.name}`)
};

const es_invitehello1 = /** @type {(inputs: Invitehello1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Hola, ${i?.name}:`)
};

const de_invitehello1 = /** @type {(inputs: Invitehello1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Hallo ${i?.name},`)
};

const fr_invitehello1 = /** @type {(inputs: Invitehello1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Bonjour ${i?.name},`)
};

const pt_invitehello1 = /** @type {(inputs: Invitehello1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Olá ${i?.name},`)
};

const ar_invitehello1 = /** @type {(inputs: Invitehello1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`مرحبًا ${i?.name}،`)
};

/**
* | output |
* | --- |
* | "Hello {name}," |
*
* @param {Invitehello1Inputs} inputs
* @param {{ locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }} options
* @returns {LocalizedString}
*/
const invitehello1 = /** @type {((inputs: Invitehello1Inputs, options?: { locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Invitehello1Inputs, { locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ja") return ja_invitehello1(inputs)
	if (locale === "zh-CN") return zh_cn2_invitehello1(inputs)
	if (locale === "ro") return ro_invitehello1(inputs)
	if (locale === "ru") return ru_invitehello1(inputs)
	if (locale === "th") return th_invitehello1(inputs)
	if (locale === "es") return es_invitehello1(inputs)
	if (locale === "de") return de_invitehello1(inputs)
	if (locale === "fr") return fr_invitehello1(inputs)
	if (locale === "pt") return pt_invitehello1(inputs)
	if (locale === "ar") return ar_invitehello1(inputs)
	return en_invitehello1(inputs)
});
export { invitehello1 as "inviteHello" }