/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Promiseconfidential1Inputs */

const en_promiseconfidential1 = /** @type {(inputs: Promiseconfidential1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Your answers are confidential: they are linked to you only to group results, and results are shown only for groups large enough that no one can be singled out.`)
};

const ja_promiseconfidential1 = /** @type {(inputs: Promiseconfidential1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`回答は機密として扱われます。あなたとの結び付けは結果をグループ化するためだけに使われ、個人が特定されない十分な人数のグループの結果のみが表示されます。`)
};

const zh_cn2_promiseconfidential1 = /** @type {(inputs: Promiseconfidential1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`您的回答是保密的：仅为分组统计而与您关联，且只显示人数足够多、无法识别个人的分组结果。`)
};

const ro_promiseconfidential1 = /** @type {(inputs: Promiseconfidential1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Răspunsurile dvs. sunt confidențiale: sunt legate de dvs. doar pentru a grupa rezultatele, iar rezultatele se arată doar pentru grupuri destul de mari încât nimeni să nu poată fi identificat.`)
};

const ru_promiseconfidential1 = /** @type {(inputs: Promiseconfidential1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ваши ответы конфиденциальны: они связаны с вами только для группировки результатов, а результаты показываются лишь по группам, достаточно большим, чтобы никого нельзя было выделить.`)
};

const th_promiseconfidential1 = /** @type {(inputs: Promiseconfidential1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`คำตอบของคุณเป็นความลับ: เชื่อมโยงกับคุณเพื่อจัดกลุ่มผลลัพธ์เท่านั้น และจะแสดงผลเฉพาะกลุ่มที่ใหญ่พอจนไม่มีใครถูกระบุตัวได้`)
};

const es_promiseconfidential1 = /** @type {(inputs: Promiseconfidential1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sus respuestas son confidenciales: se vinculan con usted solo para agrupar resultados, y los resultados se muestran solo para grupos lo bastante grandes como para que nadie pueda ser identificado.`)
};

const de_promiseconfidential1 = /** @type {(inputs: Promiseconfidential1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ihre Antworten sind vertraulich: Sie werden nur zur Gruppierung der Ergebnisse mit Ihnen verknüpft, und Ergebnisse werden nur für Gruppen gezeigt, die groß genug sind, dass niemand erkennbar ist.`)
};

const fr_promiseconfidential1 = /** @type {(inputs: Promiseconfidential1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Vos réponses sont confidentielles : elles ne sont liées à vous que pour regrouper les résultats, et les résultats ne sont montrés que pour des groupes assez grands pour que personne ne puisse être identifié.`)
};

const pt_promiseconfidential1 = /** @type {(inputs: Promiseconfidential1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`As suas respostas são confidenciais: estão ligadas a si apenas para agrupar resultados, e os resultados só são mostrados para grupos grandes o suficiente para que ninguém possa ser identificado.`)
};

const ar_promiseconfidential1 = /** @type {(inputs: Promiseconfidential1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`إجاباتك سرية: ترتبط بك فقط لتجميع النتائج، ولا تُعرض النتائج إلا لمجموعات كبيرة بما يكفي بحيث لا يمكن تمييز أي شخص.`)
};

/**
* | output |
* | --- |
* | "Your answers are confidential: they are linked to you only to group results, and results are shown only for groups large enough that no one can be singled out." |
*
* @param {Promiseconfidential1Inputs} inputs
* @param {{ locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }} options
* @returns {LocalizedString}
*/
const promiseconfidential1 = /** @type {((inputs?: Promiseconfidential1Inputs, options?: { locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Promiseconfidential1Inputs, { locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ja") return ja_promiseconfidential1(inputs)
	if (locale === "zh-CN") return zh_cn2_promiseconfidential1(inputs)
	if (locale === "ro") return ro_promiseconfidential1(inputs)
	if (locale === "ru") return ru_promiseconfidential1(inputs)
	if (locale === "th") return th_promiseconfidential1(inputs)
	if (locale === "es") return es_promiseconfidential1(inputs)
	if (locale === "de") return de_promiseconfidential1(inputs)
	if (locale === "fr") return fr_promiseconfidential1(inputs)
	if (locale === "pt") return pt_promiseconfidential1(inputs)
	if (locale === "ar") return ar_promiseconfidential1(inputs)
	return en_promiseconfidential1(inputs)
});
export { promiseconfidential1 as "promiseConfidential" }