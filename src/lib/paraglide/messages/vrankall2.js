/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Vrankall2Inputs */

const en_vrankall2 = /** @type {(inputs: Vrankall2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Give every choice a position.`)
};

const ja_vrankall2 = /** @type {(inputs: Vrankall2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`すべての選択肢に順位を付けてください。`)
};

const zh_cn2_vrankall2 = /** @type {(inputs: Vrankall2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`请为每个选项排序。`)
};

const ro_vrankall2 = /** @type {(inputs: Vrankall2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Dați o poziție fiecărei opțiuni.`)
};

const ru_vrankall2 = /** @type {(inputs: Vrankall2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Укажите место для каждого варианта.`)
};

const th_vrankall2 = /** @type {(inputs: Vrankall2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`โปรดจัดอันดับทุกตัวเลือก`)
};

const es_vrankall2 = /** @type {(inputs: Vrankall2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Asigne una posición a cada opción.`)
};

const de_vrankall2 = /** @type {(inputs: Vrankall2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Geben Sie jeder Option einen Rang.`)
};

const fr_vrankall2 = /** @type {(inputs: Vrankall2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Donnez un rang à chaque choix.`)
};

const pt_vrankall2 = /** @type {(inputs: Vrankall2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Dê uma posição a cada opção.`)
};

const ar_vrankall2 = /** @type {(inputs: Vrankall2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`أعطِ كل خيار ترتيبًا.`)
};

/**
* | output |
* | --- |
* | "Give every choice a position." |
*
* @param {Vrankall2Inputs} inputs
* @param {{ locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }} options
* @returns {LocalizedString}
*/
const vrankall2 = /** @type {((inputs?: Vrankall2Inputs, options?: { locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Vrankall2Inputs, { locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ja") return ja_vrankall2(inputs)
	if (locale === "zh-CN") return zh_cn2_vrankall2(inputs)
	if (locale === "ro") return ro_vrankall2(inputs)
	if (locale === "ru") return ru_vrankall2(inputs)
	if (locale === "th") return th_vrankall2(inputs)
	if (locale === "es") return es_vrankall2(inputs)
	if (locale === "de") return de_vrankall2(inputs)
	if (locale === "fr") return fr_vrankall2(inputs)
	if (locale === "pt") return pt_vrankall2(inputs)
	if (locale === "ar") return ar_vrankall2(inputs)
	return en_vrankall2(inputs)
});
export { vrankall2 as "vRankAll" }