/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Qchoose1Inputs */

const en_qchoose1 = /** @type {(inputs: Qchoose1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Choose…`)
};

const ja_qchoose1 = /** @type {(inputs: Qchoose1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`選択してください`)
};

const zh_cn2_qchoose1 = /** @type {(inputs: Qchoose1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`请选择…`)
};

const ro_qchoose1 = /** @type {(inputs: Qchoose1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Alegeți…`)
};

const ru_qchoose1 = /** @type {(inputs: Qchoose1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Выберите…`)
};

const th_qchoose1 = /** @type {(inputs: Qchoose1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`เลือก…`)
};

const es_qchoose1 = /** @type {(inputs: Qchoose1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Elija…`)
};

const de_qchoose1 = /** @type {(inputs: Qchoose1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bitte wählen…`)
};

const fr_qchoose1 = /** @type {(inputs: Qchoose1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Choisir…`)
};

const pt_qchoose1 = /** @type {(inputs: Qchoose1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Escolha…`)
};

const ar_qchoose1 = /** @type {(inputs: Qchoose1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`اختر…`)
};

/**
* | output |
* | --- |
* | "Choose…" |
*
* @param {Qchoose1Inputs} inputs
* @param {{ locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }} options
* @returns {LocalizedString}
*/
const qchoose1 = /** @type {((inputs?: Qchoose1Inputs, options?: { locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Qchoose1Inputs, { locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ja") return ja_qchoose1(inputs)
	if (locale === "zh-CN") return zh_cn2_qchoose1(inputs)
	if (locale === "ro") return ro_qchoose1(inputs)
	if (locale === "ru") return ru_qchoose1(inputs)
	if (locale === "th") return th_qchoose1(inputs)
	if (locale === "es") return es_qchoose1(inputs)
	if (locale === "de") return de_qchoose1(inputs)
	if (locale === "fr") return fr_qchoose1(inputs)
	if (locale === "pt") return pt_qchoose1(inputs)
	if (locale === "ar") return ar_qchoose1(inputs)
	return en_qchoose1(inputs)
});
export { qchoose1 as "qChoose" }