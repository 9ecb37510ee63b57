/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ n: NonNullable<unknown> }} Qchooseatmost3Inputs */

const en_qchooseatmost3 = /** @type {(inputs: Qchooseatmost3Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Choose up to ${i?.n}.`)
};

const ja_qchooseatmost3 = /** @type {(inputs: Qchooseatmost3Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.n} つまで選べます。`)
};

const zh_cn2_qchooseatmost3 = /** @type {(inputs: Qchooseatmost3Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`最多可选 ${i?.n} 项。`)
};

const ro_qchooseatmost3 = /** @type {(inputs: Qchooseatmost3Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Alegeți cel mult ${i?.n}.`)
};

const ru_qchooseatmost3 = /** @type {(inputs: Qchooseatmost3Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Выберите не более ${i?.n}.`)
};

const th_qchooseatmost3 = /** @type {(inputs: Qchooseatmost3Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`เลือกได้ไม่เกิน ${i?.n} ข้อ`)
};

const es_qchooseatmost3 = /** @type {(inputs: Qchooseatmost3Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Elija hasta ${i?.n}.`)
};

const de_qchooseatmost3 = /** @type {(inputs: Qchooseatmost3Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Wählen Sie höchstens ${i?.n}.`)
};

const fr_qchooseatmost3 = /** @type {(inputs: Qchooseatmost3Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Choisissez-en jusqu’à ${i?.n}.`)
};

const pt_qchooseatmost3 = /** @type {(inputs: Qchooseatmost3Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Escolha até ${i?.n}.`)
};

const ar_qchooseatmost3 = /** @type {(inputs: Qchooseatmost3Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`اختر حتى ${i?.n}.`)
};

/**
* | output |
* | --- |
* | "Choose up to {n}." |
*
* @param {Qchooseatmost3Inputs} inputs
* @param {{ locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }} options
* @returns {LocalizedString}
*/
const qchooseatmost3 = /** @type {((inputs: Qchooseatmost3Inputs, options?: { locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Qchooseatmost3Inputs, { locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ja") return ja_qchooseatmost3(inputs)
	if (locale === "zh-CN") return zh_cn2_qchooseatmost3(inputs)
	if (locale === "ro") return ro_qchooseatmost3(inputs)
	if (locale === "ru") return ru_qchooseatmost3(inputs)
	if (locale === "th") return th_qchooseatmost3(inputs)
	if (locale === "es") return es_qchooseatmost3(inputs)
	if (locale === "de") return de_qchooseatmost3(inputs)
	if (locale === "fr") return fr_qchooseatmost3(inputs)
	if (locale === "pt") return pt_qchooseatmost3(inputs)
	if (locale === "ar") return ar_qchooseatmost3(inputs)
	return en_qchooseatmost3(inputs)
});
export { qchooseatmost3 as "qChooseAtMost" }