/**
 * Recognises a question for another organisation's contact: "hotline của shopee là số mấy" asks for Shopee's
 * number, and the center's hotline is not the answer to it. Deliberately narrow (a broader rule cost in-scope
 * questions): a contact word AND a named commercial brand (`other_brands` in agencies.yaml) AND no word of the
 * center's own, nor of calling the center from one's own line or what a call costs ("gọi từ mạng viettel",
 * "có mất phí không"). Phrases are matched like agency cues: whole runs of analysed, accent-free syllables.
 */
import type { Analyzer } from './matcher.ts';
import { AgencyMatcher } from './referral.ts';

/** Words that ask for a way to reach someone. */
const CONTACT_WORDS = [
  'số điện thoại',
  'sđt',
  'điện thoại',
  'tổng đài',
  'hotline',
  'số',
  'địa chỉ',
  'email',
  'giờ làm việc',
  'chăm sóc khách hàng',
];

/** Words that name the center itself: its own contact is then what is asked. */
const CENTER_WORDS = ['trung tâm', 'ctxh', 'công tác xã hội', '1800 1769', '18001769'];

/** Words about the caller's own line or the cost of a call: a question about calling the center. */
const OWN_LINE_WORDS = [
  'gọi từ',
  'từ mạng',
  'bằng mạng',
  'từ sim',
  'bằng sim',
  'mất phí',
  'tốn phí',
  'mất tiền',
  'tốn tiền',
  'miễn phí',
  'cước',
];

/** Reads whether a question asks for a named brand's contact rather than the center's. */
export class BrandContactReader {
  private readonly brands: AgencyMatcher;
  private readonly contact: AgencyMatcher;
  private readonly center: AgencyMatcher;
  private readonly ownLine: AgencyMatcher;

  constructor(brands: readonly string[], analyze: Analyzer) {
    const matcher = (id: string, cues: readonly string[]): AgencyMatcher => new AgencyMatcher([{ id, cues }], analyze);
    this.brands = matcher('brand', brands);
    this.contact = matcher('contact', CONTACT_WORDS);
    this.center = matcher('center', CENTER_WORDS);
    this.ownLine = matcher('own-line', OWN_LINE_WORDS);
  }

  /** True when the (already analysed) question asks for a named brand's contact and never for the center's. */
  asksBrandContact(syllables: readonly string[]): boolean {
    return (
      this.brands.cuesIn(syllables).size > 0 &&
      this.contact.cuesIn(syllables).size > 0 &&
      this.center.cuesIn(syllables).size === 0 &&
      this.ownLine.cuesIn(syllables).size === 0
    );
  }
}
