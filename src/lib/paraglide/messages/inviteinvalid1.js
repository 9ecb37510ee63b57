/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Inviteinvalid1Inputs */

const en_inviteinvalid1 = /** @type {(inputs: Inviteinvalid1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Check that the whole link from your e-mail was copied.`)
};

const ja_inviteinvalid1 = /** @type {(inputs: Inviteinvalid1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`メールのリンク全体がコピーされているか確認してください。`)
};

const zh_cn2_inviteinvalid1 = /** @type {(inputs: Inviteinvalid1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`请检查是否完整复制了邮件中的链接。`)
};

const ro_inviteinvalid1 = /** @type {(inputs: Inviteinvalid1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Verificați că ați copiat întregul link din e-mail.`)
};

const ru_inviteinvalid1 = /** @type {(inputs: Inviteinvalid1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Проверьте, что ссылка из письма скопирована целиком.`)
};

const th_inviteinvalid1 = /** @type {(inputs: Inviteinvalid1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`โปรดตรวจสอบว่าคัดลอกลิงก์จากอีเมลครบถ้วน`)
};

const es_inviteinvalid1 = /** @type {(inputs: Inviteinvalid1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Compruebe que ha copiado el enlace completo de su correo.`)
};

const de_inviteinvalid1 = /** @type {(inputs: Inviteinvalid1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Prüfen Sie, ob der ganze Link aus Ihrer E-Mail kopiert wurde.`)
};

const fr_inviteinvalid1 = /** @type {(inputs: Inviteinvalid1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Vérifiez que le lien de votre e-mail a été copié en entier.`)
};

const pt_inviteinvalid1 = /** @type {(inputs: Inviteinvalid1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Verifique se copiou o link completo do seu e-mail.`)
};

const ar_inviteinvalid1 = /** @type {(inputs: Inviteinvalid1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`تحقق من نسخ الرابط كاملًا من بريدك الإلكتروني.`)
};

/**
* | output |
* | --- |
* | "Check that the whole link from your e-mail was copied." |
*
* @param {Inviteinvalid1Inputs} inputs
* @param {{ locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }} options
* @returns {LocalizedString}
*/
const inviteinvalid1 = /** @type {((inputs?: Inviteinvalid1Inputs, options?: { locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Inviteinvalid1Inputs, { locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ja") return ja_inviteinvalid1(inputs)
	if (locale === "zh-CN") return zh_cn2_inviteinvalid1(inputs)
	if (locale === "ro") return ro_inviteinvalid1(inputs)
	if (locale === "ru") return ru_inviteinvalid1(inputs)
	if (locale === "th") return th_inviteinvalid1(inputs)
	if (locale === "es") return es_inviteinvalid1(inputs)
	if (locale === "de") return de_inviteinvalid1(inputs)
	if (locale === "fr") return fr_inviteinvalid1(inputs)
	if (locale === "pt") return pt_inviteinvalid1(inputs)
	if (locale === "ar") return ar_inviteinvalid1(inputs)
	return en_inviteinvalid1(inputs)
});
export { inviteinvalid1 as "inviteInvalid" }