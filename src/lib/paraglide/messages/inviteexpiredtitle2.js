/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Inviteexpiredtitle2Inputs */

const en_inviteexpiredtitle2 = /** @type {(inputs: Inviteexpiredtitle2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This link has expired`)
};

const ja_inviteexpiredtitle2 = /** @type {(inputs: Inviteexpiredtitle2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`このリンクは有効期限が切れています`)
};

const zh_cn2_inviteexpiredtitle2 = /** @type {(inputs: Inviteexpiredtitle2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`此链接已过期`)
};

const ro_inviteexpiredtitle2 = /** @type {(inputs: Inviteexpiredtitle2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Acest link a expirat`)
};

const ru_inviteexpiredtitle2 = /** @type {(inputs: Inviteexpiredtitle2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Срок действия ссылки истёк`)
};

const th_inviteexpiredtitle2 = /** @type {(inputs: Inviteexpiredtitle2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ลิงก์นี้หมดอายุแล้ว`)
};

const es_inviteexpiredtitle2 = /** @type {(inputs: Inviteexpiredtitle2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Este enlace ha caducado`)
};

const de_inviteexpiredtitle2 = /** @type {(inputs: Inviteexpiredtitle2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Dieser Link ist abgelaufen`)
};

const fr_inviteexpiredtitle2 = /** @type {(inputs: Inviteexpiredtitle2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ce lien a expiré`)
};

const pt_inviteexpiredtitle2 = /** @type {(inputs: Inviteexpiredtitle2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Este link expirou`)
};

const ar_inviteexpiredtitle2 = /** @type {(inputs: Inviteexpiredtitle2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`انتهت صلاحية هذا الرابط`)
};

/**
* | output |
* | --- |
* | "This link has expired" |
*
* @param {Inviteexpiredtitle2Inputs} inputs
* @param {{ locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }} options
* @returns {LocalizedString}
*/
const inviteexpiredtitle2 = /** @type {((inputs?: Inviteexpiredtitle2Inputs, options?: { locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Inviteexpiredtitle2Inputs, { locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ja") return ja_inviteexpiredtitle2(inputs)
	if (locale === "zh-CN") return zh_cn2_inviteexpiredtitle2(inputs)
	if (locale === "ro") return ro_inviteexpiredtitle2(inputs)
	if (locale === "ru") return ru_inviteexpiredtitle2(inputs)
	if (locale === "th") return th_inviteexpiredtitle2(inputs)
	if (locale === "es") return es_inviteexpiredtitle2(inputs)
	if (locale === "de") return de_inviteexpiredtitle2(inputs)
	if (locale === "fr") return fr_inviteexpiredtitle2(inputs)
	if (locale === "pt") return pt_inviteexpiredtitle2(inputs)
	if (locale === "ar") return ar_inviteexpiredtitle2(inputs)
	return en_inviteexpiredtitle2(inputs)
});
export { inviteexpiredtitle2 as "inviteExpiredTitle" }