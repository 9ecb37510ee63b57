/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Promiseidentifiedpublic2Inputs */

const en_promiseidentifiedpublic2 = /** @type {(inputs: Promiseidentifiedpublic2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Your answers are not linked to your name or e-mail unless you give them in your answers.`)
};

const ja_promiseidentifiedpublic2 = /** @type {(inputs: Promiseidentifiedpublic2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`回答の中でご自身がお名前やメールアドレスを記入しない限り、回答があなたと結び付けられることはありません。`)
};

const zh_cn2_promiseidentifiedpublic2 = /** @type {(inputs: Promiseidentifiedpublic2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`除非您在回答中自行提供姓名或电子邮箱，否则您的回答不会与您关联。`)
};

const ro_promiseidentifiedpublic2 = /** @type {(inputs: Promiseidentifiedpublic2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Răspunsurile dvs. nu sunt legate de numele sau e-mailul dvs., decât dacă le dați chiar în răspunsuri.`)
};

const ru_promiseidentifiedpublic2 = /** @type {(inputs: Promiseidentifiedpublic2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ваши ответы не связаны с вашим именем или e-mail, если только вы сами не укажете их в ответах.`)
};

const th_promiseidentifiedpublic2 = /** @type {(inputs: Promiseidentifiedpublic2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`คำตอบของคุณจะไม่เชื่อมโยงกับชื่อหรืออีเมลของคุณ เว้นแต่คุณจะระบุไว้ในคำตอบเอง`)
};

const es_promiseidentifiedpublic2 = /** @type {(inputs: Promiseidentifiedpublic2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sus respuestas no se vinculan con su nombre ni con su correo electrónico, salvo que usted los indique en sus respuestas.`)
};

const de_promiseidentifiedpublic2 = /** @type {(inputs: Promiseidentifiedpublic2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ihre Antworten sind nicht mit Ihrem Namen oder Ihrer E-Mail-Adresse verknüpft, außer Sie geben diese in Ihren Antworten selbst an.`)
};

const fr_promiseidentifiedpublic2 = /** @type {(inputs: Promiseidentifiedpublic2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Vos réponses ne sont pas liées à votre nom ni à votre e-mail, sauf si vous les indiquez vous-même dans vos réponses.`)
};

const pt_promiseidentifiedpublic2 = /** @type {(inputs: Promiseidentifiedpublic2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`As suas respostas não estão ligadas ao seu nome nem ao seu e-mail, a menos que os indique nas suas respostas.`)
};

const ar_promiseidentifiedpublic2 = /** @type {(inputs: Promiseidentifiedpublic2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`لا ترتبط إجاباتك باسمك أو بريدك الإلكتروني إلا إذا ذكرتها بنفسك في إجاباتك.`)
};

/**
* | output |
* | --- |
* | "Your answers are not linked to your name or e-mail unless you give them in your answers." |
*
* @param {Promiseidentifiedpublic2Inputs} inputs
* @param {{ locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }} options
* @returns {LocalizedString}
*/
const promiseidentifiedpublic2 = /** @type {((inputs?: Promiseidentifiedpublic2Inputs, options?: { locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Promiseidentifiedpublic2Inputs, { locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ja") return ja_promiseidentifiedpublic2(inputs)
	if (locale === "zh-CN") return zh_cn2_promiseidentifiedpublic2(inputs)
	if (locale === "ro") return ro_promiseidentifiedpublic2(inputs)
	if (locale === "ru") return ru_promiseidentifiedpublic2(inputs)
	if (locale === "th") return th_promiseidentifiedpublic2(inputs)
	if (locale === "es") return es_promiseidentifiedpublic2(inputs)
	if (locale === "de") return de_promiseidentifiedpublic2(inputs)
	if (locale === "fr") return fr_promiseidentifiedpublic2(inputs)
	if (locale === "pt") return pt_promiseidentifiedpublic2(inputs)
	if (locale === "ar") return ar_promiseidentifiedpublic2(inputs)
	return en_promiseidentifiedpublic2(inputs)
});
export { promiseidentifiedpublic2 as "promiseIdentifiedPublic" }