import { operationMap, resourceDescription, type OperationEntry } from '../../../shared/descriptions';
import { closeService } from './close';
import { getAll } from './getAll';
import { openService } from './open';
import { updateSeats } from './updateSeats';

const entries: OperationEntry[] = [
	{ name: 'Close', value: 'close', action: 'Close a runtime service', description: 'Stop new bookings for a service even if seats are left', module: closeService },
	{ name: 'Get Many', value: 'getAll', action: 'Get many runtime services', description: 'List the services of a day', module: getAll },
	{ name: 'Open', value: 'open', action: 'Open a runtime service', description: 'Accept bookings for a service again', module: openService },
	{ name: 'Update Seats', value: 'updateSeats', action: 'Update seats of a runtime service', description: 'Set how many seats are left for a service', module: updateSeats },
];

export const runtimeServiceDescription = resourceDescription('runtimeService', entries, 'getAll');
export const runtimeServiceOperations = operationMap(entries);
