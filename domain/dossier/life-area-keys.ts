/** The life areas of the Wmo conversation, in the order the app asks about them (no zod: the screen imports this). */
export const lifeAreaKeys = ['household', 'personalCare', 'mobility', 'housing', 'social', 'daytime', 'money', 'health', 'caring'] as const
