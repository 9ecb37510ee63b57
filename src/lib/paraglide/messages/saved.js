/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} SavedInputs */

const en_saved = /** @type {(inputs: SavedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Your answers so far are saved.`)
};

const ja_saved = /** @type {(inputs: SavedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ここまでの回答を保存しました。`)
};

const zh_cn2_saved = /** @type {(inputs: SavedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`您目前的回答已保存。`)
};

const ro_saved = /** @type {(inputs: SavedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Răspunsurile de până acum sunt salvate.`)
};

const ru_saved = /** @type {(inputs: SavedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ваши ответы сохранены.`)
};

const th_saved = /** @type {(inputs: SavedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`บันทึกคำตอบของคุณแล้ว`)
};

const es_saved = /** @type {(inputs: SavedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sus respuestas hasta ahora están guardadas.`)
};

const de_saved = /** @type {(inputs: SavedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ihre bisherigen Antworten sind gespeichert.`)
};

const fr_saved = /** @type {(inputs: SavedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Vos réponses jusqu’ici sont enregistrées.`)
};

const pt_saved = /** @type {(inputs: SavedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`As suas respostas até agora estão guardadas.`)
};

const ar_saved = /** @type {(inputs: SavedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`تم حفظ إجاباتك حتى الآن.`)
};

/**
* | output |
* | --- |
* | "Your answers so far are saved." |
*
* @param {SavedInputs} inputs
* @param {{ locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }} options
* @returns {LocalizedString}
*/
export const saved = /** @type {((inputs?: SavedInputs, options?: { locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<SavedInputs, { locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ja") return ja_saved(inputs)
	if (locale === "zh-CN") return zh_cn2_saved(inputs)
	if (locale === "ro") return ro_saved(inputs)
	if (locale === "ru") return ru_saved(inputs)
	if (locale === "th") return th_saved(inputs)
	if (locale === "es") return es_saved(inputs)
	if (locale === "de") return de_saved(inputs)
	if (locale === "fr") return fr_saved(inputs)
	if (locale === "pt") return pt_saved(inputs)
	if (locale === "ar") return ar_saved(inputs)
	return en_saved(inputs)
});