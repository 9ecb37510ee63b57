/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ page: NonNullable<unknown>, pages: NonNullable<unknown> }} Pageof1Inputs */

const en_pageof1 = /** @type {(inputs: Pageof1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Page ${i?.page} of ${i?.pages}`)
};

const ja_pageof1 = /** @type {(inputs: Pageof1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.pages}ページ中${i?.page}ページ目`)
};

const zh_cn2_pageof1 = /** @type {(inputs: Pageof1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`第 ${i?.page} 页，共 ${i?.pages} 页`)
};

const ro_pageof1 = /** @type {(inputs: Pageof1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Pagina ${i?.page} din ${i?.pages}`)
};

const ru_pageof1 = /** @type {(inputs: Pageof1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Страница ${i?.page} из ${i?.pages}`)
};

const th_pageof1 = /** @type {(inputs: Pageof1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`หน้า ${i?.page} จาก ${i?.pages}`)
};

const es_pageof1 = /** @type {(inputs: Pageof1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Página ${i?.page} de ${i?.pages}`)
};

const de_pageof1 = /** @type {(inputs: Pageof1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Seite ${i?.page} von ${i?.pages}`)
};

const fr_pageof1 = /** @type {(inputs: Pageof1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Page ${i?.page} sur ${i?.pages}`)
};

const pt_pageof1 = /** @type {(inputs: Pageof1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Página ${i?.page} de ${i?.pages}`)
};

const ar_pageof1 = /** @type {(inputs: Pageof1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`الصفحة ${i?.page} من ${i?.pages}`)
};

/**
* | output |
* | --- |
* | "Page {page} of {pages}" |
*
* @param {Pageof1Inputs} inputs
* @param {{ locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }} options
* @returns {LocalizedString}
*/
const pageof1 = /** @type {((inputs: Pageof1Inputs, options?: { locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pageof1Inputs, { locale?: "en" | "ja" | "zh-CN" | "ro" | "ru" | "th" | "es" | "de" | "fr" | "pt" | "ar" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ja") return ja_pageof1(inputs)
	if (locale === "zh-CN") return zh_cn2_pageof1(inputs)
	if (locale === "ro") return ro_pageof1(inputs)
	if (locale === "ru") return ru_pageof1(inputs)
	if (locale === "th") return th_pageof1(inputs)
	if (locale === "es") return es_pageof1(inputs)
	if (locale === "de") return de_pageof1(inputs)
	if (locale === "fr") return fr_pageof1(inputs)
	if (locale === "pt") return pt_pageof1(inputs)
	if (locale === "ar") return ar_pageof1(inputs)
	return en_pageof1(inputs)
});
export { pageof1 as "pageOf" }