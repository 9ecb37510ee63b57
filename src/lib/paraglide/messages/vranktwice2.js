/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Vranktwice2Inputs */

const en_vranktwice2 = /** @type {(inputs: Vranktwice2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Give each choice a different position.`)
};

const ja_vranktwice2 = /** @type {(inputs: Vranktwice2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`選択肢ごとに異なる順位を付けてください。`)
};

const zh_cn2_vranktwice2 = /** @type {(inputs: Vranktwice2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`每个选项的名次不能相同。`)
};

const ro_vranktwice2 = /** @type {(inputs: Vranktwice2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Dați fiecărei opțiuni o poziție diferită.`)
};

const ru_vranktwice2 = /** @type {(inputs: Vranktwice2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Каждому варианту нужно своё место.`)
};

const th_vranktwice2 = /** @type {(inputs: Vranktwice2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`แต่ละตัวเลือกต้องมีอันดับไม่ซ้ำกัน`)
};

const es_vranktwice2 = /** @type {(inputs: Vranktwice2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Asigne a cada opción una posición distinta.`)
};

const de_vranktwice2 = /** @type {(inputs: Vranktwice2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Geben Sie jeder Option einen anderen Rang.`)
};

const fr_vranktwice2 = /** @type {(inputs: Vranktwice2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Donnez un rang différent à chaque choix.`)
};

const pt_vranktwice2 = /** @type {(inputs: Vranktwice2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Dê a cada opção uma posição diferente.`)
};

const ar_vranktwice2 = /** @type {(inputs: Vranktwice2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`أعطِ كل خيار ترتيبًا مختلفًا.`)
};

/**
* | output |
* | --- |
* | "Give each choice a different position." |
*
* @param {Vranktwice2Inputs} inputs
* @param {{ locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }} options
* @returns {LocalizedString}
*/
const vranktwice2 = /** @type {((inputs?: Vranktwice2Inputs, options?: { locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Vranktwice2Inputs, { locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ja") return ja_vranktwice2(inputs)
	if (locale === "zh-CN") return zh_cn2_vranktwice2(inputs)
	if (locale === "ro") return ro_vranktwice2(inputs)
	if (locale === "ru") return ru_vranktwice2(inputs)
	if (locale === "th") return th_vranktwice2(inputs)
	if (locale === "es") return es_vranktwice2(inputs)
	if (locale === "de") return de_vranktwice2(inputs)
	if (locale === "fr") return fr_vranktwice2(inputs)
	if (locale === "pt") return pt_vranktwice2(inputs)
	if (locale === "ar") return ar_vranktwice2(inputs)
	return en_vranktwice2(inputs)
});
export { vranktwice2 as "vRankTwice" }