/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Veveryrow2Inputs */

const en_veveryrow2 = /** @type {(inputs: Veveryrow2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Answer every row.`)
};

const ja_veveryrow2 = /** @type {(inputs: Veveryrow2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`すべての行に回答してください。`)
};

const zh_cn2_veveryrow2 = /** @type {(inputs: Veveryrow2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`请回答每一行。`)
};

const ro_veveryrow2 = /** @type {(inputs: Veveryrow2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Răspundeți pe fiecare rând.`)
};

const ru_veveryrow2 = /** @type {(inputs: Veveryrow2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ответьте в каждой строке.`)
};

const th_veveryrow2 = /** @type {(inputs: Veveryrow2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`โปรดตอบทุกแถว`)
};

const es_veveryrow2 = /** @type {(inputs: Veveryrow2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Responda en cada fila.`)
};

const de_veveryrow2 = /** @type {(inputs: Veveryrow2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bitte beantworten Sie jede Zeile.`)
};

const fr_veveryrow2 = /** @type {(inputs: Veveryrow2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Répondez à chaque ligne.`)
};

const pt_veveryrow2 = /** @type {(inputs: Veveryrow2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Responda em todas as linhas.`)
};

const ar_veveryrow2 = /** @type {(inputs: Veveryrow2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`أجب في كل صف.`)
};

/**
* | output |
* | --- |
* | "Answer every row." |
*
* @param {Veveryrow2Inputs} inputs
* @param {{ locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }} options
* @returns {LocalizedString}
*/
const veveryrow2 = /** @type {((inputs?: Veveryrow2Inputs, options?: { locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Veveryrow2Inputs, { locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ja") return ja_veveryrow2(inputs)
	if (locale === "zh-CN") return zh_cn2_veveryrow2(inputs)
	if (locale === "ro") return ro_veveryrow2(inputs)
	if (locale === "ru") return ru_veveryrow2(inputs)
	if (locale === "th") return th_veveryrow2(inputs)
	if (locale === "es") return es_veveryrow2(inputs)
	if (locale === "de") return de_veveryrow2(inputs)
	if (locale === "fr") return fr_veveryrow2(inputs)
	if (locale === "pt") return pt_veveryrow2(inputs)
	if (locale === "ar") return ar_veveryrow2(inputs)
	return en_veveryrow2(inputs)
});
export { veveryrow2 as "vEveryRow" }