export const processes = {} as const;
