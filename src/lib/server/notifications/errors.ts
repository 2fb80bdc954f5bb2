/** The code the notifications domain throws. */
export type NotificationsErrorCode = 'notification';
