/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Inviteonce1Inputs */

const en_inviteonce1 = /** @type {(inputs: Inviteonce1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This link is yours alone and works once.`)
};

const ja_inviteonce1 = /** @type {(inputs: Inviteonce1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`このリンクはあなた専用で、一度だけ使えます。`)
};

const zh_cn2_inviteonce1 = /** @type {(inputs: Inviteonce1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`此链接仅供您本人使用，且只能使用一次。`)
};

const ro_inviteonce1 = /** @type {(inputs: Inviteonce1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Acest link este doar al dumneavoastră și funcționează o singură dată.`)
};

const ru_inviteonce1 = /** @type {(inputs: Inviteonce1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Эта ссылка только для вас и работает один раз.`)
};

const th_inviteonce1 = /** @type {(inputs: Inviteonce1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ลิงก์นี้สำหรับคุณเท่านั้นและใช้ได้ครั้งเดียว`)
};

const es_inviteonce1 = /** @type {(inputs: Inviteonce1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Este enlace es solo para usted y funciona una vez.`)
};

const de_inviteonce1 = /** @type {(inputs: Inviteonce1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Dieser Link gilt nur für Sie und funktioniert einmal.`)
};

const fr_inviteonce1 = /** @type {(inputs: Inviteonce1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ce lien est personnel et ne fonctionne qu’une fois.`)
};

const pt_inviteonce1 = /** @type {(inputs: Inviteonce1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Este link é só seu e funciona uma vez.`)
};

const ar_inviteonce1 = /** @type {(inputs: Inviteonce1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`هذا الرابط لك وحدك ويعمل مرة واحدة.`)
};

/**
* | output |
* | --- |
* | "This link is yours alone and works once." |
*
* @param {Inviteonce1Inputs} inputs
* @param {{ locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }} options
* @returns {LocalizedString}
*/
const inviteonce1 = /** @type {((inputs?: Inviteonce1Inputs, options?: { locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Inviteonce1Inputs, { locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ja") return ja_inviteonce1(inputs)
	if (locale === "zh-CN") return zh_cn2_inviteonce1(inputs)
	if (locale === "ro") return ro_inviteonce1(inputs)
	if (locale === "ru") return ru_inviteonce1(inputs)
	if (locale === "th") return th_inviteonce1(inputs)
	if (locale === "es") return es_inviteonce1(inputs)
	if (locale === "de") return de_inviteonce1(inputs)
	if (locale === "fr") return fr_inviteonce1(inputs)
	if (locale === "pt") return pt_inviteonce1(inputs)
	if (locale === "ar") return ar_inviteonce1(inputs)
	return en_inviteonce1(inputs)
});
export { inviteonce1 as "inviteOnce" }