/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ min: NonNullable<unknown>, max: NonNullable<unknown> }} Qchoosebetween2Inputs */

const en_qchoosebetween2 = /** @type {(inputs: Qchoosebetween2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Choose ${i?.min} to ${i?.max}.`)
};

const ja_qchoosebetween2 = /** @type {(inputs: Qchoosebetween2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.min}〜${i?.max} つ選んでください。`)
};

const zh_cn2_qchoosebetween2 = /** @type {(inputs: Qchoosebetween2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`请选择 ${i?.min} 到 ${i?.max} 项。`)
};

const ro_qchoosebetween2 = /** @type {(inputs: Qchoosebetween2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Alegeți între ${i?.min} și ${i?.max}.`)
};

const ru_qchoosebetween2 = /** @type {(inputs: Qchoosebetween2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Выберите от ${i?.min} до ${i?.max}.`)
};

const th_qchoosebetween2 = /** @type {(inputs: Qchoosebetween2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`เลือก ${i?.min} ถึง ${i?.max} ข้อ`)
};

const es_qchoosebetween2 = /** @type {(inputs: Qchoosebetween2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Elija de ${i?.min} a ${i?.max}.`)
};

const de_qchoosebetween2 = /** @type {(inputs: Qchoosebetween2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Wählen Sie ${i?.min} bis ${i?.max}.`)
};

const fr_qchoosebetween2 = /** @type {(inputs: Qchoosebetween2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Choisissez-en de ${i?.min} à ${i?.max}.`)
};

const pt_qchoosebetween2 = /** @type {(inputs: Qchoosebetween2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Escolha de ${i?.min} a ${i?.max}.`)
};

const ar_qchoosebetween2 = /** @type {(inputs: Qchoosebetween2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`اختر من ${i?.min} إلى ${i?.max}.`)
};

/**
* | output |
* | --- |
* | "Choose {min} to {max}." |
*
* @param {Qchoosebetween2Inputs} inputs
* @param {{ locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }} options
* @returns {LocalizedString}
*/
const qchoosebetween2 = /** @type {((inputs: Qchoosebetween2Inputs, options?: { locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Qchoosebetween2Inputs, { locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ja") return ja_qchoosebetween2(inputs)
	if (locale === "zh-CN") return zh_cn2_qchoosebetween2(inputs)
	if (locale === "ro") return ro_qchoosebetween2(inputs)
	if (locale === "ru") return ru_qchoosebetween2(inputs)
	if (locale === "th") return th_qchoosebetween2(inputs)
	if (locale === "es") return es_qchoosebetween2(inputs)
	if (locale === "de") return de_qchoosebetween2(inputs)
	if (locale === "fr") return fr_qchoosebetween2(inputs)
	if (locale === "pt") return pt_qchoosebetween2(inputs)
	if (locale === "ar") return ar_qchoosebetween2(inputs)
	return en_qchoosebetween2(inputs)
});
export { qchoosebetween2 as "qChooseBetween" }