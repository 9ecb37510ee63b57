/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Inviteunsubscribe1Inputs */

const en_inviteunsubscribe1 = /** @type {(inputs: Inviteunsubscribe1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`To receive no more surveys from us, unsubscribe here`)
};

const ja_inviteunsubscribe1 = /** @type {(inputs: Inviteunsubscribe1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`今後アンケートを受け取らない場合は、こちらから配信停止してください`)
};

const zh_cn2_inviteunsubscribe1 = /** @type {(inputs: Inviteunsubscribe1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`如不想再收到我们的调查，请在此退订`)
};

const ro_inviteunsubscribe1 = /** @type {(inputs: Inviteunsubscribe1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pentru a nu mai primi sondaje de la noi, dezabonați-vă aici`)
};

const ru_inviteunsubscribe1 = /** @type {(inputs: Inviteunsubscribe1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Чтобы больше не получать наши опросы, отпишитесь здесь`)
};

const th_inviteunsubscribe1 = /** @type {(inputs: Inviteunsubscribe1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`หากไม่ต้องการรับแบบสำรวจจากเราอีก ยกเลิกการรับได้ที่นี่`)
};

const es_inviteunsubscribe1 = /** @type {(inputs: Inviteunsubscribe1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Para no recibir más encuestas nuestras, dese de baja aquí`)
};

const de_inviteunsubscribe1 = /** @type {(inputs: Inviteunsubscribe1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Um keine Umfragen mehr von uns zu erhalten, melden Sie sich hier ab`)
};

const fr_inviteunsubscribe1 = /** @type {(inputs: Inviteunsubscribe1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pour ne plus recevoir nos enquêtes, désabonnez-vous ici`)
};

const pt_inviteunsubscribe1 = /** @type {(inputs: Inviteunsubscribe1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Para não receber mais inquéritos nossos, cancele a subscrição aqui`)
};

const ar_inviteunsubscribe1 = /** @type {(inputs: Inviteunsubscribe1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`لكي لا تتلقى منا استطلاعات بعد الآن، ألغِ الاشتراك من هنا`)
};

/**
* | output |
* | --- |
* | "To receive no more surveys from us, unsubscribe here" |
*
* @param {Inviteunsubscribe1Inputs} inputs
* @param {{ locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }} options
* @returns {LocalizedString}
*/
const inviteunsubscribe1 = /** @type {((inputs?: Inviteunsubscribe1Inputs, options?: { locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Inviteunsubscribe1Inputs, { locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ja") return ja_inviteunsubscribe1(inputs)
	if (locale === "zh-CN") return zh_cn2_inviteunsubscribe1(inputs)
	if (locale === "ro") return ro_inviteunsubscribe1(inputs)
	if (locale === "ru") return ru_inviteunsubscribe1(inputs)
	if (locale === "th") return th_inviteunsubscribe1(inputs)
	if (locale === "es") return es_inviteunsubscribe1(inputs)
	if (locale === "de") return de_inviteunsubscribe1(inputs)
	if (locale === "fr") return fr_inviteunsubscribe1(inputs)
	if (locale === "pt") return pt_inviteunsubscribe1(inputs)
	if (locale === "ar") return ar_inviteunsubscribe1(inputs)
	return en_inviteunsubscribe1(inputs)
});
export { inviteunsubscribe1 as "inviteUnsubscribe" }