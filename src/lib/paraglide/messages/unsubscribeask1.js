/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Unsubscribeask1Inputs */

const en_unsubscribeask1 = /** @type {(inputs: Unsubscribeask1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Stop receiving survey invitations from this organisation?`)
};

const ja_unsubscribeask1 = /** @type {(inputs: Unsubscribeask1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`この組織からのアンケートの招待を受け取らないようにしますか?`)
};

const zh_cn2_unsubscribeask1 = /** @type {(inputs: Unsubscribeask1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`不再接收此组织的调查邀请?`)
};

const ro_unsubscribeask1 = /** @type {(inputs: Unsubscribeask1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nu mai doriți invitații la sondaje de la această organizație?`)
};

const ru_unsubscribeask1 = /** @type {(inputs: Unsubscribeask1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Больше не получать приглашения к опросам от этой организации?`)
};

const th_unsubscribeask1 = /** @type {(inputs: Unsubscribeask1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ไม่ต้องการรับคำเชิญตอบแบบสำรวจจากองค์กรนี้อีก?`)
};

const es_unsubscribeask1 = /** @type {(inputs: Unsubscribeask1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`¿Dejar de recibir invitaciones a encuestas de esta organización?`)
};

const de_unsubscribeask1 = /** @type {(inputs: Unsubscribeask1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Keine Umfrage-Einladungen dieser Organisation mehr erhalten?`)
};

const fr_unsubscribeask1 = /** @type {(inputs: Unsubscribeask1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ne plus recevoir d’invitations aux enquêtes de cette organisation ?`)
};

const pt_unsubscribeask1 = /** @type {(inputs: Unsubscribeask1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Deixar de receber convites para inquéritos desta organização?`)
};

const ar_unsubscribeask1 = /** @type {(inputs: Unsubscribeask1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`هل تريد التوقف عن تلقي دعوات الاستطلاعات من هذه المؤسسة؟`)
};

/**
* | output |
* | --- |
* | "Stop receiving survey invitations from this organisation?" |
*
* @param {Unsubscribeask1Inputs} inputs
* @param {{ locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }} options
* @returns {LocalizedString}
*/
const unsubscribeask1 = /** @type {((inputs?: Unsubscribeask1Inputs, options?: { locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Unsubscribeask1Inputs, { locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ja") return ja_unsubscribeask1(inputs)
	if (locale === "zh-CN") return zh_cn2_unsubscribeask1(inputs)
	if (locale === "ro") return ro_unsubscribeask1(inputs)
	if (locale === "ru") return ru_unsubscribeask1(inputs)
	if (locale === "th") return th_unsubscribeask1(inputs)
	if (locale === "es") return es_unsubscribeask1(inputs)
	if (locale === "de") return de_unsubscribeask1(inputs)
	if (locale === "fr") return fr_unsubscribeask1(inputs)
	if (locale === "pt") return pt_unsubscribeask1(inputs)
	if (locale === "ar") return ar_unsubscribeask1(inputs)
	return en_unsubscribeask1(inputs)
});
export { unsubscribeask1 as "unsubscribeAsk" }