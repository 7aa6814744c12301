/**
 * The words follow-ups are made of, as folded (accent-free) phrases: what a
 * short message asks about (an aspect), about whom (a group), the words that
 * continue a conversation, chat and dialect spellings, and the canonical
 * phrases a resolved follow-up is asked again with. `followup.ts` reads
 * messages with them.
 */
import { ENTRY_IDS } from '../kb/entry-ids.ts';
import { pairsOf } from './syllable-pairs.ts';
import type { FOLLOW_UP_ASPECTS } from '../kb/schema.ts';

/** What a question asks about a topic. */
export type Aspect = (typeof FOLLOW_UP_ASPECTS)[number];
/** The groups of people a question can be about. */
export const GROUPS = ['elderly', 'disability', 'child', 'poor', 'single-parent', 'hiv'] as const;
/** Whom a question is about. */
export type Who = (typeof GROUPS)[number];

/** Folded (accent-free) phrases that ask about an aspect; a phrase is a list of syllables. */
export const ASPECT_CUES: Record<Aspect, string[]> = {
  papers: [
    'giay to',
    'ho so',
    'giay gi',
    'can gi',
    'mang theo',
    'mang gi',
    // "Đem" is "mang" (bring) in the south and in speech: "có cần đem căn cước không" asks what to bring.
    'dem theo',
    'dem gi',
    'can dem',
    'chuan bi',
    'thu tuc',
    'to khai',
    'can nhung gi',
    'can cuoc',
    'cccd',
    'chung minh',
    'so ho khau',
    'giay khai sinh',
    'mang chi',
    'can chi',
    // Copies and a hospital's paper are papers the application needs: "cần photo công chứng không".
    'photo cong chung',
    'ban photo',
    'photo',
    'giay benh vien',
    'giay cua benh vien',
    // Where the paperwork is done, no paper named: "làm giấy ở đâu" ("làm giấy khuyết tật" names one).
    'lam giay o dau',
  ],
  place: [
    'o dau',
    'o cho nao',
    'dia chi',
    'cho nao',
    'noi nao',
    'co quan nao',
    'dau vay',
    'nop',
    'den dau',
    'ra dau',
    'lam o dau',
    'xa nao',
    'o mo',
    'di mo',
    'cho ai',
    'gap ai',
    'nop giay',
    // Handing in the application form, "đâu" without "ở": "vậy nộp đơn đâu".
    'nop don dau',
    'nop don',
    'nop dau',
    // Where money is paid out: "nhận ở bưu điện hay ngân hàng".
    'o buu dien',
    'o ngan hang',
    'buu dien',
    'ngan hang',
  ],
  cost: [
    'dong tien',
    'dong phi',
    'thu phi',
    'tra phi',
    'hoc phi',
    'mat phi',
    'le phi',
    'phi',
    'mat tien',
    'ton tien',
    'tra tien',
    'ton phi',
    'mien phi',
    // Paying in, not being paid: "mỗi tháng đóng bao nhiêu" after residential care is what a place costs.
    'dong bao nhieu',
    'tra bao nhieu',
  ],
  duration: [
    'may tuan',
    'bao lau thi co',
    'lau',
    'bao lau',
    'may ngay',
    'bao nhieu ngay',
    'khi nao',
    'lau khong',
    'lau ko',
    'may thang',
    'bao gio',
  ],
  amount: [
    'bao nhieu tien',
    'duoc bao nhieu',
    'bao nhieu',
    'muc huong',
    'muc',
    'may tram',
    'nhieu khong',
    // "Thì được mấy": how much, in the central and southern way; "được mấy tuổi" is an age (eligibility).
    'duoc may',
    // The multiplier of the standard rate ("đặc biệt nặng thì nhân mấy", "hệ số bao nhiêu"), or how much one gets.
    'nhan may',
    'he so',
    'tien tro cap',
    'tien',
    // More or less than another amount, or a rise: "dưới 4 tuổi có cao hơn không", "rứa có tăng không".
    'cao hon',
    'nhieu hon',
    'it hon',
    'co tang',
    'tang khong',
    'tang len',
    'tang them',
    'duoc tang',
    // A change to what is paid: "còn trợ cấp có bị thay đổi không" ("bị cắt" is whether one still qualifies).
    'thay doi',
  ],
  eligibility: [
    'ai duoc nhan',
    'ai duoc ho tro',
    'ai duoc giup',
    'doi tuong',
    'doi tuong nao',
    'tieu chuan',
    'tieu chi',
    'bao nhieu tuoi',
    'duoc may tuoi',
    'may tuoi',
    'co duoc khong',
    'duoc huong',
    'dieu kien',
    'co du',
    // Still getting it: "cháu vẫn còn trợ cấp mồ côi không" asks whether one still qualifies. Never "vẫn còn"
    // alone: folded, "tư vấn còn …" reads the same.
    'van con tro cap',
    'van con duoc',
    'van con huong',
    'van con nhan',
    'van con lanh',
  ],
  apply: [
    'nhu the nao',
    'lam sao',
    // Central "mần răng" is "làm sao" ("răng" is read as "sao" above): "muốn ly hôn thì mần răng".
    'man sao',
    'the nao',
    'lam the nao',
    'dang ky',
    'xin',
    'lam gi',
    'online',
    'qua mang',
    'truc tuyen',
    // Doing it for someone, and who signs: "làm giúp được không", "lãnh thay được không", "ai ký xác nhận".
    'lam giup',
    'lam ho',
    'lam thay',
    'nop thay',
    'nhan thay',
    'lanh thay',
    'linh thay',
    'nho nguoi',
    'uy quyen',
    'lam don',
    'viet don',
    'ai ky xac nhan',
    'ky xac nhan',
    'ai ky',
    // Who reviews, approves or decides ("vậy ai xét", "ai duyệt hồ sơ"): the application entry says the commune
    // reviews, lists publicly, then decides, so this is a question of how the application goes, like who signs
    // (see DECIDED_BY_CUES). Longer than "hồ sơ", "(ai) duyệt hồ sơ" keeps the papers aspect from taking its words.
    'ai duyet ho so',
    'ai xet ho so',
    'ai xet duyet',
    'ai xet',
    'xet duyet',
    'ai duyet',
    'ai phe duyet',
    'phe duyet',
    'duyet ho so',
    'xet ho so',
    'ai quyet dinh',
    // Whose name the application or the money goes under (see NAMED_ON_CUES).
    'ai dung ten',
    'dung ten',
    // Moving home: the application entry says how an allowance follows ("chuyển về đây làm sao").
    'chuyen ve',
    'chuyen len',
    'chuyen xuong',
    'chuyen sang',
    'chuyen noi o',
    'chuyen cho o',
    've day',
    'len day',
    'chuyen vao',
    'chuyen nha',
    // Whom to hand it to and how: "gửi cho cán bộ nào", "lập danh sách gửi xã được không".
    'can bo nao',
    'gui xa',
    'gui len xa',
    // Someone doing the paperwork for them: "nhờ chú hàng xóm đi làm giấy giúp được không".
    'lam giay giup',
    'lam giay ho',
    'lam giay thay',
    'lam giay gium',
  ],
  contact: [
    // "Tư vấn qua điện thoại được không": counselling by phone is the phone line's business.
    'tu van qua dien thoai',
    'tu van qua dt',
    'qua dien thoai',
    'qua dt',
    'goi dien thoai',
    'goi dien',
    'so dien thoai',
    'sdt',
    'so dt',
    'xin so',
    'cho so',
    'dien thoai',
    'goi',
    'lien he',
    'lien lac',
    'hotline',
    'so nao',
    'zalo',
    'nhan tin',
    'so may',
    'so mo',
  ],
  time: [
    'gio nao',
    'may gio',
    'gio lam viec',
    'mo cua',
    'dong cua',
    'lam viec',
    'thu 7',
    'thu bay',
    'chu nhat',
    'ngay chu nhat',
    'ngay thuong',
    'cuoi tuan',
    'ngay le',
    'buoi toi',
    'dat lich',
    'lich hen',
    'hen truoc',
    // Booking ahead ("có phải đặt lịch trước không"): "trước" says when, no new topic.
    'dat lich truoc',
    'dat truoc',
  ],
  // "Có giữ bí mật không" after a service asks whether that service is confidential.
  privacy: [
    'giu bi mat thong tin',
    'bao mat thong tin',
    'giu bi mat',
    'bi mat',
    'bao mat',
    'giu kin',
    'lo thong tin',
    'lo ten',
    'lo danh tinh',
    'bi lo',
    'tiet lo',
    'an danh',
    'giau ten',
    'ai biet',
    // Giving one's name when reporting ("gọi có phải khai tên mình ra không"): whether the caller stays anonymous.
    'khai ten',
    'xung ten',
    'de lai ten',
  ],
};

