export const robot = {} as const;
