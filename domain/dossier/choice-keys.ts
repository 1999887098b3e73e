/** The fixed choices the dossier stores, as plain lists (no zod: the screen imports these). */
export const carerCostKeys = ['work', 'sleep', 'health', 'family', 'money'] as const
export const carerReliefKeys = ['respite', 'shortStay', 'daytime', 'paperwork', 'careBroker', 'practical'] as const
export const carerKeepUpKeys = ['yes', 'years', 'months', 'weeks', 'no'] as const
export const deskStatuses = ['preparing', 'talkPlanned', 'awaitingReport', 'awaitingDecision', 'objection', 'done'] as const
