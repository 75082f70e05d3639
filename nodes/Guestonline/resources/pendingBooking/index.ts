import { operationMap, resourceDescription, type OperationEntry } from '../../../shared/descriptions';
import { cancel } from './cancel';
import { commit } from './commit';
import { create } from './create';
import { update } from './update';

const entries: OperationEntry[] = [
	{ name: 'Cancel', value: 'cancel', action: 'Cancel a pending booking', description: 'Drop a pending booking and release its seats', module: cancel },
	{ name: 'Commit', value: 'commit', action: 'Commit a pending booking', description: 'Turn a pending booking into a booking', module: commit },
	{ name: 'Create', value: 'create', action: 'Create a pending booking', description: 'Hold seats while the guest completes the booking', module: create },
	{ name: 'Update', value: 'update', action: 'Update a pending booking', description: 'Add the guest\'s details or choose an offer', module: update },
];

export const pendingBookingDescription = resourceDescription('pendingBooking', entries, 'create');
export const pendingBookingOperations = operationMap(entries);
