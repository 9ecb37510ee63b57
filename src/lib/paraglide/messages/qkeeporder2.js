/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Qkeeporder2Inputs */

const en_qkeeporder2 = /** @type {(inputs: Qkeeporder2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Keep this order`)
};

const ja_qkeeporder2 = /** @type {(inputs: Qkeeporder2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`この順番で確定`)
};

const zh_cn2_qkeeporder2 = /** @type {(inputs: Qkeeporder2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`保持此顺序`)
};

const ro_qkeeporder2 = /** @type {(inputs: Qkeeporder2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Păstrează această ordine`)
};

const ru_qkeeporder2 = /** @type {(inputs: Qkeeporder2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Оставить этот порядок`)
};

const th_qkeeporder2 = /** @type {(inputs: Qkeeporder2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ใช้ลำดับนี้`)
};

const es_qkeeporder2 = /** @type {(inputs: Qkeeporder2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Mantener este orden`)
};

const de_qkeeporder2 = /** @type {(inputs: Qkeeporder2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Diese Reihenfolge übernehmen`)
};

const fr_qkeeporder2 = /** @type {(inputs: Qkeeporder2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Garder cet ordre`)
};

const pt_qkeeporder2 = /** @type {(inputs: Qkeeporder2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Manter esta ordem`)
};

const ar_qkeeporder2 = /** @type {(inputs: Qkeeporder2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`الإبقاء على هذا الترتيب`)
};

/**
* | output |
* | --- |
* | "Keep this order" |
*
* @param {Qkeeporder2Inputs} inputs
* @param {{ locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }} options
* @returns {LocalizedString}
*/
const qkeeporder2 = /** @type {((inputs?: Qkeeporder2Inputs, options?: { locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Qkeeporder2Inputs, { locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ja") return ja_qkeeporder2(inputs)
	if (locale === "zh-CN") return zh_cn2_qkeeporder2(inputs)
	if (locale === "ro") return ro_qkeeporder2(inputs)
	if (locale === "ru") return ru_qkeeporder2(inputs)
	if (locale === "th") return th_qkeeporder2(inputs)
	if (locale === "es") return es_qkeeporder2(inputs)
	if (locale === "de") return de_qkeeporder2(inputs)
	if (locale === "fr") return fr_qkeeporder2(inputs)
	if (locale === "pt") return pt_qkeeporder2(inputs)
	if (locale === "ar") return ar_qkeeporder2(inputs)
	return en_qkeeporder2(inputs)
});
export { qkeeporder2 as "qKeepOrder" }