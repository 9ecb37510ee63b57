/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Promiseanonymous1Inputs */

const en_promiseanonymous1 = /** @type {(inputs: Promiseanonymous1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Your answers are anonymous: they are not linked to you, an invitation, your IP address or your device.`)
};

const ja_promiseanonymous1 = /** @type {(inputs: Promiseanonymous1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`回答は匿名です。あなた、招待、IP アドレス、端末と結び付けられることはありません。`)
};

const zh_cn2_promiseanonymous1 = /** @type {(inputs: Promiseanonymous1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`您的回答是匿名的：不会与您本人、邀请、IP 地址或设备关联。`)
};

const ro_promiseanonymous1 = /** @type {(inputs: Promiseanonymous1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Răspunsurile dvs. sunt anonime: nu sunt legate de dvs., de o invitație, de adresa IP sau de dispozitivul dvs.`)
};

const ru_promiseanonymous1 = /** @type {(inputs: Promiseanonymous1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ваши ответы анонимны: они не связаны ни с вами, ни с приглашением, ни с вашим IP-адресом или устройством.`)
};

const th_promiseanonymous1 = /** @type {(inputs: Promiseanonymous1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`คำตอบของคุณไม่ระบุตัวตน: ไม่เชื่อมโยงกับตัวคุณ คำเชิญ ที่อยู่ IP หรืออุปกรณ์ของคุณ`)
};

const es_promiseanonymous1 = /** @type {(inputs: Promiseanonymous1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sus respuestas son anónimas: no se vinculan con usted, con una invitación, con su dirección IP ni con su dispositivo.`)
};

const de_promiseanonymous1 = /** @type {(inputs: Promiseanonymous1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ihre Antworten sind anonym: Sie werden weder mit Ihnen noch mit einer Einladung, Ihrer IP-Adresse oder Ihrem Gerät verknüpft.`)
};

const fr_promiseanonymous1 = /** @type {(inputs: Promiseanonymous1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Vos réponses sont anonymes : elles ne sont liées ni à vous, ni à une invitation, ni à votre adresse IP ou votre appareil.`)
};

const pt_promiseanonymous1 = /** @type {(inputs: Promiseanonymous1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`As suas respostas são anónimas: não estão ligadas a si, a um convite, ao seu endereço IP nem ao seu dispositivo.`)
};

const ar_promiseanonymous1 = /** @type {(inputs: Promiseanonymous1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`إجاباتك مجهولة المصدر: لا ترتبط بك ولا بدعوة ولا بعنوان IP الخاص بك ولا بجهازك.`)
};

/**
* | output |
* | --- |
* | "Your answers are anonymous: they are not linked to you, an invitation, your IP address or your device." |
*
* @param {Promiseanonymous1Inputs} inputs
* @param {{ locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }} options
* @returns {LocalizedString}
*/
const promiseanonymous1 = /** @type {((inputs?: Promiseanonymous1Inputs, options?: { locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Promiseanonymous1Inputs, { locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ja") return ja_promiseanonymous1(inputs)
	if (locale === "zh-CN") return zh_cn2_promiseanonymous1(inputs)
	if (locale === "ro") return ro_promiseanonymous1(inputs)
	if (locale === "ru") return ru_promiseanonymous1(inputs)
	if (locale === "th") return th_promiseanonymous1(inputs)
	if (locale === "es") return es_promiseanonymous1(inputs)
	if (locale === "de") return de_promiseanonymous1(inputs)
	if (locale === "fr") return fr_promiseanonymous1(inputs)
	if (locale === "pt") return pt_promiseanonymous1(inputs)
	if (locale === "ar") return ar_promiseanonymous1(inputs)
	return en_promiseanonymous1(inputs)
});
export { promiseanonymous1 as "promiseAnonymous" }