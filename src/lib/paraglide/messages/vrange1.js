/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ min: NonNullable<unknown>, max: NonNullable<unknown> }} Vrange1Inputs */

const en_vrange1 = /** @type {(inputs: Vrange1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Enter a value from ${i?.min} to ${i?.max}.`)
};

const ja_vrange1 = /** @type {(inputs: Vrange1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.min} から ${i?.max} までの値を入力してください。`)
};

const zh_cn2_vrange1 = /** @type {(inputs: Vrange1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`请输入 ${i?.min} 到 ${i?.max} 之间的值。`)
};

const ro_vrange1 = /** @type {(inputs: Vrange1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Introduceți o valoare între ${i?.min} și ${i?.max}.`)
};

const ru_vrange1 = /** @type {(inputs: Vrange1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Введите значение от ${i?.min} до ${i?.max}.`)
};

const th_vrange1 = /** @type {(inputs: Vrange1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`โปรดป้อนค่าตั้งแต่ ${i?.min} ถึง ${i?.max}`)
};

const es_vrange1 = /** @type {(inputs: Vrange1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Introduzca un valor entre ${i?.min} y ${i?.max}.`)
};

const de_vrange1 = /** @type {(inputs: Vrange1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Geben Sie einen Wert von ${i?.min} bis ${i?.max} ein.`)
};

const fr_vrange1 = /** @type {(inputs: Vrange1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Saisissez une valeur de ${i?.min} à ${i?.max}.`)
};

const pt_vrange1 = /** @type {(inputs: Vrange1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Introduza um valor de ${i?.min} a ${i?.max}.`)
};

const ar_vrange1 = /** @type {(inputs: Vrange1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`أدخل قيمة من ${i?.min} إلى ${i?.max}.`)
};

/**
* | output |
* | --- |
* | "Enter a value from {min} to {max}." |
*
* @param {Vrange1Inputs} inputs
* @param {{ locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }} options
* @returns {LocalizedString}
*/
const vrange1 = /** @type {((inputs: Vrange1Inputs, options?: { locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Vrange1Inputs, { locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ja") return ja_vrange1(inputs)
	if (locale === "zh-CN") return zh_cn2_vrange1(inputs)
	if (locale === "ro") return ro_vrange1(inputs)
	if (locale === "ru") return ru_vrange1(inputs)
	if (locale === "th") return th_vrange1(inputs)
	if (locale === "es") return es_vrange1(inputs)
	if (locale === "de") return de_vrange1(inputs)
	if (locale === "fr") return fr_vrange1(inputs)
	if (locale === "pt") return pt_vrange1(inputs)
	if (locale === "ar") return ar_vrange1(inputs)
	return en_vrange1(inputs)
});
export { vrange1 as "vRange" }