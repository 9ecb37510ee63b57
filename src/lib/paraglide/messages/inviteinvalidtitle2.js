/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Inviteinvalidtitle2Inputs */

const en_inviteinvalidtitle2 = /** @type {(inputs: Inviteinvalidtitle2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This link does not work`)
};

const ja_inviteinvalidtitle2 = /** @type {(inputs: Inviteinvalidtitle2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`このリンクは無効です`)
};

const zh_cn2_inviteinvalidtitle2 = /** @type {(inputs: Inviteinvalidtitle2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`此链接无效`)
};

const ro_inviteinvalidtitle2 = /** @type {(inputs: Inviteinvalidtitle2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Acest link nu funcționează`)
};

const ru_inviteinvalidtitle2 = /** @type {(inputs: Inviteinvalidtitle2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ссылка не работает`)
};

const th_inviteinvalidtitle2 = /** @type {(inputs: Inviteinvalidtitle2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ลิงก์นี้ใช้ไม่ได้`)
};

const es_inviteinvalidtitle2 = /** @type {(inputs: Inviteinvalidtitle2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Este enlace no funciona`)
};

const de_inviteinvalidtitle2 = /** @type {(inputs: Inviteinvalidtitle2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Dieser Link funktioniert nicht`)
};

const fr_inviteinvalidtitle2 = /** @type {(inputs: Inviteinvalidtitle2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ce lien ne fonctionne pas`)
};

const pt_inviteinvalidtitle2 = /** @type {(inputs: Inviteinvalidtitle2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Este link não funciona`)
};

const ar_inviteinvalidtitle2 = /** @type {(inputs: Inviteinvalidtitle2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`هذا الرابط لا يعمل`)
};

/**
* | output |
* | --- |
* | "This link does not work" |
*
* @param {Inviteinvalidtitle2Inputs} inputs
* @param {{ locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }} options
* @returns {LocalizedString}
*/
const inviteinvalidtitle2 = /** @type {((inputs?: Inviteinvalidtitle2Inputs, options?: { locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Inviteinvalidtitle2Inputs, { locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ja") return ja_inviteinvalidtitle2(inputs)
	if (locale === "zh-CN") return zh_cn2_inviteinvalidtitle2(inputs)
	if (locale === "ro") return ro_inviteinvalidtitle2(inputs)
	if (locale === "ru") return ru_inviteinvalidtitle2(inputs)
	if (locale === "th") return th_inviteinvalidtitle2(inputs)
	if (locale === "es") return es_inviteinvalidtitle2(inputs)
	if (locale === "de") return de_inviteinvalidtitle2(inputs)
	if (locale === "fr") return fr_inviteinvalidtitle2(inputs)
	if (locale === "pt") return pt_inviteinvalidtitle2(inputs)
	if (locale === "ar") return ar_inviteinvalidtitle2(inputs)
	return en_inviteinvalidtitle2(inputs)
});
export { inviteinvalidtitle2 as "inviteInvalidTitle" }