/**
 * "Được không", "có được": whether a group qualifies, unless the message asks
 * something else ("làm online được không" asks how to apply).
 */
export const WEAK_ELIGIBILITY_CUES = ['duoc khong', 'co duoc'];

/** Folded phrases that name a group of people. */
export const WHO_CUES: Record<Who, string[]> = {
  elderly: [
    'nguoi cao tuoi',
    'cao tuoi',
    'nguoi gia',
    'ong ba',
    'ong noi',
    'ong ngoai',
    'ba noi',
    'ba ngoai',
    'tuoi gia',
    'cu gia',
  ],
  disability: [
    'nguoi khuyet tat nang',
    'khuyet tat dac biet nang',
    'khuyet tat nang',
    'nguoi khuyet tat',
    'khuyet tat',
    'tan tat',
    'nkt',
    'tat nguyen',
    'khiem thinh',
    'khiem thi',
    'diec',
    'bai liet',
    'liet',
    'bai nao',
    'thieu nang tri tue',
  ],
  child: ['tre em', 'tre mo coi', 'mo coi', 'con nho', 'tre nho', 'tre'],
  poor: ['ho ngheo', 'can ngheo', 'ngheo'],
  'single-parent': ['me don than', 'don than', 'bo don than'],
  hiv: ['hiv', 'aids'],
};

