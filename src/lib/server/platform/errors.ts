/** A rule of the domain was broken; the message is written for the person who broke it. */
export class DomainError extends Error {
	constructor(
		message: string,
		public code: 'conflict' | 'forbidden' | 'not_found' | 'invalid' = 'invalid',
		/** For invalid input: each problem with the path of the value it concerns. */
		public issues?: { path: string; message: string }[]
	) {
		super(message);
	}
}
