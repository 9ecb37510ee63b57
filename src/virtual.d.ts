/** The URL of the respondent page's script (scripts/respondent-script.js). */
declare module 'virtual:respondent-script' {
	const url: string;
	export default url;
}
