export const tray = {} as const;
