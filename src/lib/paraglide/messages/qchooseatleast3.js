/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ n: NonNullable<unknown> }} Qchooseatleast3Inputs */

const en_qchooseatleast3 = /** @type {(inputs: Qchooseatleast3Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Choose at least ${i?.n}.`)
};

const ja_qchooseatleast3 = /** @type {(inputs: Qchooseatleast3Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.n} つ以上選んでください。`)
};

const zh_cn2_qchooseatleast3 = /** @type {(inputs: Qchooseatleast3Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`请至少选择 ${i?.n} 项。`)
};

const ro_qchooseatleast3 = /** @type {(inputs: Qchooseatleast3Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Alegeți cel puțin ${i?.n}.`)
};

const ru_qchooseatleast3 = /** @type {(inputs: Qchooseatleast3Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Выберите не менее ${i?.n}.`)
};

const th_qchooseatleast3 = /** @type {(inputs: Qchooseatleast3Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`เลือกอย่างน้อย ${i?.n} ข้อ`)
};

const es_qchooseatleast3 = /** @type {(inputs: Qchooseatleast3Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Elija al menos ${i?.n}.`)
};

const de_qchooseatleast3 = /** @type {(inputs: Qchooseatleast3Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Wählen Sie mindestens ${i?.n}.`)
};

const fr_qchooseatleast3 = /** @type {(inputs: Qchooseatleast3Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Choisissez-en au moins ${i?.n}.`)
};

const pt_qchooseatleast3 = /** @type {(inputs: Qchooseatleast3Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Escolha pelo menos ${i?.n}.`)
};

const ar_qchooseatleast3 = /** @type {(inputs: Qchooseatleast3Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`اختر ${i?.n} على الأقل.`)
};

/**
* | output |
* | --- |
* | "Choose at least {n}." |
*
* @param {Qchooseatleast3Inputs} inputs
* @param {{ locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }} options
* @returns {LocalizedString}
*/
const qchooseatleast3 = /** @type {((inputs: Qchooseatleast3Inputs, options?: { locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Qchooseatleast3Inputs, { locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ja") return ja_qchooseatleast3(inputs)
	if (locale === "zh-CN") return zh_cn2_qchooseatleast3(inputs)
	if (locale === "ro") return ro_qchooseatleast3(inputs)
	if (locale === "ru") return ru_qchooseatleast3(inputs)
	if (locale === "th") return th_qchooseatleast3(inputs)
	if (locale === "es") return es_qchooseatleast3(inputs)
	if (locale === "de") return de_qchooseatleast3(inputs)
	if (locale === "fr") return fr_qchooseatleast3(inputs)
	if (locale === "pt") return pt_qchooseatleast3(inputs)
	if (locale === "ar") return ar_qchooseatleast3(inputs)
	return en_qchooseatleast3(inputs)
});
export { qchooseatleast3 as "qChooseAtLeast" }