/**
 * Every pair of neighbouring syllables of the aspect and group cues ("o dau", "nguoi gia"): such a pair asks or names
 * a person, not a topic, so the readings that tell topics and agencies apart by their pairs leave these out.
 */
export const CUE_PAIRS: ReadonlySet<string> = new Set(
  [...Object.values(ASPECT_CUES), ...Object.values(WHO_CUES)].flat().flatMap((c) => pairsOf(c.split(' '))),
);

/**
 * How severe a disability is: "còn nặng thì sao", "còn khuyết tật nhẹ thì
 * sao" ask the last question again for another degree of the same group.
 */
export const SEVERITY_CUES = ['dac biet nang', 'nang', 'nhe'];
/** A kind before a degree ("loại nặng", "dạng nhẹ", "mức độ nặng"): part of naming the degree, nothing new. */
export const DEGREE_KINDS = ['loai', 'dang', 'kieu', 'hang', 'muc do'];

/**
 * Folded phrases that name the center itself: "số điện thoại trung tâm" asks
 * for the center's own card, whatever the conversation was about.
 */
export const CENTER_CUES: Record<'center' | 'phone', string[]> = {
  center: [
    'trung tam cong tac xa hoi',
    'trung tam ctxh',
    'ttctxh',
    'trung tam',
    'tt',
    'tru so',
    'office',
    'center',
    'centre',
  ],
  // "Số trung tâm": the center's number, a phone question without a phone word.
  phone: ['so trung tam', 'so cua trung tam', 'so tt', 'so ttctxh'],
};

/**
 * What the center does, asked beside its name ("trung tâm làm gì", "what does
 * your center do"): its services overview, whatever the conversation was about.
 */
