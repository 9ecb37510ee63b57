/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Qerror1Inputs */

const en_qerror1 = /** @type {(inputs: Qerror1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Error:`)
};

const ja_qerror1 = /** @type {(inputs: Qerror1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`エラー：`)
};

const zh_cn2_qerror1 = /** @type {(inputs: Qerror1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`错误：`)
};

const ro_qerror1 = /** @type {(inputs: Qerror1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Eroare:`)
};

const ru_qerror1 = /** @type {(inputs: Qerror1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ошибка:`)
};

const th_qerror1 = /** @type {(inputs: Qerror1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ข้อผิดพลาด:`)
};

const es_qerror1 = /** @type {(inputs: Qerror1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Error:`)
};

const de_qerror1 = /** @type {(inputs: Qerror1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Fehler:`)
};

const fr_qerror1 = /** @type {(inputs: Qerror1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Erreur :`)
};

const pt_qerror1 = /** @type {(inputs: Qerror1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Erro:`)
};

const ar_qerror1 = /** @type {(inputs: Qerror1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`خطأ:`)
};

/**
* | output |
* | --- |
* | "Error:" |
*
* @param {Qerror1Inputs} inputs
* @param {{ locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }} options
* @returns {LocalizedString}
*/
const qerror1 = /** @type {((inputs?: Qerror1Inputs, options?: { locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Qerror1Inputs, { locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ja") return ja_qerror1(inputs)
	if (locale === "zh-CN") return zh_cn2_qerror1(inputs)
	if (locale === "ro") return ro_qerror1(inputs)
	if (locale === "ru") return ru_qerror1(inputs)
	if (locale === "th") return th_qerror1(inputs)
	if (locale === "es") return es_qerror1(inputs)
	if (locale === "de") return de_qerror1(inputs)
	if (locale === "fr") return fr_qerror1(inputs)
	if (locale === "pt") return pt_qerror1(inputs)
	if (locale === "ar") return ar_qerror1(inputs)
	return en_qerror1(inputs)
});
export { qerror1 as "qError" }