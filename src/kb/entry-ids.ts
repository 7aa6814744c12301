/**
 * The knowledge entries the code itself refers to, by id: the only place
 * these ids are written in code. Staff may edit the entries, not rename them.
 */

/** Ids of the entries the code refers to. */
export const ENTRY_IDS = {
  /** The emergency reply (113, 115, 111), first whenever someone is in danger. */
  emergency: 'emergency',
  /** The center's free hotline. */
  hotline: 'hotline',
  greeting: 'greeting',
  /** What the bot can do (/help). */
  botHelp: 'bot-help',
  /** The center's address, hours and phone. */
  centerContact: 'center-contact',
  /** The child protection line, 111. */
  childProtectionHotline: 'child-protection-hotline',
} as const;

/** Entries the code itself relies on: the knowledge base is refused without them. */
export const REQUIRED_ENTRY_IDS = [
  ENTRY_IDS.hotline,
  ENTRY_IDS.emergency,
  ENTRY_IDS.botHelp,
  ENTRY_IDS.greeting,
] as const;