export const CENTER_WORK_CUES = [
  'lam gi',
  'lam nhung gi',
  'ho tro gi',
  'ho tro nhung gi',
  'giup gi',
  'giup duoc gi',
  'giup nhung gi',
  // "Làm được những gì", "lo chi" (central: what it looks after), "hỗ trợ cái gì": the same question, worded as people type it.
  'lam duoc gi',
  'lam duoc nhung gi',
  'lo gi',
  'lo chi',
  'ho tro cai gi',
  'what does',
  'what do you do',
];

/**
 * How people name the center they are writing to without its name ("vậy bên này làm gì", "bên ni lo chi", "bên mình
 * hỗ trợ những gì"): "this side", "your side". Only beside a question about what the center does: "bên này ở đâu"
 * is left to the engine, and "bên ad" is not among them (writers mean the bot as often as the center).
 */
export const CENTER_HERE_CUES = ['ben nay', 'ben minh', 'ben ban', 'cho nay'];

/** "Chỗ này là trung tâm gì": which center this is, asked of its name. */
export const CENTER_KIND_CUES = ['trung tam gi', 'what center', 'which center'];

/**
 * Words of having a lost paper made again ("làm lại", "cấp lại"): beside them
 * an unaccented "bi mat" is "bị mất" (lost), not "bí mật" (secret).
 */
export const REMAKE_CUES = ['lam lai', 'cap lai', 'xin lai', 'lay lai', 'cap doi', 'lam moi'];

/**
 * How a service is given, in person or at home ("có phải đến trung tâm không", "tư vấn trực tiếp được không"):
 * asked of a service, its own answer says; the center's card answers only where or when ("gặp trực tiếp ở mô").
 */
export const IN_PERSON_CUES = ['truc tiep', 'den trung tam', 'len trung tam', 'toi trung tam', 'tai nha', 'o nha'];

/** Written channels ("nhắn tin zalo", "email"): the center's card lists them, the phone line does not. */
export const WRITTEN_CHANNELS = ['zalo', 'email', 'facebook', 'fanpage', 'messenger'];

/** "Ngoài tiền (ra)": help other than the allowance, which the group's own services give. */
export const BESIDES_MONEY = ['ngoai tien', 'ngoai tro cap', 'ngoai khoan tien'];

/**
 * Receiving the center's messages ("đăng ký nhận tin nhắn của trung tâm", "dang ky nhan tin"): subscribing, not
 * writing to the center, so their "nhắn tin" is no contact cue (typed without accents "nhan tin" is "nhận tin" too).
 */
export const RECEIVING_NOTICES = ['dang ky nhan tin nhan', 'dang ky nhan tin', 'nhan tin nhan'];

/** Names of the phone line itself: "hotline của trung tâm" asks for the line, not the center's card. */
export const PHONE_LINE_NAMES = ['hotline', 'tong dai', 'duong day nong'];

/**
 * Words of a phone call: "gọi giờ nào", "gọi có mất tiền không" ask the
 * hours or cost of the phone line, not of the center or the service (English "call" too).
 */
export const CALL_CUES = ['goi', 'dien thoai', 'tong dai', 'hotline', 'call'];

/**
 * Papers other agencies issue. Needed for an application they are papers
 * ("không có căn cước thì sao"); to be made they are that agency's business
 * ("làm căn cước ở đâu", "làm lại giấy khai sinh").
 */
export const ISSUED_PAPERS = [
  'can cuoc',
  'the can cuoc',
  'giay can cuoc',
  'cccd',
  'chung minh',
  'ho khau',
  'so ho khau',
  'khai sinh',
  'giay khai sinh',
  'khai tu',
  'giay khai tu',
  'chung tu',
  'giay chung tu',
  'bhyt',
  'the bhyt',
  'bao hiem y te',
  'the bao hiem y te',
];
/** The syllable just before an issued paper that asks to have it made: làm (lại), cấp, xin, (đăng) ký, (gia) hạn, đổi, mất. */
export const MAKING_WORDS = new Set(['lam', 'lai', 'cap', 'xin', 'ky', 'han', 'doi', 'mat']);

