/** The code a child's own account throws: staff accounts are not deleted from here. */
export type AccountErrorCode = 'staff_self_delete';
