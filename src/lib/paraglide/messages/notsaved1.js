/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Notsaved1Inputs */

const en_notsaved1 = /** @type {(inputs: Notsaved1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Your latest answers could not be saved yet; they will be sent with the page.`)
};

const ja_notsaved1 = /** @type {(inputs: Notsaved1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`最新の回答はまだ保存されていません。ページ送信時に送られます。`)
};

const zh_cn2_notsaved1 = /** @type {(inputs: Notsaved1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`您最新的回答尚未保存；提交本页时会一并发送。`)
};

const ro_notsaved1 = /** @type {(inputs: Notsaved1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ultimele răspunsuri nu au putut fi salvate încă; vor fi trimise odată cu pagina.`)
};

const ru_notsaved1 = /** @type {(inputs: Notsaved1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Последние ответы пока не сохранены; они будут отправлены вместе со страницей.`)
};

const th_notsaved1 = /** @type {(inputs: Notsaved1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`ยังบันทึกคำตอบล่าสุดไม่ได้ จะส่งไปพร้อมกับหน้านี้`)
};

const es_notsaved1 = /** @type {(inputs: Notsaved1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sus últimas respuestas aún no se han guardado; se enviarán con la página.`)
};

const de_notsaved1 = /** @type {(inputs: Notsaved1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ihre letzten Antworten konnten noch nicht gespeichert werden; sie werden mit der Seite gesendet.`)
};

const fr_notsaved1 = /** @type {(inputs: Notsaved1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Vos dernières réponses n’ont pas encore pu être enregistrées ; elles seront envoyées avec la page.`)
};

const pt_notsaved1 = /** @type {(inputs: Notsaved1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`As suas últimas respostas ainda não foram guardadas; serão enviadas com a página.`)
};

const ar_notsaved1 = /** @type {(inputs: Notsaved1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`لم يتم حفظ إجاباتك الأخيرة بعد؛ سيتم إرسالها مع الصفحة.`)
};

/**
* | output |
* | --- |
* | "Your latest answers could not be saved yet; they will be sent with the page." |
*
* @param {Notsaved1Inputs} inputs
* @param {{ locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }} options
* @returns {LocalizedString}
*/
const notsaved1 = /** @type {((inputs?: Notsaved1Inputs, options?: { locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Notsaved1Inputs, { locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ja") return ja_notsaved1(inputs)
	if (locale === "zh-CN") return zh_cn2_notsaved1(inputs)
	if (locale === "ro") return ro_notsaved1(inputs)
	if (locale === "ru") return ru_notsaved1(inputs)
	if (locale === "th") return th_notsaved1(inputs)
	if (locale === "es") return es_notsaved1(inputs)
	if (locale === "de") return de_notsaved1(inputs)
	if (locale === "fr") return fr_notsaved1(inputs)
	if (locale === "pt") return pt_notsaved1(inputs)
	if (locale === "ar") return ar_notsaved1(inputs)
	return en_notsaved1(inputs)
});
export { notsaved1 as "notSaved" }