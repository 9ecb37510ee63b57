/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Savedlink1Inputs */

const en_savedlink1 = /** @type {(inputs: Savedlink1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Your answers are saved. To finish, come back with this link, on any device:`)
};

const ja_savedlink1 = /** @type {(inputs: Savedlink1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`回答を保存しました。続きは、このリンクからどの端末でも再開できます：`)
};

const zh_cn2_savedlink1 = /** @type {(inputs: Savedlink1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`您的答案已保存。要完成问卷，请在任意设备上通过此链接返回：`)
};

const ro_savedlink1 = /** @type {(inputs: Savedlink1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Răspunsurile sunt salvate. Pentru a termina, reveniți cu acest link, de pe orice dispozitiv:`)
};

const ru_savedlink1 = /** @type {(inputs: Savedlink1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ваши ответы сохранены. Чтобы закончить, вернитесь по этой ссылке с любого устройства:`)
};

const th_savedlink1 = /** @type {(inputs: Savedlink1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`บันทึกคำตอบแล้ว หากต้องการทำต่อ ให้กลับมาด้วยลิงก์นี้จากอุปกรณ์ใดก็ได้:`)
};

const es_savedlink1 = /** @type {(inputs: Savedlink1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sus respuestas están guardadas. Para terminar, vuelva con este enlace desde cualquier dispositivo:`)
};

const de_savedlink1 = /** @type {(inputs: Savedlink1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ihre Antworten sind gespeichert. Um fortzufahren, kommen Sie mit diesem Link zurück, auf jedem Gerät:`)
};

const fr_savedlink1 = /** @type {(inputs: Savedlink1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Vos réponses sont enregistrées. Pour terminer, revenez avec ce lien, depuis n’importe quel appareil :`)
};

const pt_savedlink1 = /** @type {(inputs: Savedlink1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`As suas respostas estão guardadas. Para terminar, volte com esta ligação, em qualquer dispositivo:`)
};

const ar_savedlink1 = /** @type {(inputs: Savedlink1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`تم حفظ إجاباتك. لإكمال الاستبيان، عُد عبر هذا الرابط من أي جهاز:`)
};

/**
* | output |
* | --- |
* | "Your answers are saved. To finish, come back with this link, on any device:" |
*
* @param {Savedlink1Inputs} inputs
* @param {{ locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }} options
* @returns {LocalizedString}
*/
const savedlink1 = /** @type {((inputs?: Savedlink1Inputs, options?: { locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Savedlink1Inputs, { locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ja") return ja_savedlink1(inputs)
	if (locale === "zh-CN") return zh_cn2_savedlink1(inputs)
	if (locale === "ro") return ro_savedlink1(inputs)
	if (locale === "ru") return ru_savedlink1(inputs)
	if (locale === "th") return th_savedlink1(inputs)
	if (locale === "es") return es_savedlink1(inputs)
	if (locale === "de") return de_savedlink1(inputs)
	if (locale === "fr") return fr_savedlink1(inputs)
	if (locale === "pt") return pt_savedlink1(inputs)
	if (locale === "ar") return ar_savedlink1(inputs)
	return en_savedlink1(inputs)
});
export { savedlink1 as "savedLink" }