/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} NextInputs */

const en_next = /** @type {(inputs: NextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Next`)
};

const ja_next = /** @type {(inputs: NextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`次へ`)
};

const zh_cn2_next = /** @type {(inputs: NextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`下一步`)
};

const ro_next = /** @type {(inputs: NextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Înainte`)
};

const ru_next = /** @type {(inputs: NextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Далее`)
};

const th_next = /** @type {(inputs: NextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ถัดไป`)
};

const es_next = /** @type {(inputs: NextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Siguiente`)
};

const de_next = /** @type {(inputs: NextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Weiter`)
};

const fr_next = /** @type {(inputs: NextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Suivant`)
};

const pt_next = /** @type {(inputs: NextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Seguinte`)
};

const ar_next = /** @type {(inputs: NextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`التالي`)
};

/**
* | output |
* | --- |
* | "Next" |
*
* @param {NextInputs} inputs
* @param {{ locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }} options
* @returns {LocalizedString}
*/
export const next = /** @type {((inputs?: NextInputs, options?: { locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<NextInputs, { locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ja") return ja_next(inputs)
	if (locale === "zh-CN") return zh_cn2_next(inputs)
	if (locale === "ro") return ro_next(inputs)
	if (locale === "ru") return ru_next(inputs)
	if (locale === "th") return th_next(inputs)
	if (locale === "es") return es_next(inputs)
	if (locale === "de") return de_next(inputs)
	if (locale === "fr") return fr_next(inputs)
	if (locale === "pt") return pt_next(inputs)
	if (locale === "ar") return ar_next(inputs)
	return en_next(inputs)
});