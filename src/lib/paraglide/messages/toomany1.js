/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ seconds: NonNullable<unknown> }} Toomany1Inputs */

const en_toomany1 = /** @type {(inputs: Toomany1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Too many answers were sent from your connection just now. Wait ${i?.seconds} seconds and send again: nothing you entered is lost.`)
};

const ja_toomany1 = /** @type {(inputs: Toomany1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`短時間に多くの回答が送信されました。${i?.seconds}秒待ってからもう一度送信してください。入力内容は失われていません。`)
};

const zh_cn2_toomany1 = /** @type {(inputs: Toomany1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`您的网络刚刚发送了过多回答。请等待 ${i?.seconds} 秒后再次提交：您填写的内容不会丢失。`)
};

const ro_toomany1 = /** @type {(inputs: Toomany1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Prea multe răspunsuri au fost trimise de pe conexiunea dvs. chiar acum. Așteptați ${i?.seconds} secunde și trimiteți din nou: nu se pierde nimic din ce ați completat.`)
};

const ru_toomany1 = /** @type {(inputs: Toomany1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`С вашего подключения только что отправлено слишком много ответов. Подождите ${i?.seconds} с и отправьте снова: введённое не потеряется.`)
};

const th_toomany1 = /** @type {(inputs: Toomany1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`มีการส่งคำตอบจากการเชื่อมต่อของคุณมากเกินไปเมื่อสักครู่ โปรดรอ ${i?.seconds} วินาทีแล้วส่งอีกครั้ง ข้อมูลที่กรอกไว้จะไม่หายไป`)
};

const es_toomany1 = /** @type {(inputs: Toomany1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Se enviaron demasiadas respuestas desde su conexión hace un momento. Espere ${i?.seconds} segundos y vuelva a enviar: no se pierde nada de lo que escribió.`)
};

const de_toomany1 = /** @type {(inputs: Toomany1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Von Ihrer Verbindung wurden gerade zu viele Antworten gesendet. Warten Sie ${i?.seconds} Sekunden und senden Sie erneut: Ihre Eingaben gehen nicht verloren.`)
};

const fr_toomany1 = /** @type {(inputs: Toomany1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Trop de réponses ont été envoyées depuis votre connexion à l’instant. Attendez ${i?.seconds} secondes et renvoyez : rien de ce que vous avez saisi n’est perdu.`)
};

const pt_toomany1 = /** @type {(inputs: Toomany1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Foram enviadas demasiadas respostas da sua ligação agora mesmo. Aguarde ${i?.seconds} segundos e envie novamente: nada do que escreveu se perde.`)
};

const ar_toomany1 = /** @type {(inputs: Toomany1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`أُرسلت إجابات كثيرة جدًا من اتصالك للتو. انتظر ${i?.seconds} ثانية ثم أعد الإرسال: لن يضيع شيء مما أدخلته.`)
};

/**
* | output |
* | --- |
* | "Too many answers were sent from your connection just now. Wait {seconds} seconds and send again: nothing you entered is lost." |
*
* @param {Toomany1Inputs} inputs
* @param {{ locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }} options
* @returns {LocalizedString}
*/
const toomany1 = /** @type {((inputs: Toomany1Inputs, options?: { locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Toomany1Inputs, { locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ja") return ja_toomany1(inputs)
	if (locale === "zh-CN") return zh_cn2_toomany1(inputs)
	if (locale === "ro") return ro_toomany1(inputs)
	if (locale === "ru") return ru_toomany1(inputs)
	if (locale === "th") return th_toomany1(inputs)
	if (locale === "es") return es_toomany1(inputs)
	if (locale === "de") return de_toomany1(inputs)
	if (locale === "fr") return fr_toomany1(inputs)
	if (locale === "pt") return pt_toomany1(inputs)
	if (locale === "ar") return ar_toomany1(inputs)
	return en_toomany1(inputs)
});
export { toomany1 as "tooMany" }