/**
 * Recognises a question for another organisation's contact: "hotline của shopee là số mấy" asks for Shopee's
 * number, and the center's hotline is not the answer to it. Deliberately narrow (a broader rule cost in-scope
 * questions): a contact word AND a named commercial brand (`other_brands` in agencies.yaml) AND no word of the
 * center's own, nor of calling the center from one's own line or what a call costs ("gọi từ mạng viettel",
 * "có mất phí không"). Phrases are matched like agency cues: whole runs of analysed, accent-free syllables.
 * A company of an agency's trade (`brands` of an agency: "tổng đài của Viettel") is that agency's business, so the
 * question is referred there instead.
 * A brand owned by the line ("tổng đài chăm sóc khách hàng Viettel", "hotline của Shopee") asks for the company's
 * line even when the cost of a call is asked too. So does a line of an organisation of another kind ("tổng đài của
 * hãng bảo hiểm", "của trường đại học") or a paid 1900 number: never the center's free 1800 line.
 */
import type { Analyzer } from './matcher.ts';
import { AgencyMatcher, type MatchableAgency } from './referral.ts';

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

/** Another kind of center ("trung tâm bảo hành Samsung"): "trung tâm" then names no part of the social work center. */
const OTHER_CENTERS = [
  'trung tâm bảo hành',
  'trung tâm thương mại',
  'trung tâm tiếng anh',
  'trung tâm ngoại ngữ',
  'trung tâm gia sư',
  'trung tâm tin học',
  'trung tâm điện máy',
];

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
  // Not "cước" alone: "tổng đài của Viettel hỗ trợ cước điện thoại" asks for the provider.
  'mất cước',
  'tốn cước',
  'tính cước',
  'cước gọi',
  'cước phí',
];

/** Words that make the brand after them the owner of the line asked about. */
const OWNER_WORDS = ['của', 'chăm sóc khách hàng', 'cskh'];

/** Kinds of organisation whose line, asked for with "của", is theirs ("tổng đài của hãng bảo hiểm nhân thọ"). */
const ORGANISATIONS = ['hãng', 'công ty', 'trường đại học', 'trường tư', 'cửa hàng', 'siêu thị', 'shop'];

/**
 * The same kinds whose own course, product or service is asked of ("khóa học online của trường đại học nước ngoài"):
 * theirs to explain, never the center's. Not "công ty": a broker's contract ("hợp đồng của công ty môi giới") may be a
 * question about trafficking.
 */
const OWNING_ORGANISATIONS = ORGANISATIONS.filter((organisation) => organisation !== 'công ty');

/** What stands in for "hàng" in "hàng xóm", so that no organisation's cue is read in it. */
const NEIGHBOUR_MARK = '\u0000xom';

/**
 * The analysed syllables with "hàng xóm" (the neighbours) kept from reading as an organisation: folded, "của hàng xóm"
 * is "của hãng" or "của cửa hàng" followed by "xóm", so a story that tells of a neighbour's bicycle ("ăn cắp xe đạp
 * của hàng xóm") was read as asking about a company's and got "no information" (issue 11).
 */
function withoutNeighbours(syllables: readonly string[]): readonly string[] {
  if (!syllables.includes('xom')) return syllables;
  return syllables.map((syllable, at) =>
    syllable === 'hang' && syllables[at + 1] === 'xom' ? NEIGHBOUR_MARK : syllable,
  );
}

/** A 1900 number is a paid company line, never the center's free one. */
const PAID_LINE = '1900';

/** A question for a company's contact, and the agency whose trade that company is (null: none, the honest fallback). */
export interface BrandContact {
  agency: string | null;
}

/** The line a question asks for when it is not the center's (see `BrandContactReader.lineAsked`). */
export interface LineAsked {
  /** A named brand's contact, with the agency whose trade the brand is; null when no brand's is asked. */
  brand: BrandContact | null;
  /** With no brand: the line of an organisation of another kind, or a paid 1900 number. */
  otherLine: boolean;
}

const NO_LINE_ASKED: LineAsked = Object.freeze({ brand: null, otherLine: false });

