/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Unsubscribetitle1Inputs */

const en_unsubscribetitle1 = /** @type {(inputs: Unsubscribetitle1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Unsubscribe`)
};

const ja_unsubscribetitle1 = /** @type {(inputs: Unsubscribetitle1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`配信停止`)
};

const zh_cn2_unsubscribetitle1 = /** @type {(inputs: Unsubscribetitle1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`退订`)
};

const ro_unsubscribetitle1 = /** @type {(inputs: Unsubscribetitle1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Dezabonare`)
};

const ru_unsubscribetitle1 = /** @type {(inputs: Unsubscribetitle1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Отписаться`)
};

const th_unsubscribetitle1 = /** @type {(inputs: Unsubscribetitle1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ยกเลิกการรับ`)
};

const es_unsubscribetitle1 = /** @type {(inputs: Unsubscribetitle1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Darse de baja`)
};

const de_unsubscribetitle1 = /** @type {(inputs: Unsubscribetitle1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Abmelden`)
};

const fr_unsubscribetitle1 = /** @type {(inputs: Unsubscribetitle1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Se désabonner`)
};

const pt_unsubscribetitle1 = /** @type {(inputs: Unsubscribetitle1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Cancelar subscrição`)
};

const ar_unsubscribetitle1 = /** @type {(inputs: Unsubscribetitle1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`إلغاء الاشتراك`)
};

/**
* | output |
* | --- |
* | "Unsubscribe" |
*
* @param {Unsubscribetitle1Inputs} inputs
* @param {{ locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }} options
* @returns {LocalizedString}
*/
const unsubscribetitle1 = /** @type {((inputs?: Unsubscribetitle1Inputs, options?: { locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Unsubscribetitle1Inputs, { locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ja") return ja_unsubscribetitle1(inputs)
	if (locale === "zh-CN") return zh_cn2_unsubscribetitle1(inputs)
	if (locale === "ro") return ro_unsubscribetitle1(inputs)
	if (locale === "ru") return ru_unsubscribetitle1(inputs)
	if (locale === "th") return th_unsubscribetitle1(inputs)
	if (locale === "es") return es_unsubscribetitle1(inputs)
	if (locale === "de") return de_unsubscribetitle1(inputs)
	if (locale === "fr") return fr_unsubscribetitle1(inputs)
	if (locale === "pt") return pt_unsubscribetitle1(inputs)
	if (locale === "ar") return ar_unsubscribetitle1(inputs)
	return en_unsubscribetitle1(inputs)
});
export { unsubscribetitle1 as "unsubscribeTitle" }