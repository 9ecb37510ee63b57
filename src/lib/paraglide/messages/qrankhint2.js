/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Qrankhint2Inputs */

const en_qrankhint2 = /** @type {(inputs: Qrankhint2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Put them in order: 1 is the first.`)
};

const ja_qrankhint2 = /** @type {(inputs: Qrankhint2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`1 を最上位として順位を付けてください。`)
};

const zh_cn2_qrankhint2 = /** @type {(inputs: Qrankhint2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`请排序：1 为第一。`)
};

const ro_qrankhint2 = /** @type {(inputs: Qrankhint2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ordonați-le: 1 este primul.`)
};

const ru_qrankhint2 = /** @type {(inputs: Qrankhint2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Расставьте по порядку: 1 — первое место.`)
};

const th_qrankhint2 = /** @type {(inputs: Qrankhint2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`เรียงลำดับ: 1 คืออันดับแรก`)
};

const es_qrankhint2 = /** @type {(inputs: Qrankhint2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ordénelos: 1 es el primero.`)
};

const de_qrankhint2 = /** @type {(inputs: Qrankhint2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bringen Sie sie in eine Reihenfolge: 1 ist der erste Platz.`)
};

const fr_qrankhint2 = /** @type {(inputs: Qrankhint2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Classez-les : 1 est le premier.`)
};

const pt_qrankhint2 = /** @type {(inputs: Qrankhint2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ordene-os: 1 é o primeiro.`)
};

const ar_qrankhint2 = /** @type {(inputs: Qrankhint2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`رتّبها: 1 هو الأول.`)
};

/**
* | output |
* | --- |
* | "Put them in order: 1 is the first." |
*
* @param {Qrankhint2Inputs} inputs
* @param {{ locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }} options
* @returns {LocalizedString}
*/
const qrankhint2 = /** @type {((inputs?: Qrankhint2Inputs, options?: { locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Qrankhint2Inputs, { locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ja") return ja_qrankhint2(inputs)
	if (locale === "zh-CN") return zh_cn2_qrankhint2(inputs)
	if (locale === "ro") return ro_qrankhint2(inputs)
	if (locale === "ru") return ru_qrankhint2(inputs)
	if (locale === "th") return th_qrankhint2(inputs)
	if (locale === "es") return es_qrankhint2(inputs)
	if (locale === "de") return de_qrankhint2(inputs)
	if (locale === "fr") return fr_qrankhint2(inputs)
	if (locale === "pt") return pt_qrankhint2(inputs)
	if (locale === "ar") return ar_qrankhint2(inputs)
	return en_qrankhint2(inputs)
});
export { qrankhint2 as "qRankHint" }