import type { INodeProperties } from 'n8n-workflow';

import { rules, z } from '../../../shared/validation';
import { contactFieldRules } from '../../fields';

export const pendingBookingIdField: INodeProperties = {
	displayName: 'Pending Booking ID',
	name: 'pendingBookingId',
	type: 'string',
	required: true,
	placeholder: 'e.g. 55cc4c049089c76870000001',
	default: '',
	description: 'ID returned when the pending booking was created. A pending booking lives 7 minutes after its last change.',
};

export const pendingBookingIdRule = { pendingBookingId: rules.opaqueId() };

/** The guest's details held by a pending booking. */
export function contactInfoField(withMessage: boolean): INodeProperties {
	const options: INodeProperties[] = [
		{ displayName: 'Country Code', name: 'country_code', type: 'string', placeholder: 'e.g. FR', default: '' },
		{ displayName: 'Email', name: 'email', type: 'string', placeholder: 'name@email.com', default: '' },
		{ displayName: 'First Name', name: 'firstname', type: 'string', default: '' },
		{ displayName: 'Last Name', name: 'lastname', type: 'string', default: '' },
	];
	if (withMessage) {
		options.push({
			displayName: 'Message',
			name: 'message',
			type: 'string',
			typeOptions: { rows: 3 },
			default: '',
			description: 'Message for the restaurant',
		});
	}
	options.push({ displayName: 'Mobile Phone', name: 'mobile_phone', type: 'string', placeholder: 'e.g. 0692550398', default: '' });
	return {
		displayName: 'Contact Info',
		name: 'contactInfo',
		type: 'collection',
		placeholder: 'Add Contact Detail',
		default: {},
		description:
			'The guest. Before the booking can be committed, last name, first name, mobile phone, country code and email are needed.',
		options,
	};
}

export const contactInfoRule = z
	.object({
		lastname: contactFieldRules.lastname.optional(),
		firstname: contactFieldRules.firstname.optional(),
		mobile_phone: contactFieldRules.mobile_phone.optional(),
		country_code: contactFieldRules.country_code.optional(),
		email: contactFieldRules.email.optional(),
		message: rules.text(65535).optional(),
	})
	.strict();
