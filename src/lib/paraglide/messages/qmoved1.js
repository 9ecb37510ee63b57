/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ label: NonNullable<unknown>, position: NonNullable<unknown>, count: NonNullable<unknown> }} Qmoved1Inputs */

const en_qmoved1 = /** @type {(inputs: Qmoved1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.label}: ${i?.position} of ${i?.count}`)
};

const ja_qmoved1 = /** @type {(inputs: Qmoved1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.label}：${i?.count} 件中 ${i?.position} 位`)
};

const zh_cn2_qmoved1 = /** @type {(inputs: Qmoved1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.label}：第 ${i?.position} 位，共 ${i?.count} 位`)
};

const ro_qmoved1 = /** @type {(inputs: Qmoved1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.label}: ${i?.position} din ${i?.count}`)
};

const ru_qmoved1 = /** @type {(inputs: Qmoved1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.label}: ${i?.position} из ${i?.count}`)
};

const th_qmoved1 = /** @type {(inputs: Qmoved1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.label}: อันดับ ${i?.position} จาก ${i?.count}`)
};

const es_qmoved1 = /** @type {(inputs: Qmoved1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.label}: ${i?.position} de ${i?.count}`)
};

const de_qmoved1 = /** @type {(inputs: Qmoved1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.label}: ${i?.position} von ${i?.count}`)
};

const fr_qmoved1 = /** @type {(inputs: Qmoved1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.label} : ${i?.position} sur ${i?.count}`)
};

const pt_qmoved1 = /** @type {(inputs: Qmoved1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.label}: ${i?.position} de ${i?.count}`)
};

const ar_qmoved1 = /** @type {(inputs: Qmoved1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.label}: ${i?.position} من ${i?.count}`)
};

/**
* | output |
* | --- |
* | "{label}: {position} of {count}" |
*
* @param {Qmoved1Inputs} inputs
* @param {{ locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }} options
* @returns {LocalizedString}
*/
const qmoved1 = /** @type {((inputs: Qmoved1Inputs, options?: { locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Qmoved1Inputs, { locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ja") return ja_qmoved1(inputs)
	if (locale === "zh-CN") return zh_cn2_qmoved1(inputs)
	if (locale === "ro") return ro_qmoved1(inputs)
	if (locale === "ru") return ru_qmoved1(inputs)
	if (locale === "th") return th_qmoved1(inputs)
	if (locale === "es") return es_qmoved1(inputs)
	if (locale === "de") return de_qmoved1(inputs)
	if (locale === "fr") return fr_qmoved1(inputs)
	if (locale === "pt") return pt_qmoved1(inputs)
	if (locale === "ar") return ar_qmoved1(inputs)
	return en_qmoved1(inputs)
});
export { qmoved1 as "qMoved" }