/** "Nộp": handing papers in, a place question about the application rather than the center. */
export const SUBMIT = 'nop';

/** Words that mark a message as continuing the conversation ("còn … thì sao", "vậy", "thế"). */
export const MARKER_CUES = [
  'thi sao',
  'con',
  'vay',
  'the',
  'roi sao',
  'nua',
  'sao',
  'con thi',
  'the con',
  // Going back to the topic after a digression: "thôi quay lại, loại nặng thì được bao nhiêu" after a question on
  // something else continues the conversation's topic.
  'thoi quay lai',
  'quay lai chuyen',
  'quay lai van de',
  'tro lai chuyen',
  'tro lai van de',
  // English: "what about my grandmother?", "and for disabled people?"
  'what about',
  'how about',
  'and',
];
/** The markers that say "continuing" on their own; "còn", "nữa" and "sao" also mean other things ("con", "sao"). */
export const CLEAR_MARKER_CUES = ['thi sao', 'vay', 'the', 'roi sao', 'what about', 'how about'];

/**
 * Chat spellings of the few words follow-ups are made of. A Map, not an object: it is read by any word a person types,
 * and a plain object answers "constructor" or "toString" with Object.prototype's functions.
 */
export const CHAT_SPELLINGS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    ko: 'khong',
    k: 'khong',
    kg: 'khong',
    hok: 'khong',
    hong: 'khong',
    dc: 'duoc',
    j: 'gi',
    z: 'vay',
    v: 'vay',
    // Central dialect: "rứa" is "vậy", "răng" is "sao", "ni" is "này".
    e: 'em',
    lm: 'lam',
    ntn: 'nhu the nao',
    dk: 'dang ky',
    dzi: 'vay',
    rua: 'vay',
    dzay: 'vay',
    zay: 'vay',
    rang: 'sao',
    ni: 'nay',
    bn: 'bao nhieu',
    bnh: 'bao nhieu',
    bl: 'bao lau',
    hs: 'ho so',
    gt: 'giay to',
    nkt: 'nguoi khuyet tat',
    // Southern "giùm" is "giúp": "làm giùm được hông" asks whether it can be done for someone, as "làm giúp" does.
    gium: 'giup',
  }),
);

/**
 * Words that name the whole field ("trợ cấp"), a period ("một tháng", "tháng này") or what
 * every service does ("tư vấn"): in a short follow-up they add nothing.
 */
export const FIELD_WORDS = [
  'tro cap',
  'mot thang',
  '1 thang',
  'hang thang',
  'moi thang',
  'thang nay',
  'thang truoc',
  'thang sau',
  'tu van',
  // English: "can she get money monthly?"
  'monthly money',
  'money monthly',
  'monthly allowance',
  'money',
  'monthly',
];
/**
 * Living alone, said of the person in a question that goes on ("thế 75 tuổi sống một mình", "còn bà 76 tuổi ở một
 * mình thì sao"): how the person lives, not a new topic.
 */
export const LIVING_ALONE = ['song mot minh', 'o mot minh', 'mot minh'];
/** The field the allowance entries share: their titles name it. */
export const ALLOWANCE = 'tro cap';
/** Ways to name the allowance without its name: "tiền hằng tháng" (English "monthly money") is the monthly allowance. */
export const ALLOWANCE_NAMES = [
  ALLOWANCE,
  'tien hang thang',
  'tien moi thang',
  'monthly money',
  'money monthly',
  'monthly allowance',
];
/** Words that ask how much rather than whether: without them "có được tiền … không" asks who qualifies. */
export const QUANTITY_CUES = ['bao nhieu', 'muc', 'may tram', 'nhieu khong', 'may trieu'];
/**
 * More or less than another amount ("có được nhiều hơn không"), or a rise ("có được tăng không", "co dc tang ko" after
 * the amount): a comparison of amounts, asked as yes or no, not whether one qualifies.
 */
