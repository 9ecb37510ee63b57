/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Vreasonforscore3Inputs */

const en_vreasonforscore3 = /** @type {(inputs: Vreasonforscore3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Choose a reason that fits your score.`)
};

const ja_vreasonforscore3 = /** @type {(inputs: Vreasonforscore3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`スコアに合う理由を選んでください。`)
};

const zh_cn2_vreasonforscore3 = /** @type {(inputs: Vreasonforscore3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`请选择与您的评分相符的原因。`)
};

const ro_vreasonforscore3 = /** @type {(inputs: Vreasonforscore3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Alegeți un motiv potrivit cu scorul dat.`)
};

const ru_vreasonforscore3 = /** @type {(inputs: Vreasonforscore3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Выберите причину, которая подходит к вашей оценке.`)
};

const th_vreasonforscore3 = /** @type {(inputs: Vreasonforscore3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`โปรดเลือกเหตุผลที่ตรงกับคะแนนของคุณ`)
};

const es_vreasonforscore3 = /** @type {(inputs: Vreasonforscore3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Elija un motivo que corresponda a su puntuación.`)
};

const de_vreasonforscore3 = /** @type {(inputs: Vreasonforscore3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Wählen Sie einen Grund, der zu Ihrer Bewertung passt.`)
};

const fr_vreasonforscore3 = /** @type {(inputs: Vreasonforscore3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Choisissez une raison qui correspond à votre note.`)
};

const pt_vreasonforscore3 = /** @type {(inputs: Vreasonforscore3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Escolha um motivo que corresponda à sua pontuação.`)
};

const ar_vreasonforscore3 = /** @type {(inputs: Vreasonforscore3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`اختر سببًا يناسب تقييمك.`)
};

/**
* | output |
* | --- |
* | "Choose a reason that fits your score." |
*
* @param {Vreasonforscore3Inputs} inputs
* @param {{ locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }} options
* @returns {LocalizedString}
*/
const vreasonforscore3 = /** @type {((inputs?: Vreasonforscore3Inputs, options?: { locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Vreasonforscore3Inputs, { locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ja") return ja_vreasonforscore3(inputs)
	if (locale === "zh-CN") return zh_cn2_vreasonforscore3(inputs)
	if (locale === "ro") return ro_vreasonforscore3(inputs)
	if (locale === "ru") return ru_vreasonforscore3(inputs)
	if (locale === "th") return th_vreasonforscore3(inputs)
	if (locale === "es") return es_vreasonforscore3(inputs)
	if (locale === "de") return de_vreasonforscore3(inputs)
	if (locale === "fr") return fr_vreasonforscore3(inputs)
	if (locale === "pt") return pt_vreasonforscore3(inputs)
	if (locale === "ar") return ar_vreasonforscore3(inputs)
	return en_vreasonforscore3(inputs)
});
export { vreasonforscore3 as "vReasonForScore" }