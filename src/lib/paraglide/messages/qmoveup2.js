/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ label: NonNullable<unknown> }} Qmoveup2Inputs */

const en_qmoveup2 = /** @type {(inputs: Qmoveup2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Move ${i?.label} up`)
};

const ja_qmoveup2 = /** @type {(inputs: Qmoveup2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.label}を上へ移動`)
};

const zh_cn2_qmoveup2 = /** @type {(inputs: Qmoveup2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`将${i?.label}上移`)
};

const ro_qmoveup2 = /** @type {(inputs: Qmoveup2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Mută ${i?.label} mai sus`)
};

const ru_qmoveup2 = /** @type {(inputs: Qmoveup2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Переместить «${i?.label}» выше`)
};

const th_qmoveup2 = /** @type {(inputs: Qmoveup2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`เลื่อน ${i?.label} ขึ้น`)
};

const es_qmoveup2 = /** @type {(inputs: Qmoveup2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Subir ${i?.label}`)
};

const de_qmoveup2 = /** @type {(inputs: Qmoveup2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.label} nach oben`)
};

const fr_qmoveup2 = /** @type {(inputs: Qmoveup2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Monter ${i?.label}`)
};

const pt_qmoveup2 = /** @type {(inputs: Qmoveup2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Subir ${i?.label}`)
};

const ar_qmoveup2 = /** @type {(inputs: Qmoveup2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`نقل ${i?.label} للأعلى`)
};

/**
* | output |
* | --- |
* | "Move {label} up" |
*
* @param {Qmoveup2Inputs} inputs
* @param {{ locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }} options
* @returns {LocalizedString}
*/
const qmoveup2 = /** @type {((inputs: Qmoveup2Inputs, options?: { locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Qmoveup2Inputs, { locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ja") return ja_qmoveup2(inputs)
	if (locale === "zh-CN") return zh_cn2_qmoveup2(inputs)
	if (locale === "ro") return ro_qmoveup2(inputs)
	if (locale === "ru") return ru_qmoveup2(inputs)
	if (locale === "th") return th_qmoveup2(inputs)
	if (locale === "es") return es_qmoveup2(inputs)
	if (locale === "de") return de_qmoveup2(inputs)
	if (locale === "fr") return fr_qmoveup2(inputs)
	if (locale === "pt") return pt_qmoveup2(inputs)
	if (locale === "ar") return ar_qmoveup2(inputs)
	return en_qmoveup2(inputs)
});
export { qmoveup2 as "qMoveUp" }