export const COMPARED_CUES = ['nhieu hon', 'it hon', 'cao hon', 'thap hon', 'duoc tang', 'tang len', 'tang them'];
/** The field, in canonical Vietnamese, added to a question asked again about it. */
export const ALLOWANCE_PHRASE = 'trợ cấp xã hội';

/**
 * English follow-ups ("how long does it take?", "is it free?"): an English
 * message gets an English reply, and its follow-ups ask the same aspects.
 */
export const ENGLISH_ASPECT_CUES: Record<Aspect, string[]> = {
  papers: ['documents', 'document', 'papers', 'paperwork'],
  place: ['where'],
  // "Free" alone is often a name ("the free hotline"): only "is it free" asks the cost.
  cost: ['is it free', 'for free', 'cost', 'fee', 'fees', 'charge', 'pay'],
  duration: ['how long', 'how many days', 'when will'],
  amount: ['how much', 'amount'],
  eligibility: ['who can', 'eligible', 'qualify', 'can i get', 'can she get', 'can he get', 'what age'],
  apply: ['how do i', 'how to', 'apply', 'register', 'sign up'],
  contact: ['phone', 'hotline', 'number', 'call'],
  time: ['opening hours', 'what time', 'hours', 'open', 'weekend', 'sunday', 'saturday'],
  privacy: ['confidential', 'private', 'privacy', 'anonymous', 'secret'],
};
/** English names of the groups. */
export const ENGLISH_WHO_CUES: Record<Who, string[]> = {
  elderly: ['elderly', 'old people', 'grandmother', 'grandfather', 'grandma', 'grandpa'],
  disability: ['disabled', 'disability'],
  child: ['children', 'child', 'kids', 'kid', 'orphan', 'orphans'],
  poor: ['poor'],
  'single-parent': ['single mother', 'single parent', 'single mom'],
  hiv: [],
};
/** English words that carry no topic of their own in a short follow-up. */
const ENGLISH_FUNCTION_WORDS =
  'and also is it its the this that there for to do does did i my me you your she he her his they them we be are any need take what then so of about in on at with from get can have has will would please old people under over'.split(
    ' ',
  );

/** Words that carry no topic of their own in a short follow-up. */
export const FUNCTION_WORDS = new Set([
  ...'a ad ak ah ay y hi muon mun den thoi nhen ruoi dua ba ong me bo cha chong trai gai tui gom ban cac can cho cung mang chi co cua da dc duoc em gi ha hoi ko khong la lam mat minh mn moi nao nay nhe nha nhi nhung oi phai ra roi sao the thi toi vay vo voi ma u ne cau chau con anh hay vs neu de them bi nhan nguoi tren duoi tu di qua xong chao xin kinh alo viettel vinaphone mobifone vietnamobile'.split(
    ' ',
  ),
  ...ENGLISH_FUNCTION_WORDS,
]);

/**
 * Administrative places beside a place question ("nộp ở UBND xã hay lên
 * huyện"): they say which office, not a new topic.
 */
export const OFFICE_WORDS = [
  'uy ban nhan dan',
  'uy ban',
  'ubnd',
  'xa',
  'phuong',
  'thi tran',
  'huyen',
  'quan',
  'tinh',
  'thanh pho',
  'thon',
  'ap',
  'len',
  've',
];

/**
 * Someone coming to the home ("có ai đến chăm sóc mẹ không", "có người đến thăm ông được không"): a service, never the
 * allowance. "Có người" before the verb, so "người đến 80 tuổi" stays an age.
 */
export const COMING_CUES = ['ai den', 'ai toi', 'co nguoi den', 'co nguoi toi'];
/** "Có ai … không" asks whether someone gives the service, not whether one qualifies. */
export const ANYONE_CUES = ['co ai', ...COMING_CUES];

