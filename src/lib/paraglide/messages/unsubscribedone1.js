/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Unsubscribedone1Inputs */

const en_unsubscribedone1 = /** @type {(inputs: Unsubscribedone1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`You will receive no more survey invitations from this organisation.`)
};

const ja_unsubscribedone1 = /** @type {(inputs: Unsubscribedone1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`この組織からアンケートの招待が届くことはありません。`)
};

const zh_cn2_unsubscribedone1 = /** @type {(inputs: Unsubscribedone1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`您将不再收到此组织的调查邀请。`)
};

const ro_unsubscribedone1 = /** @type {(inputs: Unsubscribedone1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nu veți mai primi invitații la sondaje de la această organizație.`)
};

const ru_unsubscribedone1 = /** @type {(inputs: Unsubscribedone1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Вы больше не будете получать приглашения к опросам от этой организации.`)
};

const th_unsubscribedone1 = /** @type {(inputs: Unsubscribedone1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`คุณจะไม่ได้รับคำเชิญตอบแบบสำรวจจากองค์กรนี้อีก`)
};

const es_unsubscribedone1 = /** @type {(inputs: Unsubscribedone1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No recibirá más invitaciones a encuestas de esta organización.`)
};

const de_unsubscribedone1 = /** @type {(inputs: Unsubscribedone1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sie erhalten keine Umfrage-Einladungen dieser Organisation mehr.`)
};

const fr_unsubscribedone1 = /** @type {(inputs: Unsubscribedone1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Vous ne recevrez plus d’invitations aux enquêtes de cette organisation.`)
};

const pt_unsubscribedone1 = /** @type {(inputs: Unsubscribedone1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Não receberá mais convites para inquéritos desta organização.`)
};

const ar_unsubscribedone1 = /** @type {(inputs: Unsubscribedone1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`لن تتلقى بعد الآن دعوات لاستطلاعات من هذه المؤسسة.`)
};

/**
* | output |
* | --- |
* | "You will receive no more survey invitations from this organisation." |
*
* @param {Unsubscribedone1Inputs} inputs
* @param {{ locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }} options
* @returns {LocalizedString}
*/
const unsubscribedone1 = /** @type {((inputs?: Unsubscribedone1Inputs, options?: { locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Unsubscribedone1Inputs, { locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ja") return ja_unsubscribedone1(inputs)
	if (locale === "zh-CN") return zh_cn2_unsubscribedone1(inputs)
	if (locale === "ro") return ro_unsubscribedone1(inputs)
	if (locale === "ru") return ru_unsubscribedone1(inputs)
	if (locale === "th") return th_unsubscribedone1(inputs)
	if (locale === "es") return es_unsubscribedone1(inputs)
	if (locale === "de") return de_unsubscribedone1(inputs)
	if (locale === "fr") return fr_unsubscribedone1(inputs)
	if (locale === "pt") return pt_unsubscribedone1(inputs)
	if (locale === "ar") return ar_unsubscribedone1(inputs)
	return en_unsubscribedone1(inputs)
});
export { unsubscribedone1 as "unsubscribeDone" }