/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Thankyou1Inputs */

const en_thankyou1 = /** @type {(inputs: Thankyou1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Thank you! Your answers have been recorded.`)
};

const ja_thankyou1 = /** @type {(inputs: Thankyou1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ご回答ありがとうございました。回答を記録しました。`)
};

const zh_cn2_thankyou1 = /** @type {(inputs: Thankyou1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`谢谢！您的回答已记录。`)
};

const ro_thankyou1 = /** @type {(inputs: Thankyou1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Vă mulțumim! Răspunsurile dvs. au fost înregistrate.`)
};

const ru_thankyou1 = /** @type {(inputs: Thankyou1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Спасибо! Ваши ответы сохранены.`)
};

const th_thankyou1 = /** @type {(inputs: Thankyou1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ขอบคุณ! บันทึกคำตอบของคุณแล้ว`)
};

const es_thankyou1 = /** @type {(inputs: Thankyou1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`¡Gracias! Sus respuestas se han registrado.`)
};

const de_thankyou1 = /** @type {(inputs: Thankyou1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Vielen Dank! Ihre Antworten wurden gespeichert.`)
};

const fr_thankyou1 = /** @type {(inputs: Thankyou1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Merci ! Vos réponses ont été enregistrées.`)
};

const pt_thankyou1 = /** @type {(inputs: Thankyou1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Obrigado! As suas respostas foram registadas.`)
};

const ar_thankyou1 = /** @type {(inputs: Thankyou1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`شكرًا لك! تم تسجيل إجاباتك.`)
};

/**
* | output |
* | --- |
* | "Thank you! Your answers have been recorded." |
*
* @param {Thankyou1Inputs} inputs
* @param {{ locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }} options
* @returns {LocalizedString}
*/
const thankyou1 = /** @type {((inputs?: Thankyou1Inputs, options?: { locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Thankyou1Inputs, { locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ja") return ja_thankyou1(inputs)
	if (locale === "zh-CN") return zh_cn2_thankyou1(inputs)
	if (locale === "ro") return ro_thankyou1(inputs)
	if (locale === "ru") return ru_thankyou1(inputs)
	if (locale === "th") return th_thankyou1(inputs)
	if (locale === "es") return es_thankyou1(inputs)
	if (locale === "de") return de_thankyou1(inputs)
	if (locale === "fr") return fr_thankyou1(inputs)
	if (locale === "pt") return pt_thankyou1(inputs)
	if (locale === "ar") return ar_thankyou1(inputs)
	return en_thankyou1(inputs)
});
export { thankyou1 as "thankYou" }