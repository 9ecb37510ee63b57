/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Promiseidentified1Inputs */

const en_promiseidentified1 = /** @type {(inputs: Promiseidentified1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Your answers are linked to your name or e-mail so that the team can follow up with you.`)
};

const ja_promiseidentified1 = /** @type {(inputs: Promiseidentified1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`チームがフォローアップできるよう、回答はあなたのお名前またはメールアドレスと結び付けられます。`)
};

const zh_cn2_promiseidentified1 = /** @type {(inputs: Promiseidentified1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`您的回答将与您的姓名或电子邮箱关联，以便团队与您跟进。`)
};

const ro_promiseidentified1 = /** @type {(inputs: Promiseidentified1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Răspunsurile dvs. sunt legate de numele sau e-mailul dvs., pentru ca echipa să vă poată contacta.`)
};

const ru_promiseidentified1 = /** @type {(inputs: Promiseidentified1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ваши ответы связаны с вашим именем или e-mail, чтобы команда могла связаться с вами.`)
};

const th_promiseidentified1 = /** @type {(inputs: Promiseidentified1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`คำตอบของคุณจะเชื่อมโยงกับชื่อหรืออีเมลของคุณ เพื่อให้ทีมติดต่อกลับได้`)
};

const es_promiseidentified1 = /** @type {(inputs: Promiseidentified1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sus respuestas se vinculan con su nombre o correo electrónico para que el equipo pueda hacerle seguimiento.`)
};

const de_promiseidentified1 = /** @type {(inputs: Promiseidentified1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ihre Antworten werden mit Ihrem Namen oder Ihrer E-Mail-Adresse verknüpft, damit das Team sich bei Ihnen melden kann.`)
};

const fr_promiseidentified1 = /** @type {(inputs: Promiseidentified1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Vos réponses sont liées à votre nom ou votre e-mail afin que l’équipe puisse vous recontacter.`)
};

const pt_promiseidentified1 = /** @type {(inputs: Promiseidentified1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`As suas respostas estão ligadas ao seu nome ou e-mail para que a equipa possa contactá-lo.`)
};

const ar_promiseidentified1 = /** @type {(inputs: Promiseidentified1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ترتبط إجاباتك باسمك أو بريدك الإلكتروني حتى يتمكن الفريق من متابعتك.`)
};

/**
* | output |
* | --- |
* | "Your answers are linked to your name or e-mail so that the team can follow up with you." |
*
* @param {Promiseidentified1Inputs} inputs
* @param {{ locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }} options
* @returns {LocalizedString}
*/
const promiseidentified1 = /** @type {((inputs?: Promiseidentified1Inputs, options?: { locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Promiseidentified1Inputs, { locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ja") return ja_promiseidentified1(inputs)
	if (locale === "zh-CN") return zh_cn2_promiseidentified1(inputs)
	if (locale === "ro") return ro_promiseidentified1(inputs)
	if (locale === "ru") return ru_promiseidentified1(inputs)
	if (locale === "th") return th_promiseidentified1(inputs)
	if (locale === "es") return es_promiseidentified1(inputs)
	if (locale === "de") return de_promiseidentified1(inputs)
	if (locale === "fr") return fr_promiseidentified1(inputs)
	if (locale === "pt") return pt_promiseidentified1(inputs)
	if (locale === "ar") return ar_promiseidentified1(inputs)
	return en_promiseidentified1(inputs)
});
export { promiseidentified1 as "promiseIdentified" }