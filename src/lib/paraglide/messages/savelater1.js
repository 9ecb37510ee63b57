/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Savelater1Inputs */

const en_savelater1 = /** @type {(inputs: Savelater1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Save and finish later`)
};

const ja_savelater1 = /** @type {(inputs: Savelater1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`保存して後で続ける`)
};

const zh_cn2_savelater1 = /** @type {(inputs: Savelater1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`保存，稍后完成`)
};

const ro_savelater1 = /** @type {(inputs: Savelater1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Salvați și terminați mai târziu`)
};

const ru_savelater1 = /** @type {(inputs: Savelater1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Сохранить и закончить позже`)
};

const th_savelater1 = /** @type {(inputs: Savelater1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`บันทึกและทำต่อภายหลัง`)
};

const es_savelater1 = /** @type {(inputs: Savelater1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Guardar y terminar más tarde`)
};

const de_savelater1 = /** @type {(inputs: Savelater1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Speichern und später fortsetzen`)
};

const fr_savelater1 = /** @type {(inputs: Savelater1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Enregistrer et terminer plus tard`)
};

const pt_savelater1 = /** @type {(inputs: Savelater1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Guardar e terminar mais tarde`)
};

const ar_savelater1 = /** @type {(inputs: Savelater1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`احفظ وأكمل لاحقًا`)
};

/**
* | output |
* | --- |
* | "Save and finish later" |
*
* @param {Savelater1Inputs} inputs
* @param {{ locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }} options
* @returns {LocalizedString}
*/
const savelater1 = /** @type {((inputs?: Savelater1Inputs, options?: { locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Savelater1Inputs, { locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ja") return ja_savelater1(inputs)
	if (locale === "zh-CN") return zh_cn2_savelater1(inputs)
	if (locale === "ro") return ro_savelater1(inputs)
	if (locale === "ru") return ru_savelater1(inputs)
	if (locale === "th") return th_savelater1(inputs)
	if (locale === "es") return es_savelater1(inputs)
	if (locale === "de") return de_savelater1(inputs)
	if (locale === "fr") return fr_savelater1(inputs)
	if (locale === "pt") return pt_savelater1(inputs)
	if (locale === "ar") return ar_savelater1(inputs)
	return en_savelater1(inputs)
});
export { savelater1 as "saveLater" }