/** Canonical Vietnamese for each aspect, used to build the resolved question. */
export const ASPECT_PHRASES: Record<Aspect, string> = {
  papers: 'hồ sơ cần chuẩn bị những giấy tờ nào',
  place: 'ở đâu địa chỉ nộp hồ sơ',
  cost: 'có mất phí không',
  duration: 'nộp hồ sơ xong bao lâu thì được nhận',
  amount: 'được bao nhiêu tiền một tháng',
  eligibility: 'có được hưởng không',
  apply: 'thủ tục đăng ký như thế nào',
  contact: 'số điện thoại liên hệ',
  time: 'giờ làm việc',
  privacy: 'có giữ bí mật thông tin không',
};
/** Canonical Vietnamese for each group. */
export const WHO_PHRASES: Record<Who, string> = {
  elderly: 'người cao tuổi',
  disability: 'người khuyết tật',
  child: 'trẻ em',
  poor: 'hộ nghèo',
  'single-parent': 'mẹ đơn thân',
  hiv: 'người nhiễm HIV',
};

/**
 * Entries that answer an aspect after any topic that does not say otherwise:
 * "ở đâu" after a service is the center's address, "số điện thoại" its hotline.
 */
export const ASPECT_HOMES: Partial<Record<Aspect, string[]>> = {
  place: [ENTRY_IDS.centerContact],
  time: [ENTRY_IDS.centerContact],
  contact: [ENTRY_IDS.hotline],
};

/**
 * Since when ("từ khi nào", "áp dụng từ bao giờ") or when a rise comes ("khi nào tăng"): asked after a fact such as
 * the amount, the date it took effect, which that topic's own answer gives, not how long applying takes.
 */
export const SINCE_CUES = [
  'tu khi nao',
  'tu bao gio',
  'tu luc nao',
  'tu nam nao',
  'tu thang nao',
  'tu thang may',
  'since when',
];

/** Words that, beside "khi nào", say the topic's fact changes rather than that something is applied for. */
export const TAKES_EFFECT = ['ap dung', 'hieu luc', 'tang'];

/** "Cảm ơn" as the lexicon reads it ("cám ơn", "tks", "thanks" are rewritten to it). */
export const THANKS = ['cam', 'on'];

/** Words a closing thanks is made of besides function words: "thôi, hiểu rồi, cảm ơn nhiều", "rõ rồi ạ". */
export const CLOSING_WORDS = new Set(
  'cam on tks thanks thank thx camon thoi hieu biet ro ok oke okay vang da nhieu ah a nhe nha nhen'.split(' '),
);

/** A bare acknowledgement ("dạ", "ừ", "dạ vâng"): nothing asked, the conversation is closing as after a thanks. */
export const ACKNOWLEDGEMENTS = new Set(['da', 'vang', 'u', 'uh', 'um', 'ok', 'oke', 'okay']);

/**
 * Saying one has understood ("dạ cháu hiểu rồi ạ", "em biết rồi", "rõ rồi ạ"): with nothing else asked, an
 * acknowledgement that closes as a thanks does, whoever the speaker calls themselves.
 */
export const UNDERSTOOD_CUES = ['hieu roi', 'biet roi', 'ro roi'];

/** How near the end a closing thanks stands: "cảm ơn", "cảm ơn nhiều nha", "cảm ơn bạn nhiều". */
export const THANKS_TAIL = 4;

/**
 * Whose name the application or the money goes under ("ai đứng tên nhận tiền", "bà ngoại đứng tên được không"):
 * how to apply, even beside the money it is for.
 */
export const NAMED_ON_CUES = ['dung ten'];

/**
 * Who reviews, approves or decides ("ai xét", "ai duyệt", "ai quyết định mức đó"): how the application goes, even
 * beside the amount or the papers it decides on. Only with "ai": "xét duyệt mất bao lâu" asks how long.
 */
export const DECIDED_BY_CUES = ['ai xet', 'ai duyet', 'ai phe duyet', 'ai quyet dinh'];
