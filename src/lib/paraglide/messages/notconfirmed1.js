/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Notconfirmed1Inputs */

const en_notconfirmed1 = /** @type {(inputs: Notconfirmed1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`We could not confirm that your answers were saved just now. They are still here: send them again in a moment.`)
};

const ja_notconfirmed1 = /** @type {(inputs: Notconfirmed1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`回答が保存されたことを確認できませんでした。回答はこのページに残っています。少し待ってからもう一度送信してください。`)
};

const zh_cn2_notconfirmed1 = /** @type {(inputs: Notconfirmed1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`我们暂时无法确认您的回答已保存。您的回答仍保留在此页面：请稍后再次提交。`)
};

const ro_notconfirmed1 = /** @type {(inputs: Notconfirmed1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nu am putut confirma acum că răspunsurile dvs. au fost salvate. Ele sunt încă aici: trimiteți-le din nou peste câteva momente.`)
};

const ru_notconfirmed1 = /** @type {(inputs: Notconfirmed1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Нам не удалось подтвердить, что ваши ответы сохранены. Они по-прежнему здесь: отправьте их ещё раз через минуту.`)
};

const th_notconfirmed1 = /** @type {(inputs: Notconfirmed1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`เราไม่สามารถยืนยันได้ว่าคำตอบของคุณถูกบันทึกแล้วในขณะนี้ คำตอบยังอยู่ที่นี่ โปรดส่งอีกครั้งในอีกสักครู่`)
};

const es_notconfirmed1 = /** @type {(inputs: Notconfirmed1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No pudimos confirmar que sus respuestas se guardaran en este momento. Siguen aquí: vuelva a enviarlas en unos instantes.`)
};

const de_notconfirmed1 = /** @type {(inputs: Notconfirmed1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Wir konnten gerade nicht bestätigen, dass Ihre Antworten gespeichert wurden. Sie sind noch hier: Senden Sie sie in einem Moment erneut.`)
};

const fr_notconfirmed1 = /** @type {(inputs: Notconfirmed1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nous n’avons pas pu confirmer l’enregistrement de vos réponses à l’instant. Elles sont toujours là : renvoyez-les dans un moment.`)
};

const pt_notconfirmed1 = /** @type {(inputs: Notconfirmed1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Não conseguimos confirmar agora que as suas respostas foram guardadas. Continuam aqui: envie-as novamente daqui a pouco.`)
};

const ar_notconfirmed1 = /** @type {(inputs: Notconfirmed1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`لم نتمكن من التأكد من حفظ إجاباتك الآن. ما زالت إجاباتك هنا: أعد إرسالها بعد لحظات.`)
};

/**
* | output |
* | --- |
* | "We could not confirm that your answers were saved just now. They are still here: send them again in a moment." |
*
* @param {Notconfirmed1Inputs} inputs
* @param {{ locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }} options
* @returns {LocalizedString}
*/
const notconfirmed1 = /** @type {((inputs?: Notconfirmed1Inputs, options?: { locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Notconfirmed1Inputs, { locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ja") return ja_notconfirmed1(inputs)
	if (locale === "zh-CN") return zh_cn2_notconfirmed1(inputs)
	if (locale === "ro") return ro_notconfirmed1(inputs)
	if (locale === "ru") return ru_notconfirmed1(inputs)
	if (locale === "th") return th_notconfirmed1(inputs)
	if (locale === "es") return es_notconfirmed1(inputs)
	if (locale === "de") return de_notconfirmed1(inputs)
	if (locale === "fr") return fr_notconfirmed1(inputs)
	if (locale === "pt") return pt_notconfirmed1(inputs)
	if (locale === "ar") return ar_notconfirmed1(inputs)
	return en_notconfirmed1(inputs)
});
export { notconfirmed1 as "notConfirmed" }