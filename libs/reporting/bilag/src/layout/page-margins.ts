/** Page margins in points: about 2 cm at the sides, room for the running header and footer. */
export const PAGE_MARGINS = { left: 57, top: 62, right: 57, bottom: 62 } as const;
