/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Vcheck1Inputs */

const en_vcheck1 = /** @type {(inputs: Vcheck1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Check this answer.`)
};

const ja_vcheck1 = /** @type {(inputs: Vcheck1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`この回答を確認してください。`)
};

const zh_cn2_vcheck1 = /** @type {(inputs: Vcheck1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`请检查此答案。`)
};

const ro_vcheck1 = /** @type {(inputs: Vcheck1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Verificați acest răspuns.`)
};

const ru_vcheck1 = /** @type {(inputs: Vcheck1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Проверьте этот ответ.`)
};

const th_vcheck1 = /** @type {(inputs: Vcheck1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`โปรดตรวจสอบคำตอบนี้`)
};

const es_vcheck1 = /** @type {(inputs: Vcheck1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Revise esta respuesta.`)
};

const de_vcheck1 = /** @type {(inputs: Vcheck1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bitte prüfen Sie diese Antwort.`)
};

const fr_vcheck1 = /** @type {(inputs: Vcheck1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Vérifiez cette réponse.`)
};

const pt_vcheck1 = /** @type {(inputs: Vcheck1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Verifique esta resposta.`)
};

const ar_vcheck1 = /** @type {(inputs: Vcheck1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`تحقق من هذه الإجابة.`)
};

/**
* | output |
* | --- |
* | "Check this answer." |
*
* @param {Vcheck1Inputs} inputs
* @param {{ locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }} options
* @returns {LocalizedString}
*/
const vcheck1 = /** @type {((inputs?: Vcheck1Inputs, options?: { locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Vcheck1Inputs, { locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ja") return ja_vcheck1(inputs)
	if (locale === "zh-CN") return zh_cn2_vcheck1(inputs)
	if (locale === "ro") return ro_vcheck1(inputs)
	if (locale === "ru") return ru_vcheck1(inputs)
	if (locale === "th") return th_vcheck1(inputs)
	if (locale === "es") return es_vcheck1(inputs)
	if (locale === "de") return de_vcheck1(inputs)
	if (locale === "fr") return fr_vcheck1(inputs)
	if (locale === "pt") return pt_vcheck1(inputs)
	if (locale === "ar") return ar_vcheck1(inputs)
	return en_vcheck1(inputs)
});
export { vcheck1 as "vCheck" }