/**
 * Builds the replies the handlers share: an entry with its follow-up
 * buttons, the topic menu, a group's list, the hotline call button.
 */
import { ENTRY_IDS } from '../src/kb/entry-ids.ts';
import type { CompiledKnowledge } from '../src/knowledge.ts';
import type { Button, Reply } from '../src/core/message.ts';
import { actionButton } from '../src/core/message.ts';
import type { Entry } from '../src/kb/load.ts';
import type { EmergencyNumber } from '../src/kb/safeguarding-schema.ts';
import { fill } from '../src/kb/template.ts';
import { buttonPayload, parsePayload } from '../src/core/payload.ts';

/** Entries whose reply carries emergency call buttons, and which numbers (labels in ui.yaml). */
const CALL_NUMBERS: Record<string, ReadonlyArray<'113' | '115' | '111'>> = {
  [ENTRY_IDS.emergency]: ['113', '115', '111'],
  [ENTRY_IDS.childProtectionHotline]: ['111'],
};
const HOTLINE_CALL_ENTRIES: ReadonlySet<string> = new Set([
  ENTRY_IDS.hotline,
  ENTRY_IDS.emergency,
  ENTRY_IDS.centerContact,
  ENTRY_IDS.childProtectionHotline,
]);

/**
 * The button that calls an emergency number, labelled in English after an English message: the safeguarding replies'
 * numbers and the emergency entries' (114 is labelled in safeguarding.yaml, the others in ui.yaml).
 */
export function callButton(kb: CompiledKnowledge, number: EmergencyNumber, english = false): Button {
  const text = kb.safeguarding.text;
  const label = english
    ? text.buttons_en.call[number]
    : number === '114'
      ? text.buttons.call_114
      : kb.ui.call_emergency[number];
  return { kind: 'call', label, phone: number };
}

/** The button that calls the center's hotline, labelled in English after an English message. */
export function hotlineButton(kb: CompiledKnowledge, english = false): Button {
  return { kind: 'call', label: english ? kb.ui.call_hotline_en : kb.ui.call_hotline, phone: kb.center.hotline_tel };
}

/** The button that opens the topic menu. */
export function menuButton(kb: CompiledKnowledge): Button {
  return actionButton(kb.ui.menu_button, buttonPayload.menu);
}

/** The button that starts the eligibility check, when the knowledge base has one. */
export function checkButtons(kb: CompiledKnowledge): Button[] {
  return kb.eligibility ? [actionButton(kb.ui.eligibility_button, buttonPayload.check.start)] : [];
}

/** Buttons for a list of entry ids (unknown ids are skipped). */
export function entryButtons(kb: CompiledKnowledge, ids: readonly string[]): Button[] {
  const buttons: Button[] = [];
  for (const id of ids) {
    const entry = kb.entries.get(id);
    if (entry) buttons.push(actionButton(entry.title, buttonPayload.entry(entry.id)));
  }
  return buttons;
}

/**
 * A button as it should read under an English reply: the hotline's call
 * button, the menu and the eligibility check labelled in English, and an
 * entry with an English answer under its English title, opening that English
 * answer. Everything else is left as it is.
 */
export function englishButton(kb: CompiledKnowledge, button: Button): Button {
  if (button.kind === 'call') return button.phone === kb.center.hotline_tel ? hotlineButton(kb, true) : button;
  const pressed = parsePayload(button.payload);
  if (pressed?.kind === 'menu') return { ...button, label: kb.ui.menu_button_en };
  if (pressed?.kind === 'check' && pressed.action?.kind === 'start')
    return { ...button, label: kb.ui.eligibility_button_en };
  if (pressed?.kind !== 'entry' || pressed.english) return button;
  const entry = kb.entries.get(pressed.id);
  if (!entry?.answer_en) return button;
  return actionButton(entry.title_en ?? entry.title, buttonPayload.entry(entry.id, true));
}

/**
 * One entry's short English answer, for someone who wrote in English: the
 * full Vietnamese answer one tap away, the other buttons in English.
 * Undefined when the entry has no English answer.
 */
export function englishEntryReply(kb: CompiledKnowledge, entry: Entry): Reply | undefined {
  if (!entry.answer_en) return undefined;
  const vietnamese = entryReply(kb, entry);
  return {
    text: `${entry.answer_en}\n\n${kb.ui.english_footer}`,
    buttons: [
      actionButton(kb.ui.english_full_answer_button, buttonPayload.entry(entry.id)),
      ...(vietnamese.buttons ?? []).map((button) => englishButton(kb, button)),
    ],
    optionsHint: kb.ui.options_hint_en,
  };
}

