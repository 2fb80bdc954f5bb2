// Role names shared by client and server (the server's schema uses the same list).
export const ROLES = ['anak', 'forum_anak', 'fasilitator', 'bappeda', 'opd', 'admin'] as const;
export type Role = (typeof ROLES)[number];