/** Reads whether a question asks for a named brand's contact rather than the center's. */
export class BrandContactReader {
  private readonly brands: AgencyMatcher;
  private readonly providers: AgencyMatcher;
  private readonly contact: AgencyMatcher;
  private readonly center: AgencyMatcher;
  private readonly otherCenter: AgencyMatcher;
  private readonly ownLine: AgencyMatcher;
  private readonly ownedBrand: AgencyMatcher;
  private readonly otherLine: AgencyMatcher;
  private readonly ownedElsewhere: AgencyMatcher;
  private readonly centerItself: AgencyMatcher;

  constructor(
    brands: readonly string[],
    agencies: readonly (Pick<MatchableAgency, 'id'> & { brands?: readonly string[] })[],
    analyze: Analyzer,
  ) {
    const matcher = (id: string, cues: readonly string[]): AgencyMatcher => new AgencyMatcher([{ id, cues }], analyze);
    this.brands = matcher('brand', brands);
    this.providers = new AgencyMatcher(
      agencies.filter((a) => (a.brands?.length ?? 0) > 0).map((a) => ({ id: a.id, cues: a.brands ?? [] })),
      analyze,
    );
    this.contact = matcher('contact', CONTACT_WORDS);
    this.center = matcher('center', CENTER_WORDS);
    this.otherCenter = matcher('other-center', OTHER_CENTERS);
    this.ownLine = matcher('own-line', OWN_LINE_WORDS);
    const named = [...brands, ...agencies.flatMap((a) => a.brands ?? [])];
    this.ownedBrand = matcher(
      'owned-brand',
      OWNER_WORDS.flatMap((owner) => named.map((brand) => `${owner} ${brand}`)),
    );
    this.otherLine = matcher('other-line', [
      ...ORGANISATIONS.map((organisation) => `của ${organisation}`),
      ...CONTACT_WORDS.map((contact) => `${contact} ${PAID_LINE}`),
    ]);
    this.ownedElsewhere = matcher(
      'owned-elsewhere',
      OWNING_ORGANISATIONS.map((organisation) => `của ${organisation}`),
    );
    this.centerItself = matcher('center-itself', ['trung tâm']);
  }

  /**
   * True when the (already analysed) question asks about something of an organisation of another kind ("khóa học …
   * của trường đại học", "bảo hành của hãng"), and does not name the center ("trung tâm", not another kind of center),
   * whose dealings with that organisation would then be asked.
   */
  asksOfOtherOrganisation(syllables: readonly string[]): boolean {
    if (!this.ownedElsewhere.hasCue(withoutNeighbours(syllables))) return false;
    return !this.centerItself.hasCue(syllables) || this.otherCenter.hasCue(syllables);
  }

  /**
   * Which line the (already analysed) question asks for, if not the center's: a named brand's (`brand`; null when
   * none), or else an organisation of another kind's or a paid number's (`otherLine`). The contact words are looked
   * for once, and most questions have none.
   */
  lineAsked(syllables: readonly string[]): LineAsked {
    if (!this.asksContact(syllables)) return NO_LINE_ASKED;
    const brand = this.brandContactOf(syllables);
    return { brand, otherLine: brand === null && this.otherLine.hasCue(withoutNeighbours(syllables)) };
  }

  /** The company whose contact a question that asks for a contact (`asksContact`) asks for; null when none. */
  private brandContactOf(syllables: readonly string[]): BrandContact | null {
    if (this.ownLine.hasCue(syllables) && !this.ownedBrand.hasCue(syllables)) return null;
    const provider = this.providers.match(syllables);
    if (provider) return { agency: provider.id };
    return this.brands.hasCue(syllables) ? { agency: null } : null;
  }

  private asksContact(syllables: readonly string[]): boolean {
    return this.contact.hasCue(syllables) && !this.namesCenter(syllables);
  }

  /** True when the question names the center, not only "trung tâm" as another kind of center. */
  private namesCenter(syllables: readonly string[]): boolean {
    // Every other kind of center contains "trung tâm", so one word of the center's found beside one is that "trung tâm".
    const named = this.center.cuesIn(syllables).size;
    return named > 1 || (named === 1 && !this.otherCenter.hasCue(syllables));
  }
}
