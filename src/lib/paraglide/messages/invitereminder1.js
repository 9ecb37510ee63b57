/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ subject: NonNullable<unknown> }} Invitereminder1Inputs */

const en_invitereminder1 = /** @type {(inputs: Invitereminder1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Reminder: ${i?.subject}`)
};

const ja_invitereminder1 = /** @type {(inputs: Invitereminder1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`リマインダー: ${i?.subject}`)
};

const zh_cn2_invitereminder1 = /** @type {(inputs: Invitereminder1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`提醒：${i?.subject}`)
};

const ro_invitereminder1 = /** @type {(inputs: Invitereminder1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Memento: ${i?.subject}`)
};

const ru_invitereminder1 = /** @type {(inputs: Invitereminder1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Напоминание: ${i?.subject}`)
};

const th_invitereminder1 = /** @type {(inputs: Invitereminder1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`การแจ้งเตือน: ${i?.subject}`)
};

const es_invitereminder1 = /** @type {(inputs: Invitereminder1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Recordatorio: ${i?.subject}`)
};

const de_invitereminder1 = /** @type {(inputs: Invitereminder1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Erinnerung: ${i?.subject}`)
};

const fr_invitereminder1 = /** @type {(inputs: Invitereminder1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Rappel : ${i?.subject}`)
};

const pt_invitereminder1 = /** @type {(inputs: Invitereminder1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Lembrete: ${i?.subject}`)
};

const ar_invitereminder1 = /** @type {(inputs: Invitereminder1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`تذكير: ${i?.subject}`)
};

/**
* | output |
* | --- |
* | "Reminder: {subject}" |
*
* @param {Invitereminder1Inputs} inputs
* @param {{ locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }} options
* @returns {LocalizedString}
*/
const invitereminder1 = /** @type {((inputs: Invitereminder1Inputs, options?: { locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Invitereminder1Inputs, { locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ja") return ja_invitereminder1(inputs)
	if (locale === "zh-CN") return zh_cn2_invitereminder1(inputs)
	if (locale === "ro") return ro_invitereminder1(inputs)
	if (locale === "ru") return ru_invitereminder1(inputs)
	if (locale === "th") return th_invitereminder1(inputs)
	if (locale === "es") return es_invitereminder1(inputs)
	if (locale === "de") return de_invitereminder1(inputs)
	if (locale === "fr") return fr_invitereminder1(inputs)
	if (locale === "pt") return pt_invitereminder1(inputs)
	if (locale === "ar") return ar_invitereminder1(inputs)
	return en_invitereminder1(inputs)
});
export { invitereminder1 as "inviteReminder" }