/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} ResumeInputs */

const en_resume = /** @type {(inputs: ResumeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`To finish later, keep this page’s address: it brings you back here.`)
};

const ja_resume = /** @type {(inputs: ResumeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`後で続けるには、このページのアドレスを保存してください。`)
};

const zh_cn2_resume = /** @type {(inputs: ResumeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`如需稍后继续，请保存本页地址，它会带您回到这里。`)
};

const ro_resume = /** @type {(inputs: ResumeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pentru a termina mai târziu, păstrați adresa acestei pagini: vă aduce înapoi aici.`)
};

const ru_resume = /** @type {(inputs: ResumeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Чтобы закончить позже, сохраните адрес этой страницы: он вернёт вас сюда.`)
};

const th_resume = /** @type {(inputs: ResumeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`หากต้องการทำต่อภายหลัง ให้เก็บที่อยู่ของหน้านี้ไว้ ระบบจะพาคุณกลับมาที่นี่`)
};

const es_resume = /** @type {(inputs: ResumeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Para terminar más tarde, guarde la dirección de esta página: le traerá de vuelta aquí.`)
};

const de_resume = /** @type {(inputs: ResumeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Um später fortzufahren, behalten Sie die Adresse dieser Seite: Sie führt Sie hierher zurück.`)
};

const fr_resume = /** @type {(inputs: ResumeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pour terminer plus tard, gardez l’adresse de cette page : elle vous ramène ici.`)
};

const pt_resume = /** @type {(inputs: ResumeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Para terminar mais tarde, guarde o endereço desta página: ele traz de volta até aqui.`)
};

const ar_resume = /** @type {(inputs: ResumeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`لإكمال الاستطلاع لاحقًا، احتفظ بعنوان هذه الصفحة: سيعيدك إلى هنا.`)
};

/**
* | output |
* | --- |
* | "To finish later, keep this page’s address: it brings you back here." |
*
* @param {ResumeInputs} inputs
* @param {{ locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }} options
* @returns {LocalizedString}
*/
export const resume = /** @type {((inputs?: ResumeInputs, options?: { locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<ResumeInputs, { locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ja") return ja_resume(inputs)
	if (locale === "zh-CN") return zh_cn2_resume(inputs)
	if (locale === "ro") return ro_resume(inputs)
	if (locale === "ru") return ru_resume(inputs)
	if (locale === "th") return th_resume(inputs)
	if (locale === "es") return es_resume(inputs)
	if (locale === "de") return de_resume(inputs)
	if (locale === "fr") return fr_resume(inputs)
	if (locale === "pt") return pt_resume(inputs)
	if (locale === "ar") return ar_resume(inputs)
	return en_resume(inputs)
});