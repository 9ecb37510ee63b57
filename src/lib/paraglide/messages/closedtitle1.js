/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Closedtitle1Inputs */

const en_closedtitle1 = /** @type {(inputs: Closedtitle1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This survey is closed`)
};

const ja_closedtitle1 = /** @type {(inputs: Closedtitle1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`このアンケートは終了しました`)
};

const zh_cn2_closedtitle1 = /** @type {(inputs: Closedtitle1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`本调查已结束`)
};

const ro_closedtitle1 = /** @type {(inputs: Closedtitle1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Acest sondaj s-a încheiat`)
};

const ru_closedtitle1 = /** @type {(inputs: Closedtitle1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Этот опрос закрыт`)
};

const th_closedtitle1 = /** @type {(inputs: Closedtitle1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`แบบสำรวจนี้ปิดแล้ว`)
};

const es_closedtitle1 = /** @type {(inputs: Closedtitle1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Esta encuesta está cerrada`)
};

const de_closedtitle1 = /** @type {(inputs: Closedtitle1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Diese Umfrage ist beendet`)
};

const fr_closedtitle1 = /** @type {(inputs: Closedtitle1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Cette enquête est close`)
};

const pt_closedtitle1 = /** @type {(inputs: Closedtitle1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Este inquérito está encerrado`)
};

const ar_closedtitle1 = /** @type {(inputs: Closedtitle1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`هذا الاستطلاع مغلق`)
};

/**
* | output |
* | --- |
* | "This survey is closed" |
*
* @param {Closedtitle1Inputs} inputs
* @param {{ locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }} options
* @returns {LocalizedString}
*/
const closedtitle1 = /** @type {((inputs?: Closedtitle1Inputs, options?: { locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Closedtitle1Inputs, { locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ja") return ja_closedtitle1(inputs)
	if (locale === "zh-CN") return zh_cn2_closedtitle1(inputs)
	if (locale === "ro") return ro_closedtitle1(inputs)
	if (locale === "ru") return ru_closedtitle1(inputs)
	if (locale === "th") return th_closedtitle1(inputs)
	if (locale === "es") return es_closedtitle1(inputs)
	if (locale === "de") return de_closedtitle1(inputs)
	if (locale === "fr") return fr_closedtitle1(inputs)
	if (locale === "pt") return pt_closedtitle1(inputs)
	if (locale === "ar") return ar_closedtitle1(inputs)
	return en_closedtitle1(inputs)
});
export { closedtitle1 as "closedTitle" }