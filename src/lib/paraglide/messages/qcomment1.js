/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Qcomment1Inputs */

const en_qcomment1 = /** @type {(inputs: Qcomment1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Anything you would like to add?`)
};

const ja_qcomment1 = /** @type {(inputs: Qcomment1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ほかにお伝えいただきたいことはありますか？`)
};

const zh_cn2_qcomment1 = /** @type {(inputs: Qcomment1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`还有什么想补充的吗？`)
};

const ro_qcomment1 = /** @type {(inputs: Qcomment1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Mai doriți să adăugați ceva?`)
};

const ru_qcomment1 = /** @type {(inputs: Qcomment1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Хотите что-нибудь добавить?`)
};

const th_qcomment1 = /** @type {(inputs: Qcomment1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`มีอะไรที่ต้องการเพิ่มเติมไหม`)
};

const es_qcomment1 = /** @type {(inputs: Qcomment1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`¿Algo más que quiera añadir?`)
};

const de_qcomment1 = /** @type {(inputs: Qcomment1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Möchten Sie noch etwas ergänzen?`)
};

const fr_qcomment1 = /** @type {(inputs: Qcomment1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Souhaitez-vous ajouter quelque chose ?`)
};

const pt_qcomment1 = /** @type {(inputs: Qcomment1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Quer acrescentar alguma coisa?`)
};

const ar_qcomment1 = /** @type {(inputs: Qcomment1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`هل تود إضافة أي شيء؟`)
};

/**
* | output |
* | --- |
* | "Anything you would like to add?" |
*
* @param {Qcomment1Inputs} inputs
* @param {{ locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }} options
* @returns {LocalizedString}
*/
const qcomment1 = /** @type {((inputs?: Qcomment1Inputs, options?: { locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Qcomment1Inputs, { locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ja") return ja_qcomment1(inputs)
	if (locale === "zh-CN") return zh_cn2_qcomment1(inputs)
	if (locale === "ro") return ro_qcomment1(inputs)
	if (locale === "ru") return ru_qcomment1(inputs)
	if (locale === "th") return th_qcomment1(inputs)
	if (locale === "es") return es_qcomment1(inputs)
	if (locale === "de") return de_qcomment1(inputs)
	if (locale === "fr") return fr_qcomment1(inputs)
	if (locale === "pt") return pt_qcomment1(inputs)
	if (locale === "ar") return ar_qcomment1(inputs)
	return en_qcomment1(inputs)
});
export { qcomment1 as "qComment" }