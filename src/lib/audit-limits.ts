// Limits of an audit's photos, shared by the filling page (which says so before sending) and the audits
// domain (which refuses).
/** Photos per checklist item: enough to show a problem, few enough for a slow phone to send. */
export const AUDIT_PHOTOS_PER_ITEM = 3;
/** One section's photos at once: adapter-node refuses bodies over BODY_SIZE_LIMIT (11 MB). */
export const AUDIT_UPLOAD_MAX_BYTES = 10 * 1024 * 1024;
