import { operationMap, resourceDescription, type OperationEntry } from '../../../shared/descriptions';
import { cancelForGuest } from './cancelForGuest';
import { create } from './create';
import { get } from './get';
import { getAll } from './getAll';
import { honor } from './honor';
import { inviteFriends } from './inviteFriends';
import { releaseTable } from './releaseTable';
import { cancel, confirm, markFake } from './simpleActions';
import { update } from './update';

const entries: OperationEntry[] = [
	{ name: 'Cancel', value: 'cancel', action: 'Cancel a booking', description: 'Cancel a booking as the restaurant', module: cancel },
	{ name: 'Cancel for Guest', value: 'cancelForGuest', action: 'Cancel a booking for the guest', description: 'Cancel in the guest\'s name, with their booking token and reason', module: cancelForGuest },
	{ name: 'Confirm', value: 'confirm', action: 'Confirm a booking', description: 'Mark a booking as validated', module: confirm },
	{ name: 'Create', value: 'create', action: 'Create a booking', description: 'Book for an existing contact or a new one', module: create },
	{ name: 'Get', value: 'get', action: 'Get a booking', description: 'Retrieve one booking', module: get },
	{ name: 'Get Many', value: 'getAll', action: 'Get many bookings', description: 'List bookings, filtered by date, state or period', module: getAll },
	{ name: 'Honor', value: 'honor', action: 'Honor a booking', description: 'Record that the guests came', module: honor },
	{ name: 'Invite Friends', value: 'inviteFriends', action: 'Invite friends to a booking', description: 'Email the booking to other guests with a message', module: inviteFriends },
	{ name: 'Mark as Fake', value: 'markFake', action: 'Mark a booking as fake', description: 'Record that nobody came (no-show)', module: markFake },
	{ name: 'Release Table', value: 'releaseTable', action: 'Release the table of a booking', description: 'Record the bill and free the table', module: releaseTable },
	{ name: 'Update', value: 'update', action: 'Update a booking', description: 'Change the fields of a booking', module: update },
];

export const bookingDescription = resourceDescription('booking', entries, 'get');
export const bookingOperations = operationMap(entries);