/** One entry's answer, with its related entries, call buttons where useful, and the menu. */
export function entryReply(kb: CompiledKnowledge, entry: Entry): Reply {
  const buttons: Button[] = [];
  for (const phone of CALL_NUMBERS[entry.id] ?? []) buttons.push(callButton(kb, phone));
  if (HOTLINE_CALL_ENTRIES.has(entry.id)) buttons.push(hotlineButton(kb));
  if (entry.id === 'subscribe-reminders') buttons.push(actionButton(kb.ui.subscribe_start_button, 's:start'));
  // Allowance questions are where people wonder "am I entitled?": offer the guided check first.
  if (kb.eligibility?.offerOn.has(entry.id)) buttons.push(...checkButtons(kb));
  buttons.push(...entryButtons(kb, entry.related.slice(0, 3)));
  buttons.push(menuButton(kb));
  return { text: entry.answer, buttons };
}

/**
 * The reply to a follow-up on the entry whose whole answer was just read: the
 * aspect line asked for and a pointer to a button that shows the whole answer
 * again (the entry's button, so it works as every entry button does: tapped on
 * Telegram and Zalo, typed as its number in the terminal and on Zalo Bot), then
 * the entry's usual buttons. In English the button opens the English answer
 * when there is one.
 */
export function aspectOnlyReply(kb: CompiledKnowledge, entry: Entry, line: string, english: boolean): Reply {
  const label = english ? kb.ui.aspect_full_answer_button_en : kb.ui.aspect_full_answer_button;
  const pointer = fill(english ? kb.ui.aspect_pointer_en : kb.ui.aspect_pointer, { button: label });
  const whole = actionButton(label, buttonPayload.entry(entry.id, english && entry.answer_en !== undefined));
  const rest = entryReply(kb, entry).buttons ?? [];
  const reply: Reply = { text: `${line}\n\n${pointer}`, buttons: [whole, ...rest] };
  return english
    ? { ...reply, buttons: [whole, ...rest.map((b) => englishButton(kb, b))], optionsHint: kb.ui.options_hint_en }
    : reply;
}

/** A reply with the aspect line asked for before its text ("Bạn nộp hồ sơ tại UBND xã/phường…", then the answer). */
export function ledBy(reply: Reply, line: string | undefined): Reply {
  return line === undefined ? reply : { ...reply, text: `${line}\n\n${reply.text}` };
}

/**
 * The topic menu: one button per group, the eligibility check, the hotline.
 * The check is a top-level button rather than an item inside a group: it is
 * an action, not a topic to read, and the question most residents come with.
 */
export function menuReply(kb: CompiledKnowledge): Reply {
  const buttons: Button[] = kb.ui.groups.map((g) => actionButton(g.title, buttonPayload.group(g.id)));
  buttons.push(...checkButtons(kb));
  buttons.push(hotlineButton(kb));
  return { text: kb.ui.menu_prompt, buttons };
}

/** A group's entries as buttons, or undefined for an unknown group. */
export function groupReply(kb: CompiledKnowledge, groupId: string): Reply | undefined {
  const group = kb.ui.groups.find((g) => g.id === groupId);
  if (!group) return undefined;
  return {
    text: fill(kb.ui.group_prompt, { title: group.title }),
    buttons: [...entryButtons(kb, group.entries), actionButton(kb.ui.back_to_menu, buttonPayload.menu)],
  };
}

/**
 * "This belongs to another agency": who handles it and how to reach them,
 * the center's topics that came close (a theft victim asking for emergency
 * help needs both), the hotline, and the menu; an unknown agency falls back.
 */
export function referralReplies(
  kb: CompiledKnowledge,
  agencyId: string,
  closeEntryIds: readonly string[] = [],
): Reply[] {
  const agency = kb.agencies?.byId.get(agencyId);
  if (!agency) return fallbackReplies(kb);
  const text = fill(kb.ui.referral, { agency: agency.name, handles: agency.handles, contact: agency.contact.trim() });
  return [{ text, buttons: [...entryButtons(kb, closeEntryIds), hotlineButton(kb)] }, menuReply(kb)];
}

/** "Not sure": say so, give the hotline, show the menu. */
export function fallbackReplies(kb: CompiledKnowledge): Reply[] {
  return [{ text: kb.ui.fallback, buttons: [hotlineButton(kb)] }, menuReply(kb)];
}
