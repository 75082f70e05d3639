import type { IDataObject } from 'n8n-workflow';

// Records shaped after the examples of the Partoo REST reference, trimmed.
export const BUSINESS_ID = '5409c35b97aac999d8c26737';
export const USER_ID = '5409c35b97aac999d8c26738';
export const CATEGORY_ID = '57def0b5b12ff65e069c34f6';

export const business: IDataObject = {
	id: BUSINESS_ID,
	code: 'SCEP-1',
	status: 'open',
	org_id: 709,
	name: 'SCEP du Caire',
	address_details: { number: '10', number_supplement: 'ter', street_type: 'rue', street_name: 'du poulet' },
	city: 'Paris',
	zipcode: '75017',
	country: 'FR',
	categories: [CATEGORY_ID],
	open_hours: { monday: ['07:30-10:00', '13:30-17:30'], sunday: [] },
};

export const business2: IDataObject = { id: '5a2ab4edb12ff67cba1b7e1b', org_id: 709, name: 'SCEP du Caire 2', city: 'Lyon', zipcode: '69001' };

export const org: IDataObject = { org_id: 1234, name: 'Partoo', alias: 'partoo' };

export const user: IDataObject = {
	id: USER_ID,
	status: 'active',
	first_name: 'Noël',
	last_name: 'Flantier',
	business_ids: [BUSINESS_ID],
	org_id: 1234,
	phone: '+33612131415',
	role: 'BUSINESS_MANAGER',
	email: 'noel@flantier.com',
};

export const category: IDataObject = {
	id: CATEGORY_ID,
	code: 'gcid:restaurant',
	name: 'Restaurant',
	ancestors: ['Food'],
	partners: { google_my_business: ['gcid:restaurant'], facebook: ['273819889375819'] },
};

export const review = (id: number, extra: IDataObject = {}): IDataObject => ({
	id,
	org_id: 709,
	business_id: BUSINESS_ID,
	partner: 'google_my_business',
	author_name: `Author ${id}`,
	date: '2019-03-01T09:43:36+01:00',
	rating: 5,
	content: 'Très bien',
	state: 'not_treated',
	...extra,
});

export const success = (id = BUSINESS_ID): IDataObject => ({ status: 'success', id });
