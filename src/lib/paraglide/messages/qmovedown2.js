/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ label: NonNullable<unknown> }} Qmovedown2Inputs */

const en_qmovedown2 = /** @type {(inputs: Qmovedown2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Move ${i?.label} down`)
};

const ja_qmovedown2 = /** @type {(inputs: Qmovedown2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.label}を下へ移動`)
};

const zh_cn2_qmovedown2 = /** @type {(inputs: Qmovedown2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`将${i?.label}下移`)
};

const ro_qmovedown2 = /** @type {(inputs: Qmovedown2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Mută ${i?.label} mai jos`)
};

const ru_qmovedown2 = /** @type {(inputs: Qmovedown2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Переместить «${i?.label}» ниже`)
};

const th_qmovedown2 = /** @type {(inputs: Qmovedown2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`เลื่อน ${i?.label} ลง`)
};

const es_qmovedown2 = /** @type {(inputs: Qmovedown2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Bajar ${i?.label}`)
};

const de_qmovedown2 = /** @type {(inputs: Qmovedown2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.label} nach unten`)
};

const fr_qmovedown2 = /** @type {(inputs: Qmovedown2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Descendre ${i?.label}`)
};

const pt_qmovedown2 = /** @type {(inputs: Qmovedown2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Descer ${i?.label}`)
};

const ar_qmovedown2 = /** @type {(inputs: Qmovedown2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`نقل ${i?.label} للأسفل`)
};

/**
* | output |
* | --- |
* | "Move {label} down" |
*
* @param {Qmovedown2Inputs} inputs
* @param {{ locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }} options
* @returns {LocalizedString}
*/
const qmovedown2 = /** @type {((inputs: Qmovedown2Inputs, options?: { locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Qmovedown2Inputs, { locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ja") return ja_qmovedown2(inputs)
	if (locale === "zh-CN") return zh_cn2_qmovedown2(inputs)
	if (locale === "ro") return ro_qmovedown2(inputs)
	if (locale === "ru") return ru_qmovedown2(inputs)
	if (locale === "th") return th_qmovedown2(inputs)
	if (locale === "es") return es_qmovedown2(inputs)
	if (locale === "de") return de_qmovedown2(inputs)
	if (locale === "fr") return fr_qmovedown2(inputs)
	if (locale === "pt") return pt_qmovedown2(inputs)
	if (locale === "ar") return ar_qmovedown2(inputs)
	return en_qmovedown2(inputs)
});
export { qmovedown2 as "qMoveDown" }