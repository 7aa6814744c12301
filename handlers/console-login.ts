/**
 * /dangnhap: a staff member gets a single-use link to the staff console in
 * their own chat. Never in a group (anyone there could open it first);
 * anyone who is not staff gets the ordinary "not understood" reply.
 */
import type { Reply } from '../src/core/message.ts';
import { fill } from '../src/kb/template.ts';
import type { HandlerContext } from './context.ts';
import { menuReply } from './replies.ts';

/** Answers /dangnhap. */
export async function handleConsoleLogin(ctx: HandlerContext): Promise<Reply[]> {
  const { services, kb, user } = ctx;
  if (!services || !(await services.isStaff(user))) {
    ctx.log?.('warn', { platform: user.platform, command: 'dangnhap' }, 'staff command from someone who is not staff');
    return [{ text: kb.ui.staff_not_recognised }, menuReply(kb)];
  }
  if (!services.loginLink) return [{ text: kb.ui.console_off }];
  // A private chat's id is the person's own id on every platform; a group's is not.
  if (user.chatId !== user.userId) return [{ text: kb.ui.console_private_only }];
  return [{ text: fill(kb.ui.console_link, { url: await services.loginLink(user) }) }];
}
