import type { CallValue, ParsedArgs } from '../contract/calls'
import type { CallName } from '../contract/channels'

/** The handler of one call: its parsed arguments in, its value (or a promise of it) out. */
export type Handler<K extends CallName> = (args: ParsedArgs<K>) => CallValue<K> | Promise<CallValue<K>>

/** Every call's handler: what the main process offers the renderer, as one map. */
export type Handlers = { [K in CallName]: Handler<K> }

/** The calls of one feature, by their prefix ('dossiers', 'plan', …). */
export type CallsOf<Prefix extends string> = Extract<CallName, `${Prefix}.${string}`>

/** The handlers of one feature: each group lives beside its feature and is typed by its own calls. */
export type HandlerGroup<Names extends CallName> = { [K in Names]: Handler<K> }
