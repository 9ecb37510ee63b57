/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Inviteask1Inputs */

const en_inviteask1 = /** @type {(inputs: Inviteask1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`We would like to hear what you think. It takes a few minutes.`)
};

const ja_inviteask1 = /** @type {(inputs: Inviteask1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ご意見をお聞かせください。数分で終わります。`)
};

const zh_cn2_inviteask1 = /** @type {(inputs: Inviteask1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`我们希望了解您的想法，只需几分钟。`)
};

const ro_inviteask1 = /** @type {(inputs: Inviteask1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ne-ar plăcea să aflăm ce credeți. Durează doar câteva minute.`)
};

const ru_inviteask1 = /** @type {(inputs: Inviteask1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Нам важно ваше мнение. Это займёт всего несколько минут.`)
};

const th_inviteask1 = /** @type {(inputs: Inviteask1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`เราอยากทราบความคิดเห็นของคุณ ใช้เวลาเพียงไม่กี่นาที`)
};

const es_inviteask1 = /** @type {(inputs: Inviteask1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nos gustaría saber qué piensa. Solo le llevará unos minutos.`)
};

const de_inviteask1 = /** @type {(inputs: Inviteask1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Wir möchten gern wissen, was Sie denken. Es dauert nur wenige Minuten.`)
};

const fr_inviteask1 = /** @type {(inputs: Inviteask1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nous aimerions savoir ce que vous en pensez. Cela ne prend que quelques minutes.`)
};

const pt_inviteask1 = /** @type {(inputs: Inviteask1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Gostaríamos de saber o que pensa. Demora apenas alguns minutos.`)
};

const ar_inviteask1 = /** @type {(inputs: Inviteask1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`نود أن نعرف رأيك. لن يستغرق ذلك سوى بضع دقائق.`)
};

/**
* | output |
* | --- |
* | "We would like to hear what you think. It takes a few minutes." |
*
* @param {Inviteask1Inputs} inputs
* @param {{ locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }} options
* @returns {LocalizedString}
*/
const inviteask1 = /** @type {((inputs?: Inviteask1Inputs, options?: { locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Inviteask1Inputs, { locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ja") return ja_inviteask1(inputs)
	if (locale === "zh-CN") return zh_cn2_inviteask1(inputs)
	if (locale === "ro") return ro_inviteask1(inputs)
	if (locale === "ru") return ru_inviteask1(inputs)
	if (locale === "th") return th_inviteask1(inputs)
	if (locale === "es") return es_inviteask1(inputs)
	if (locale === "de") return de_inviteask1(inputs)
	if (locale === "fr") return fr_inviteask1(inputs)
	if (locale === "pt") return pt_inviteask1(inputs)
	if (locale === "ar") return ar_inviteask1(inputs)
	return en_inviteask1(inputs)
});
export { inviteask1 as "inviteAsk" }