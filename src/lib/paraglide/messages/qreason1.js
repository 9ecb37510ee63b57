/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Qreason1Inputs */

const en_qreason1 = /** @type {(inputs: Qreason1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`What is the main reason for your score?`)
};

const ja_qreason1 = /** @type {(inputs: Qreason1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`そのスコアを付けた主な理由は何ですか？`)
};

const zh_cn2_qreason1 = /** @type {(inputs: Qreason1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`您给出这个分数的主要原因是什么？`)
};

const ro_qreason1 = /** @type {(inputs: Qreason1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Care este motivul principal al notei dvs.?`)
};

const ru_qreason1 = /** @type {(inputs: Qreason1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Какова главная причина вашей оценки?`)
};

const th_qreason1 = /** @type {(inputs: Qreason1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`เหตุผลหลักของคะแนนที่คุณให้คืออะไร`)
};

const es_qreason1 = /** @type {(inputs: Qreason1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`¿Cuál es el motivo principal de su puntuación?`)
};

const de_qreason1 = /** @type {(inputs: Qreason1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Was ist der Hauptgrund für Ihre Bewertung?`)
};

const fr_qreason1 = /** @type {(inputs: Qreason1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Quelle est la principale raison de votre note ?`)
};

const pt_qreason1 = /** @type {(inputs: Qreason1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Qual é o principal motivo da sua pontuação?`)
};

const ar_qreason1 = /** @type {(inputs: Qreason1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ما السبب الرئيسي لتقييمك؟`)
};

/**
* | output |
* | --- |
* | "What is the main reason for your score?" |
*
* @param {Qreason1Inputs} inputs
* @param {{ locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }} options
* @returns {LocalizedString}
*/
const qreason1 = /** @type {((inputs?: Qreason1Inputs, options?: { locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Qreason1Inputs, { locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ja") return ja_qreason1(inputs)
	if (locale === "zh-CN") return zh_cn2_qreason1(inputs)
	if (locale === "ro") return ro_qreason1(inputs)
	if (locale === "ru") return ru_qreason1(inputs)
	if (locale === "th") return th_qreason1(inputs)
	if (locale === "es") return es_qreason1(inputs)
	if (locale === "de") return de_qreason1(inputs)
	if (locale === "fr") return fr_qreason1(inputs)
	if (locale === "pt") return pt_qreason1(inputs)
	if (locale === "ar") return ar_qreason1(inputs)
	return en_qreason1(inputs)
});
export { qreason1 as "qReason" }