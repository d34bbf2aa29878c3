/**
 * The project's one error type lives in the bottom layer (knowledge/errors.ts), so that knowledge
 * never imports from bot; the bot and adapters reach it here.
 */
export { asBotError, BotError, ErrorCode, reportFailure, type ErrorLocation } from '../knowledge/errors.js';
