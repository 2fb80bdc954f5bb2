// Spots contact details in short text such as a nickname: a phone number, an email, a link.
// The moderation issue grows this into full screening; here it keeps nicknames anonymous.

const PHONE = /(?:\+?62|0)[\s.-]?8(?:[\s.-]?\d){6,12}/;
const LONG_DIGITS = /(?:\d[\s.-]?){7,}/;
const EMAIL = /[^\s@]+@[^\s@]+\.[^\s@]+/;
const LINK = /(?:https?:\/\/|www\.)|\b[a-z0-9-]+\.(?:com|id|net|org|ly|xyz|info|site|link)\b/i;

export function containsContactInfo(text: string): boolean {
	return PHONE.test(text) || LONG_DIGITS.test(text) || EMAIL.test(text) || LINK.test(text);
}
