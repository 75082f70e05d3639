import type { IDataObject } from 'n8n-workflow';

import { fromItem, HOST, person, runCompaneo, wayne } from '../companeo/helpers';
import type { BadInput } from './support';
import { expr, nodeTable, rowsFor, unicode } from './support';

const lead = rowsFor(wayne);
const optional = (field: string, value: unknown, message: string, title: string) => lead(title, { additionalFields: { [field]: value } }, message);
const other = rowsFor({ resource: 'lead', operation: 'create', category: 'other', categoryId: 2001, answers: { answer: [{ questionId: 'email', value: 'a@b.fr' }] } });
/** Items whose answers come from the input: every item before `bad` is valid, so the refusal names item `bad`. */
const batch = (title: string, bad: number, badItem: IDataObject, message: string): BadInput =>
	lead(title, fromItem, message, [...Array.from({ length: bad }, (_, i) => person(i)), badItem, person(bad + 1)]);

const NAME = 'must contain only letters, spaces, hyphens and apostrophes';
const SIRET = 'must be 14 digits, such as 73282932000074';
const NAF = 'must be a NAF code such as 56.10A or 5610A';
const EMAIL = 'must be an email address such as wayne.hotte@test.fr';

const cases: BadInput[] = [
	lead('postcode of four digits', { postcode: '7500' }, 'Invalid "Postcode": must be five digits, such as 75001 [item 0]'),
	lead('postcode with a letter', { postcode: '2A004' }, 'Invalid "Postcode": must be five digits, such as 75001 [item 0]'),
	lead('postcode given a number', { postcode: expr(75001) }, 'Invalid "Postcode": must be text [item 0]'),
	lead('postcode from a null expression', { postcode: '={{ null }}' }, 'Invalid "Postcode": is required [item 0]'),
	lead('postcode with a zero-width space', { postcode: `750${unicode.zeroWidth}01` }, 'Invalid "Postcode": must be five digits, such as 75001 [item 0]'),
	lead('email with a space', { email: 'wayne hotte@test.fr' }, `Invalid "Email": ${EMAIL} [item 0]`),
	lead('email with an emoji', { email: `wayne${unicode.emoji}@test.fr` }, `Invalid "Email": ${EMAIL} [item 0]`),
	lead('email from a missing item field', { email: '={{ $json.mail }}' }, 'Invalid "Email": is required [item 0]', [{ name: 'x' }]),
	lead('British phone number', { phone: '+44 20 7946 0958' }, 'Invalid "Phone": must be a French number such as 0130926784 [item 0]'),
	lead('phone given a number', { phone: expr(130926784) }, 'Invalid "Phone": must be text [item 0]'),
	lead('company name of spaces', { companyName: expr('   ') }, 'Invalid "Company Name": must not be blank [item 0]'),
	lead('company name with a NUL byte', { companyName: `HOTTE${unicode.nul} INC.` }, 'Invalid "Company Name": must not contain NUL characters [item 0]'),
	lead('company name given an object', { companyName: '={{ {name: "HOTTE"} }}' }, 'Invalid "Company Name": must be text [item 0]'),
	lead('first name with a digit', { firstname: 'W4yne' }, `Invalid "First Name": ${NAME} [item 0]`),
	lead('first name with an emoji', { firstname: `Wayne ${unicode.emoji}` }, `Invalid "First Name": ${NAME} [item 0]`),
	lead('first name with a zero-width space', { firstname: `Way${unicode.zeroWidth}ne` }, `Invalid "First Name": ${NAME} [item 0]`),
	lead('last name behind a right-to-left override', { lastname: `${unicode.rtlOverride}ettoH` }, `Invalid "Last Name": ${NAME} [item 0]`),
	lead('last name with a lone surrogate', { lastname: `Hotte${unicode.loneHigh}` }, 'Invalid "Last Name": must not contain broken Unicode (an unpaired surrogate character) [item 0]'),
	lead('headcount answer given a number', { headcountRange: expr(25643) }, 'Invalid "Number of Employees / Visitors": must be one of the answer IDs 25638, 25639, 25640, 25641, 25642 [item 0]'),
	lead('legal form that is not an answer', { segment: expr('SARL') }, 'Invalid "Legal Form": must be one of 1, CREA, PROJ, 3, 4, 2, AUTO [item 0]'),
	optional('siret', '7328293200007', `Invalid "SIRET": ${SIRET} [item 0]`, 'SIRET of 13 digits'),
	optional('siret', '732 829 320 00074', `Invalid "SIRET": ${SIRET} [item 0]`, 'SIRET with spaces'),
	optional('siret', expr(73282932000074), 'Invalid "SIRET": must be text [item 0]', 'SIRET given a number'),
	optional('naf', '5610', `Invalid "NAF Code": ${NAF} [item 0]`, 'NAF code without its letter'),
	optional('naf', '56.10AB', `Invalid "NAF Code": ${NAF} [item 0]`, 'NAF code with two letters'),
	optional('employees', '-3', 'Invalid "Headcount": must be a whole number of employees [item 0]', 'negative headcount'),
	optional('employees', '12.5', 'Invalid "Headcount": must be a whole number of employees [item 0]', 'fractional headcount'),
	optional('city', 'Paris\nLyon', 'Invalid "City": must be on one line [item 0]', 'city on two lines'),
	optional('comment', '\t ', 'Invalid "Comment": must not be blank [item 0]', 'blank comment'),
	other('category ID 0', { categoryId: 0 }, 'Invalid "Category ID": must be at least 1 [item 0]'),
	other('negative category ID', { categoryId: -1463 }, 'Invalid "Category ID": must be at least 1 [item 0]'),
	other('category ID given a word', { categoryId: expr('drinks') }, 'Invalid "Category ID": must be a number [item 0]'),
	other('no answer', { answers: {} }, 'Invalid "Answer": needs at least one answer [item 0]'),
	other('answer holding an object', { answers: { answer: [{ questionId: 'email', value: '={{ {a: 1} }}' }] } }, 'Invalid "Value" (entry 1): must be text or a number [item 0]'),
	other('answer holding a list', { answers: { answer: [{ questionId: 'phone', value: expr(['0130926784']) }] } }, 'Invalid "Value" (entry 1): must be text or a number [item 0]'),
	other('question ID with a space', { answers: { answer: [{ questionId: 'e mail', value: 'x' }] } }, 'Invalid "Question ID" (entry 1): must be a question ID such as 30148 or email [item 0]'),
	lead('leads per request 0', { options: { chunkSize: 0 } }, 'Invalid "Leads per Request": must be at least 1 [item 0]'),
	lead('leads per request over 100', { options: { chunkSize: 101 } }, 'Invalid "Leads per Request": must be at most 100 [item 0]'),
	lead('timeout of -1 ms', { options: { timeout: -1 } }, 'Invalid "Timeout (Ms)": must be at least 1 [item 0]'),
	batch('second of three leads with a digit in its name', 1, { lastname: 'Hotte2', email: 'b@test.fr' }, `Invalid "Last Name": ${NAME} [item 1]`),
	batch('third of four leads with a bad email', 2, { lastname: 'Hotte', email: 'c@test' }, `Invalid "Email": ${EMAIL} [item 2]`),
	batch('second lead whose email is missing', 1, { lastname: 'Hotte' }, 'Invalid "Email": is required [item 1]'),
];

export const companeoTable = nodeTable('Companeo', [HOST], runCompaneo, cases);
