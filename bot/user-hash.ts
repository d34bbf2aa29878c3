import { createHash } from 'node:crypto';

/** The hash the question log and feedback keep instead of a user id. */
export function userHash(platform: string, userId: string): string {
  return createHash('sha256').update(`${platform}:${userId}`).digest('hex');
}
