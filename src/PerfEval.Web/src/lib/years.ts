/** The fiscal years offered in year pickers: this year and the seven before it, newest first. */
export const yearOptions = Array.from({ length: 8 }, (_, i) => new Date().getFullYear() - i).map((y) => ({ value: y, label: y }));
