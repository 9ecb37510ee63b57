/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Qnotanswered2Inputs */

const en_qnotanswered2 = /** @type {(inputs: Qnotanswered2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Not answered yet`)
};

const ja_qnotanswered2 = /** @type {(inputs: Qnotanswered2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`未回答`)
};

const zh_cn2_qnotanswered2 = /** @type {(inputs: Qnotanswered2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`尚未回答`)
};

const ro_qnotanswered2 = /** @type {(inputs: Qnotanswered2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Încă fără răspuns`)
};

const ru_qnotanswered2 = /** @type {(inputs: Qnotanswered2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ещё нет ответа`)
};

const th_qnotanswered2 = /** @type {(inputs: Qnotanswered2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ยังไม่ได้ตอบ`)
};

const es_qnotanswered2 = /** @type {(inputs: Qnotanswered2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sin responder`)
};

const de_qnotanswered2 = /** @type {(inputs: Qnotanswered2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Noch nicht beantwortet`)
};

const fr_qnotanswered2 = /** @type {(inputs: Qnotanswered2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pas encore répondu`)
};

const pt_qnotanswered2 = /** @type {(inputs: Qnotanswered2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ainda sem resposta`)
};

const ar_qnotanswered2 = /** @type {(inputs: Qnotanswered2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`لم تتم الإجابة بعد`)
};

/**
* | output |
* | --- |
* | "Not answered yet" |
*
* @param {Qnotanswered2Inputs} inputs
* @param {{ locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }} options
* @returns {LocalizedString}
*/
const qnotanswered2 = /** @type {((inputs?: Qnotanswered2Inputs, options?: { locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Qnotanswered2Inputs, { locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ja") return ja_qnotanswered2(inputs)
	if (locale === "zh-CN") return zh_cn2_qnotanswered2(inputs)
	if (locale === "ro") return ro_qnotanswered2(inputs)
	if (locale === "ru") return ru_qnotanswered2(inputs)
	if (locale === "th") return th_qnotanswered2(inputs)
	if (locale === "es") return es_qnotanswered2(inputs)
	if (locale === "de") return de_qnotanswered2(inputs)
	if (locale === "fr") return fr_qnotanswered2(inputs)
	if (locale === "pt") return pt_qnotanswered2(inputs)
	if (locale === "ar") return ar_qnotanswered2(inputs)
	return en_qnotanswered2(inputs)
});
export { qnotanswered2 as "qNotAnswered" }