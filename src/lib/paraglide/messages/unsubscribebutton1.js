/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Unsubscribebutton1Inputs */

const en_unsubscribebutton1 = /** @type {(inputs: Unsubscribebutton1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Unsubscribe`)
};

const ja_unsubscribebutton1 = /** @type {(inputs: Unsubscribebutton1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`配信停止`)
};

const zh_cn2_unsubscribebutton1 = /** @type {(inputs: Unsubscribebutton1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`退订`)
};

const ro_unsubscribebutton1 = /** @type {(inputs: Unsubscribebutton1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Dezabonare`)
};

const ru_unsubscribebutton1 = /** @type {(inputs: Unsubscribebutton1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Отписаться`)
};

const th_unsubscribebutton1 = /** @type {(inputs: Unsubscribebutton1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ยกเลิกการรับ`)
};

const es_unsubscribebutton1 = /** @type {(inputs: Unsubscribebutton1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Darse de baja`)
};

const de_unsubscribebutton1 = /** @type {(inputs: Unsubscribebutton1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Abmelden`)
};

const fr_unsubscribebutton1 = /** @type {(inputs: Unsubscribebutton1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Se désabonner`)
};

const pt_unsubscribebutton1 = /** @type {(inputs: Unsubscribebutton1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Cancelar subscrição`)
};

const ar_unsubscribebutton1 = /** @type {(inputs: Unsubscribebutton1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`إلغاء الاشتراك`)
};

/**
* | output |
* | --- |
* | "Unsubscribe" |
*
* @param {Unsubscribebutton1Inputs} inputs
* @param {{ locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }} options
* @returns {LocalizedString}
*/
const unsubscribebutton1 = /** @type {((inputs?: Unsubscribebutton1Inputs, options?: { locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Unsubscribebutton1Inputs, { locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ja") return ja_unsubscribebutton1(inputs)
	if (locale === "zh-CN") return zh_cn2_unsubscribebutton1(inputs)
	if (locale === "ro") return ro_unsubscribebutton1(inputs)
	if (locale === "ru") return ru_unsubscribebutton1(inputs)
	if (locale === "th") return th_unsubscribebutton1(inputs)
	if (locale === "es") return es_unsubscribebutton1(inputs)
	if (locale === "de") return de_unsubscribebutton1(inputs)
	if (locale === "fr") return fr_unsubscribebutton1(inputs)
	if (locale === "pt") return pt_unsubscribebutton1(inputs)
	if (locale === "ar") return ar_unsubscribebutton1(inputs)
	return en_unsubscribebutton1(inputs)
});
export { unsubscribebutton1 as "unsubscribeButton" }