/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Unsubscribeunknown1Inputs */

const en_unsubscribeunknown1 = /** @type {(inputs: Unsubscribeunknown1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This unsubscribe link does not work.`)
};

const ja_unsubscribeunknown1 = /** @type {(inputs: Unsubscribeunknown1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`この配信停止リンクは無効です。`)
};

const zh_cn2_unsubscribeunknown1 = /** @type {(inputs: Unsubscribeunknown1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`此退订链接无效。`)
};

const ro_unsubscribeunknown1 = /** @type {(inputs: Unsubscribeunknown1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Acest link de dezabonare nu funcționează.`)
};

const ru_unsubscribeunknown1 = /** @type {(inputs: Unsubscribeunknown1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Эта ссылка для отписки не работает.`)
};

const th_unsubscribeunknown1 = /** @type {(inputs: Unsubscribeunknown1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ลิงก์ยกเลิกการรับนี้ใช้ไม่ได้`)
};

const es_unsubscribeunknown1 = /** @type {(inputs: Unsubscribeunknown1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Este enlace para darse de baja no funciona.`)
};

const de_unsubscribeunknown1 = /** @type {(inputs: Unsubscribeunknown1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Dieser Abmeldelink funktioniert nicht.`)
};

const fr_unsubscribeunknown1 = /** @type {(inputs: Unsubscribeunknown1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ce lien de désabonnement ne fonctionne pas.`)
};

const pt_unsubscribeunknown1 = /** @type {(inputs: Unsubscribeunknown1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Este link de cancelamento não funciona.`)
};

const ar_unsubscribeunknown1 = /** @type {(inputs: Unsubscribeunknown1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`رابط إلغاء الاشتراك هذا لا يعمل.`)
};

/**
* | output |
* | --- |
* | "This unsubscribe link does not work." |
*
* @param {Unsubscribeunknown1Inputs} inputs
* @param {{ locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }} options
* @returns {LocalizedString}
*/
const unsubscribeunknown1 = /** @type {((inputs?: Unsubscribeunknown1Inputs, options?: { locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Unsubscribeunknown1Inputs, { locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ja") return ja_unsubscribeunknown1(inputs)
	if (locale === "zh-CN") return zh_cn2_unsubscribeunknown1(inputs)
	if (locale === "ro") return ro_unsubscribeunknown1(inputs)
	if (locale === "ru") return ru_unsubscribeunknown1(inputs)
	if (locale === "th") return th_unsubscribeunknown1(inputs)
	if (locale === "es") return es_unsubscribeunknown1(inputs)
	if (locale === "de") return de_unsubscribeunknown1(inputs)
	if (locale === "fr") return fr_unsubscribeunknown1(inputs)
	if (locale === "pt") return pt_unsubscribeunknown1(inputs)
	if (locale === "ar") return ar_unsubscribeunknown1(inputs)
	return en_unsubscribeunknown1(inputs)
});
export { unsubscribeunknown1 as "unsubscribeUnknown" }