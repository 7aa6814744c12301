/**
 * Publishing a notice to every follower of the OA as an article broadcast
 * ("tin truyền thông broadcast"): Zalo delivers one article, written and
 * published beforehand in the OA Manager, to all followers matching a
 * target (province, gender, age groups), including those who never wrote
 * to the OA. It does not depend on the interaction window.
 *
 * Sources: @warriorteam/redai-zalo-sdk 1.32.17 `dist/types/broadcast.d.ts`,
 * `dist/services/broadcast.service.js` and `docs/BROADCAST_SERVICE.md`:
 * `POST https://openapi.zalo.me/v2.0/oa/message` with header
 * `access_token`, body `{recipient: {target: {ages, gender, locations,
 * cities, platform}}, message: {attachment: {type: "template", payload:
 * {template_type: "media", elements: [{media_type: "article",
 * attachment_id}]}}}}`; every target value is a comma-separated string of
 * codes (gender 0 all, 1 male, 2 female; ages 0 = 0–12 … 7 = 65+; cities
 * are Zalo's province codes, which "replace locations when set"); only an
 * article can be broadcast; the OA needs Zalo's broadcast permission.
 * Not confirmed there: the province code list itself, and the quota (Zalo's
 * help center speaks of a monthly number of broadcasts by OA tier).
 */
import type { ZaloOaClient } from './client.ts';

/** Which followers an article broadcast goes to; an empty target means all of them. */
export interface ArticleTarget {
  /** Zalo province codes ("cities" in the API). */
  cities?: readonly string[];
  gender?: 'all' | 'male' | 'female';
  /** Zalo age-group codes 0–7. */
  ages?: readonly string[];
}

const GENDER_CODES = { all: '0', male: '1', female: '2' } as const;

/** The request body that broadcasts article `articleId` to `target`. */
export function articleBroadcastBody(articleId: string, target: ArticleTarget): Record<string, unknown> {
  const codes: Record<string, string> = {};
  if (target.cities && target.cities.length > 0) codes.cities = target.cities.join(',');
  if (target.gender) codes.gender = GENDER_CODES[target.gender];
  if (target.ages && target.ages.length > 0) codes.ages = target.ages.join(',');
  return {
    recipient: { target: codes },
    message: {
      attachment: {
        type: 'template',
        payload: { template_type: 'media', elements: [{ media_type: 'article', attachment_id: articleId }] },
      },
    },
  };
}

/** Broadcasts a published article to the OA's followers; resolves to Zalo's message id when it gives one. */
export async function broadcastArticle(
  client: ZaloOaClient,
  articleId: string,
  target: ArticleTarget,
): Promise<{ messageId?: string }> {
  // Not retried: a broadcast that Zalo accepted but whose answer was lost must not go out twice.
  const data = (await client.post('/v2.0/oa/message', articleBroadcastBody(articleId, target), { retries: 0 })) as
    | { message_id?: unknown }
    | undefined;
  const messageId = data?.message_id;
  return typeof messageId === 'string' ? { messageId } : {};
}
