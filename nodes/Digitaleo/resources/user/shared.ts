import { accountPath, segment } from '../../transport';

export const usersPath = (accountId: string): string => `${accountPath(accountId)}/users`;

export const userPath = (accountId: string, userId: string): string => `${usersPath(accountId)}/${segment(userId)}`;

/** Body keys in the order of the documentation's example. */
export const USER_BODY_ORDER = ['userExternalIdentifier', 'email', 'login', 'firstName', 'lastName', 'locale'] as const;
