/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ n: NonNullable<unknown>, max: NonNullable<unknown> }} Qstars1Inputs */

const en_qstars1 = /** @type {(inputs: Qstars1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.n} of ${i?.max}`)
};

const ja_qstars1 = /** @type {(inputs: Qstars1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.max} 点中 ${i?.n} 点`)
};

const zh_cn2_qstars1 = /** @type {(inputs: Qstars1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.n} / ${i?.max}`)
};

const ro_qstars1 = /** @type {(inputs: Qstars1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.n} din ${i?.max}`)
};

const ru_qstars1 = /** @type {(inputs: Qstars1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.n} из ${i?.max}`)
};

const th_qstars1 = /** @type {(inputs: Qstars1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.n} จาก ${i?.max}`)
};

const es_qstars1 = /** @type {(inputs: Qstars1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.n} de ${i?.max}`)
};

const de_qstars1 = /** @type {(inputs: Qstars1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.n} von ${i?.max}`)
};

const fr_qstars1 = /** @type {(inputs: Qstars1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.n} sur ${i?.max}`)
};

const pt_qstars1 = /** @type {(inputs: Qstars1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.n} de ${i?.max}`)
};

const ar_qstars1 = /** @type {(inputs: Qstars1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.n} من ${i?.max}`)
};

/**
* | output |
* | --- |
* | "{n} of {max}" |
*
* @param {Qstars1Inputs} inputs
* @param {{ locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }} options
* @returns {LocalizedString}
*/
const qstars1 = /** @type {((inputs: Qstars1Inputs, options?: { locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Qstars1Inputs, { locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ja") return ja_qstars1(inputs)
	if (locale === "zh-CN") return zh_cn2_qstars1(inputs)
	if (locale === "ro") return ro_qstars1(inputs)
	if (locale === "ru") return ru_qstars1(inputs)
	if (locale === "th") return th_qstars1(inputs)
	if (locale === "es") return es_qstars1(inputs)
	if (locale === "de") return de_qstars1(inputs)
	if (locale === "fr") return fr_qstars1(inputs)
	if (locale === "pt") return pt_qstars1(inputs)
	if (locale === "ar") return ar_qstars1(inputs)
	return en_qstars1(inputs)
});
export { qstars1 as "qStars" }