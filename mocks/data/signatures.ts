/**
 * Every signature of the Convention, one row per state or organisation, as
 * the research lists them (§1.2 for the 72 of Hanoi, §2.1 for the later ones),
 * and the one function that makes an event of a row. A row says only what the
 * sheet's row says; the builder words it and adds the caveats every row of its
 * kind carries (which official list shows it, a signer not found).
 */
import type {
  EventDetail,
  Participant,
  PartyCode,
  Verification,
  When,
} from '../../src/domain/event';
import { parseWhen } from '../../src/domain/when';
import { nationalConventionCentre, quangTitle, unHeadquarters } from './people';
import { cite, type SourceId } from './sources';

type SignatureRow = {
  /** ISO 3166-1 alpha-2, or `EU`. */
  party: PartyCode;
  /** The name as a sentence uses it: "Brazil", "the Philippines". */
  name: string;
  /** A shorter name for the title, where the full one is long. */
  short?: string;
  /** The day; or the first and last day it may be on, not known which. */
  date: When | readonly [When, When];
  place?: 'hanoi' | 'new-york';
  /** The place is inferred, not reported. */
  placeInferred?: true;
  /** Instead of the first sentence of the summary, where it must hedge. */
  opening?: string;
  /** Instead of the title "X signs …", where that would claim too much. */
  title?: string;
  /** The official lists, as read, do not show it, though one is cited. */
  offTheLists?: true;
  signer?: { name: string; title: string };
  /** Instead of "the signer was not found", when there is more to say. */
  signerNote?: string;
  /** Others named at the signing (a witness, a speaker). */
  others?: readonly Omit<Participant, 'party'>[];
  /** A sentence for the summary, after the signature and the signer. */
  more?: string;
  sources: readonly SourceId[];
  /** The row's label through the mapping in docs/api.md. */
  verification: Verification;
  notes?: readonly string[];
  relatedEventIds?: readonly string[];
  /** For the one event that was already there before this table. */
  id?: string;
};

const TWO_DAYS: readonly [When, When] = ['2025-10-25', '2025-10-26'];

const SECOND_DAY_NOTE =
  "The day is not reported: it was 25 or 26 October 2025. The signatures dated by the official lists and the reports add up to the UN's count of 65 on the first day without this one, which points to 26 October; that is inferred.";

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "25 October 2025", or "July 2026" for a month. */
function spell(when: When): string {
  const parsed = parseWhen(when);
  if (!parsed) throw new Error(`Not a date: ${when}`);
  if (parsed.precision === 'month') {
    return `${MONTHS[parsed.month - 1] ?? ''} ${String(parsed.year)}`;
  }
  const { day, month, year } = parsed.day;
  return `${String(day)} ${MONTHS[month - 1] ?? ''} ${String(year)}`;
}

function onDate(date: SignatureRow['date']): string {
  if (typeof date === 'string') {
    return parseWhen(date)?.precision === 'month'
      ? `in ${spell(date)}`
      : `on ${spell(date)}`;
  }
  const [first, last] = date;
  return first === TWO_DAYS[0] && last === TWO_DAYS[1]
    ? 'on 25 or 26 October 2025 (the day is not known)'
    : `between ${spell(first)} and ${spell(last)} (the date is not known)`;
}

const capitalize = (text: string) =>
  text.charAt(0).toUpperCase() + text.slice(1);

/** Which official list, read only in part, shows this signature. */
function listNote(row: SignatureRow): string | null {
  const has = (id: SourceId) => row.sources.includes(id);
  if (row.place === 'new-york' || has('untc')) return null;
  if (has('verdragen-parties') && !row.offTheLists) {
    return row.sources.length === 1
      ? "The UN Treaty Collection's list could be read only as far as Jamaica, and no other source was found: this signature and its date rest on the Netherlands Treaty Database (verdragen.nl) alone, which mirrors the depositary's data."
      : "The UN Treaty Collection's list could be read only as far as Jamaica; the date is the Netherlands Treaty Database's (verdragen.nl), which mirrors the depositary's data.";
  }
  return "Neither official list shows this signature: the UN Treaty Collection's could be read only as far as Jamaica, the Netherlands Treaty Database's only as far as Türkiye. It is known from the reports listed and from the UN's count of 72.";
}

function idOf(row: SignatureRow): string {
  const code = row.party.toLowerCase();
  if (row.id) return row.id;
  return typeof row.date === 'string'
    ? `signature-${code}-${row.date}`
    : `signature-${code}-${row.date[0]}-to-${row.date[1]}`;
}

/** The event of one row of the table. */
export function toSignatureEvent(row: SignatureRow): EventDetail {
  const isNewYork = row.place === 'new-york';
  const [start, end] =
    typeof row.date === 'string'
      ? [row.date, null]
      : [row.date[0], row.date[1]];
  const signer: Participant[] = row.signer
    ? [{ ...row.signer, party: row.party, role: 'signatory' }]
    : [];
  const signed = `${capitalize(row.name)} signed the UN Convention against Cybercrime`;
  const opening = row.placeInferred
    ? `${signed} ${onDate(row.date)}; the place, UN Headquarters in New York, is inferred.`
    : `${signed} ${isNewYork ? 'at UN Headquarters in New York' : 'in Hanoi'} ${onDate(row.date)}.`;
  const summary = [
    row.opening ?? opening,
    ...(row.signer
      ? [
          // "General; Minister …" is a list in a title, a phrase in a sentence.
          `${row.signer.name}, ${row.signer.title.replaceAll('; ', ', ')}, signed on its behalf.`,
        ]
      : []),
    ...(row.more ? [row.more] : []),
  ].join(' ');
  const onTheLists = listNote(row);
  const notes = [
    ...(row.signer
      ? []
      : [row.signerNote ?? 'The name of the person who signed was not found.']),
    ...(onTheLists === null ? [] : [onTheLists]),
    ...(row.notes ?? []),
  ];
  return {
    id: idOf(row),
    title:
      row.title ??
      `${capitalize(row.short ?? row.name)} signs the UN Convention against Cybercrime`,
    type: 'signature',
    start,
    end,
    ...(end === null ? {} : { dateUncertain: true }),
    timeZone: isNewYork ? 'America/New_York' : 'Asia/Ho_Chi_Minh',
    place: isNewYork ? unHeadquarters : nationalConventionCentre,
    parties: [row.party],
    summary,
    verification: row.verification,
    participants: [
      ...signer,
      ...(row.others ?? []).map((other) => ({ ...other, party: row.party })),
    ],
    documents: [
      {
        title: 'United Nations Convention against Cybercrime',
        kind: 'treaty',
        parties: [row.party],
        status: 'signed',
      },
    ],
    quotes: [],
    sources: cite(...row.sources),
    notes,
    relatedEventIds: [...(row.relatedEventIds ?? [])],
  };
}

const HANOI_ROWS: readonly SignatureRow[] = [
  {
    id: 'algeria-signs-2025-10-25',
    party: 'DZ',
    name: 'Algeria',
    date: '2025-10-25',
    signer: {
      name: 'Lounès Magramane',
      title:
        'Secretary General of the Ministry of Foreign Affairs, National Community Abroad and African Affairs of Algeria',
    },
    more: 'He was sent by President Abdelmadjid Tebboune. Algeria chaired the Ad Hoc Committee from May 2021, through Ambassador Faouzia Mebarki.',
    sources: [
      'untc',
      'verdragen-parties',
      'algerie360',
      'echorouk',
      'cresus',
      'meatechwatch',
    ],
    verification: 'verified',
    notes: [
      'The time of the signature is not reported.',
      'The name is also spelled "Lounes" or "Lounas Magramane".',
    ],
    relatedEventIds: ['quang-algeria-2025-10-26'],
  },
  {
    party: 'AO',
    name: 'Angola',
    date: '2025-10-25',
    sources: ['untc', 'verdragen-parties', 'ecofin'],
    verification: 'verified',
  },
  {
    party: 'AU',
    name: 'Australia',
    date: '2025-10-25',
    signer: {
      name: 'Matt Thistlethwaite',
      title:
        'MP; Assistant Minister for Foreign Affairs and Trade of Australia',
    },
    sources: [
      'untc',
      'verdragen-parties',
      'acs-australia',
      'baoquocte-australia',
      'dfat-thistlethwaite',
    ],
    verification: 'verified',
  },
  {
    party: 'AT',
    name: 'Austria',
    date: '2025-10-25',
    sources: ['untc', 'verdragen-parties', 'newshour'],
    verification: 'verified',
  },
  {
    party: 'AZ',
    name: 'Azerbaijan',
    date: '2025-10-25',
    signer: {
      name: 'Ali Naghiyev',
      title:
        'Colonel General; Chief of the State Security Service of the Republic of Azerbaijan',
    },
    more: 'He signed by presidential order. Azerbaijan signed with reservations.',
    sources: [
      'untc',
      'verdragen-parties',
      'verdragen-reservations',
      'azertag-signature',
      'trend-signature',
    ],
    verification: 'verified',
    notes: [
      "Azerbaijan's reservations, dated 25 October 2025, are made under Articles 7(2), 9(2), 11(3) and 63(3) (Netherlands Treaty Database).",
    ],
    relatedEventIds: [
      'quang-azerbaijan-2025-10-26',
      'azerbaijan-parliament-approves-2026-02-10',
      'azerbaijan-president-approves-2026-02-23',
    ],
  },
  {
    party: 'BY',
    name: 'Belarus',
    date: '2025-10-25',
    signer: {
      name: 'Ivan Kubrako',
      title: 'Minister of Internal Affairs of Belarus',
    },
    sources: [
      'untc',
      'verdragen-parties',
      'vietnam-vn-ja-media',
      'nhandan-en-praise',
    ],
    verification: 'partly-verified',
    notes: [
      "The signer's name rests on a secondary source, a VNA report republished by vietnam.vn; Nhan Dan's English edition reports that he attended.",
    ],
  },
  {
    party: 'BE',
    name: 'Belgium',
    date: '2025-10-25',
    sources: ['untc', 'verdragen-parties', 'newshour'],
    verification: 'verified',
  },
  {
    party: 'BR',
    name: 'Brazil',
    date: '2025-10-25',
    signer: {
      name: 'Andrei Passos Rodrigues',
      title: 'Director-General of the Federal Police of Brazil',
    },
    sources: ['untc', 'verdragen-parties', 'correiobraziliense', 'mercopress'],
    verification: 'verified',
  },
  {
    party: 'BN',
    name: 'Brunei Darussalam',
    date: '2025-10-25',
    sources: ['untc', 'verdragen-parties'],
    verification: 'verified',
  },
  {
    party: 'BF',
    name: 'Burkina Faso',
    date: '2025-10-25',
    sources: ['untc', 'verdragen-parties', 'ecofin'],
    verification: 'verified',
  },
  {
    party: 'KH',
    name: 'Cambodia',
    date: '2025-10-25',
    sources: ['untc', 'verdragen-parties', 'aple-cambodia'],
    verification: 'verified',
  },
  {
    party: 'CL',
    name: 'Chile',
    date: '2025-10-25',
    sources: ['untc', 'verdragen-parties', 'efe'],
    verification: 'verified',
  },
  {
    party: 'CN',
    name: 'China',
    date: '2025-10-25',
    sources: ['untc', 'verdragen-parties', 'newshour'],
    verification: 'verified',
  },
  {
    party: 'CR',
    name: 'Costa Rica',
    date: '2025-10-25',
    sources: ['untc', 'verdragen-parties', 'efe'],
    verification: 'verified',
  },
  {
    party: 'CI',
    name: "Côte d'Ivoire",
    date: '2025-10-25',
    sources: ['untc', 'verdragen-parties', 'ecofin'],
    verification: 'verified',
  },
  {
    party: 'CU',
    name: 'Cuba',
    date: '2025-10-25',
    signer: {
      name: 'Oscar Manuel Silvera Martínez',
      title: 'Minister of Justice of Cuba',
    },
    sources: ['untc', 'verdragen-parties', 'cubaminrex'],
    verification: 'verified',
  },
  {
    party: 'CZ',
    name: 'Czechia',
    date: '2025-10-25',
    sources: ['untc', 'verdragen-parties', 'newshour'],
    verification: 'verified',
    notes: ['The UN Treaty Collection lists it as the Czech Republic.'],
  },
  {
    party: 'KP',
    name: "the Democratic People's Republic of Korea",
    short: 'the DPRK',
    date: '2025-10-25',
    sources: ['untc', 'verdragen-parties', 'newshour'],
    verification: 'verified',
  },
  {
    party: 'CD',
    name: 'the Democratic Republic of the Congo',
    short: 'the DR Congo',
    date: '2025-10-25',
    sources: ['untc', 'verdragen-parties', 'ecofin'],
    verification: 'verified',
  },
  {
    party: 'DJ',
    name: 'Djibouti',
    date: '2025-10-25',
    sources: ['untc', 'verdragen-parties', 'ecofin'],
    verification: 'verified',
  },
  {
    party: 'DO',
    name: 'the Dominican Republic',
    date: '2025-10-25',
    sources: ['untc', 'verdragen-parties', 'efe'],
    verification: 'verified',
  },
  {
    party: 'EC',
    name: 'Ecuador',
    date: '2025-10-25',
    signer: {
      name: 'María José Pinto',
      title: 'Vice-President of Ecuador, head of its delegation',
    },
    sources: [
      'untc',
      'verdragen-parties',
      'expreso-ecuador',
      'prensa-latina-ecuador',
    ],
    verification: 'verified',
    notes: [
      'Expreso says that Ecuador "suscribió un acuerdo" ("signed an agreement") without naming the Convention.',
    ],
  },
  {
    party: 'EG',
    name: 'Egypt',
    date: '2025-10-25',
    sources: ['untc', 'verdragen-parties', 'ecofin'],
    verification: 'verified',
  },
  {
    party: 'EU',
    name: 'the European Union',
    date: '2025-10-25',
    signerNote:
      'No individual is named: the European Commission signed on behalf of the EU, and a VNA report from Brussels says that the EU delegation in Vietnam signed.',
    more: 'It signed as a regional economic integration organisation, alongside 13 of its member states.',
    sources: [
      'untc',
      'verdragen-parties',
      'ec-home-affairs',
      'digitalpolicyalert-eu',
      'vietnam-vn-en-eu',
      'newshour',
    ],
    verification: 'verified',
    notes: [
      'Under the Convention, the instruments of a regional economic integration organisation do not count in addition to those of its member states towards the 40 needed for entry into force (UN Treaty Collection).',
      'The 13 member states that signed, according to newshour.media, are Austria, Belgium, Czechia, France, Greece, Ireland, Luxembourg, Poland, Portugal, Slovakia, Slovenia, Spain and Sweden.',
    ],
    relatedEventIds: [
      'ec-proposes-signature-2025-07-16',
      'eu-council-authorises-signature-2025-10-13',
    ],
  },
  {
    party: 'FR',
    name: 'France',
    date: '2025-10-25',
    sources: ['untc', 'verdragen-parties', 'newshour'],
    verification: 'verified',
  },
  {
    party: 'GH',
    name: 'Ghana',
    date: '2025-10-25',
    sources: ['untc', 'verdragen-parties', 'ecofin'],
    verification: 'verified',
  },
  {
    party: 'GR',
    name: 'Greece',
    date: '2025-10-25',
    sources: ['untc', 'verdragen-parties', 'newshour'],
    verification: 'verified',
  },
  {
    party: 'GW',
    name: 'Guinea-Bissau',
    date: '2025-10-25',
    sources: ['untc', 'verdragen-parties', 'ecofin'],
    verification: 'verified',
  },
  {
    party: 'IR',
    name: 'Iran (Islamic Republic of)',
    short: 'Iran',
    date: '2025-10-25',
    signer: {
      name: 'Vahid Jalalzadeh',
      title:
        'Deputy Minister of Foreign Affairs of Iran for Consular, Parliamentary and Iranian Expatriates Affairs',
    },
    sources: ['untc', 'verdragen-parties', 'tasnim', 'irandaily'],
    verification: 'verified',
    relatedEventIds: ['quang-iran-2025-10-26'],
  },
  {
    party: 'IE',
    name: 'Ireland',
    date: '2025-10-25',
    sources: ['untc', 'verdragen-parties', 'newshour'],
    verification: 'verified',
  },
  {
    party: 'JM',
    name: 'Jamaica',
    date: '2025-10-25',
    sources: ['untc', 'verdragen-parties'],
    verification: 'verified',
    notes: [
      "The UN Treaty Collection's excerpt breaks off inside Jamaica's date (\"25 O…\"); the full date is the Netherlands Treaty Database's.",
    ],
  },
  {
    party: 'KZ',
    name: 'Kazakhstan',
    date: '2025-10-25',
    sources: ['verdragen-parties', 'profit-kz'],
    verification: 'verified',
    notes: [
      'Profit.kz (28 October) says only that Kazakhstan "announced the intention to join".',
    ],
  },
  {
    party: 'LA',
    name: 'the Lao PDR',
    date: '2025-10-25',
    signer: {
      name: 'Vilay Lakhamfong',
      title:
        'General; Deputy Prime Minister and Minister of Public Security of the Lao PDR',
    },
    others: [
      {
        name: 'Thongloun Sisoulith',
        title: 'General Secretary and President of Laos',
        role: 'witness',
      },
    ],
    sources: ['verdragen-parties', 'vientiane-times-laos', 'laotian-times'],
    verification: 'verified',
    notes: [
      'The Vientiane Times wrote that "Laos has joined 63 countries and the European Union"; other counts differ.',
    ],
  },
  {
    party: 'LY',
    name: 'Libya',
    date: '2025-10-25',
    sources: ['verdragen-parties', 'ecofin'],
    verification: 'verified',
  },
  {
    party: 'LU',
    name: 'Luxembourg',
    date: '2025-10-25',
    sources: ['verdragen-parties', 'newshour'],
    verification: 'verified',
  },
  {
    party: 'MY',
    name: 'Malaysia',
    date: '2025-10-25',
    opening:
      'Malaysia signed the UN Convention against Cybercrime in Hanoi, on 25 October 2025 according to the Netherlands Treaty Database; the date is disputed.',
    signerNote:
      'The person who signed is not named: a representative stood in for Home Minister Saifuddin Nasution Ismail, who stayed for the ASEAN Summit (unverified).',
    sources: ['verdragen-parties', 'hanoiconvention-malaysia'],
    verification: 'disputed',
    notes: [
      'The date is disputed: the Netherlands Treaty Database gives 25 October, while Malaysia\'s statement page is dated "Sunday, October 26, 2025" and says "proud and honoured to be among the signatories here today". 26 October may be only the day it was posted.',
    ],
  },
  {
    party: 'MV',
    name: 'the Maldives',
    date: '2025-10-25',
    signer: {
      name: 'Dr Abdulla Khaleel',
      title: 'Minister of Foreign Affairs of the Maldives',
    },
    sources: ['verdragen-parties', 'archive-mv', 'ras-mv', 'psmnews'],
    verification: 'verified',
    notes: ['archive.mv quotes his post on X of 25 October.'],
    relatedEventIds: ['maldives-parliament-approves-2025-10-15'],
  },
  {
    party: 'ML',
    name: 'Mali',
    date: '2025-10-26',
    sources: ['verdragen-parties', 'ecofin'],
    verification: 'verified',
  },
  {
    party: 'MA',
    name: 'Morocco',
    date: '2025-10-25',
    sources: ['verdragen-parties', 'ecofin'],
    verification: 'verified',
  },
  {
    party: 'MZ',
    name: 'Mozambique',
    date: '2025-10-25',
    signerNote:
      'The name of the person who signed was not found; Interior Minister Paulo Chachine was in Hanoi.',
    sources: ['verdragen-parties', 'ecofin'],
    verification: 'verified',
    relatedEventIds: ['quang-mozambique-2025-10-26'],
  },
  {
    party: 'NA',
    name: 'Namibia',
    date: '2025-10-25',
    sources: ['verdragen-parties', 'ecofin'],
    verification: 'verified',
  },
  {
    party: 'NR',
    name: 'Nauru',
    date: '2025-10-25',
    sources: ['verdragen-parties'],
    verification: 'verified',
  },
  {
    party: 'NI',
    name: 'Nicaragua',
    date: '2025-10-25',
    sources: ['verdragen-parties', 'newshour'],
    verification: 'verified',
  },
  {
    party: 'NG',
    name: 'Nigeria',
    date: '2025-10-25',
    sources: ['verdragen-parties', 'ecofin', 'databreaches'],
    verification: 'verified',
  },
  {
    party: 'PW',
    name: 'Palau',
    date: '2025-10-25',
    sources: ['verdragen-parties', 'unidir'],
    verification: 'verified',
    notes: [
      'UNIDIR reports that Palau took part in a roundtable at the signing.',
    ],
  },
  {
    party: 'PS',
    name: 'the State of Palestine',
    date: '2025-10-25',
    signerNote:
      'Riyad Mansour, Permanent Observer to the UN, headed the delegation; that he was the one who signed is not confirmed.',
    others: [
      {
        name: 'Riyad Mansour',
        title:
          'Permanent Observer of the State of Palestine to the UN; head of delegation',
        role: 'guest',
      },
    ],
    sources: ['verdragen-parties', 'hanoiconvention-palestine'],
    verification: 'partly-verified',
  },
  {
    party: 'PG',
    name: 'Papua New Guinea',
    date: '2025-10-25',
    signer: {
      name: 'Steven Matainaho',
      title:
        'Secretary of the Department of Information and Communications Technology of Papua New Guinea',
    },
    more: 'He signed under the authority of Foreign Minister Justin Tkatchenko.',
    sources: ['verdragen-parties', 'nbc-png', 'conven-png'],
    verification: 'verified',
  },
  {
    party: 'PE',
    name: 'Peru',
    date: '2025-10-25',
    sources: ['verdragen-parties', 'efe'],
    verification: 'verified',
  },
  {
    party: 'PH',
    name: 'the Philippines',
    date: '2025-10-25',
    signer: {
      name: 'Henry Rhoel R. Aguda',
      title:
        'Secretary of the Department of Information and Communications Technology of the Philippines',
    },
    sources: ['verdragen-parties', 'rajahtann', 'gma-philippines'],
    verification: 'verified',
  },
  {
    party: 'PL',
    name: 'Poland',
    date: '2025-10-25',
    signer: {
      name: 'Krzysztof Gawkowski',
      title: 'Deputy Prime Minister and Minister of Digital Affairs of Poland',
    },
    sources: ['verdragen-parties', 'gov-pl', 'payload-pl'],
    verification: 'verified',
    relatedEventIds: ['quang-poland-2025-10-27'],
  },
  {
    party: 'PT',
    name: 'Portugal',
    date: '2025-10-25',
    sources: ['verdragen-parties', 'newshour'],
    verification: 'verified',
  },
  {
    party: 'QA',
    name: 'Qatar',
    date: '2025-10-25',
    signer: {
      name: 'Dr Maryam bint Ali bin Nasser Al Misnad',
      title: 'Minister of State for International Cooperation of Qatar',
    },
    sources: ['verdragen-parties', 'qna', 'gulfobserver'],
    verification: 'verified',
    notes: ['QNA dates the Hanoi signing "Oct. 25, 2024", a slip for 2025.'],
    relatedEventIds: ['qatar-ratifies-2026-02'],
  },
  {
    party: 'RU',
    name: 'the Russian Federation',
    short: 'Russia',
    date: '2025-10-25',
    signer: {
      name: 'Alexander Gutsan',
      title: 'Prosecutor General of the Russian Federation',
    },
    more: 'He signed on the instruction of President Putin.',
    sources: ['verdragen-parties', 'tass'],
    verification: 'verified',
    relatedEventIds: ['russia-calls-to-ratify-2025-10-28'],
  },
  {
    party: 'RW',
    name: 'Rwanda',
    date: '2025-10-26',
    sources: ['verdragen-parties', 'ecofin'],
    verification: 'verified',
  },
  {
    party: 'SA',
    name: 'Saudi Arabia',
    date: '2025-10-26',
    signer: {
      name: 'Eng. Majed bin Mohammed Al-Mazyed',
      title: 'Governor of the National Cybersecurity Authority of Saudi Arabia',
    },
    sources: ['verdragen-parties', 'saudi-gazette', 'wenewsenglish'],
    verification: 'verified',
    notes: [
      'The Saudi Gazette says Saudi Arabia "signed on Sunday", which was 26 October.',
    ],
  },
  {
    party: 'SK',
    name: 'Slovakia',
    date: '2025-10-25',
    sources: ['verdragen-parties', 'newshour'],
    verification: 'verified',
  },
  {
    party: 'SI',
    name: 'Slovenia',
    date: '2025-10-25',
    sources: ['verdragen-parties', 'newshour'],
    verification: 'verified',
  },
  {
    party: 'ZA',
    name: 'South Africa',
    date: '2025-10-25',
    signer: {
      name: 'Mmamoloko Tryphosa Kubayi',
      title:
        'Minister of Justice and Constitutional Development, Republic of South Africa',
    },
    sources: ['vovworld', 'itweb', 'ecofin'],
    verification: 'verified',
    notes: [
      'Speaking on 26 October, she said: "As we signed this Convention yesterday…"',
    ],
    relatedEventIds: [
      'ramaphosa-state-visit-2025-10-23',
      'quang-southafrica-2025-10-26',
    ],
  },
  {
    party: 'ES',
    name: 'Spain',
    date: '2025-10-25',
    sources: ['verdragen-parties', 'newshour', 'elderecho'],
    verification: 'verified',
    relatedEventIds: ['spain-authorises-signature-2025-10-21'],
  },
  {
    party: 'LK',
    name: 'Sri Lanka',
    date: '2025-10-25',
    signer: {
      name: 'Waruna Sri Dhanapala',
      title: 'Acting Secretary of the Ministry of Digital Economy of Sri Lanka',
    },
    sources: ['verdragen-parties', 'adaderana-signature', 'adaderana-cabinet'],
    verification: 'verified',
    notes: [
      "Sri Lanka's Cabinet had approved the signature, as Ada Derana reported by 22 October 2025; the day of the decision is not reported.",
      'Sri Lanka\'s Ministry of Digital Economy spoke of "72 UN member states" and the European Union, which would make 73; other counts differ.',
    ],
  },
  {
    party: 'SE',
    name: 'Sweden',
    date: TWO_DAYS,
    sources: ['newshour'],
    verification: 'partly-verified',
    notes: [
      SECOND_DAY_NOTE,
      'The signature rests on a secondary source (newshour.media).',
    ],
  },
  {
    party: 'TH',
    name: 'Thailand',
    date: '2025-10-25',
    signer: {
      name: 'Chaichanok Chidchob',
      title: 'Minister of Digital Economy and Society of Thailand',
    },
    sources: [
      'verdragen-parties',
      'matichon',
      'posttoday',
      'hanoiconvention-thailand',
    ],
    verification: 'verified',
  },
  {
    party: 'TG',
    name: 'Togo',
    date: '2025-10-25',
    sources: ['verdragen-parties', 'ecofin'],
    verification: 'verified',
  },
  {
    party: 'TR',
    name: 'Türkiye',
    date: '2025-10-25',
    signer: { name: 'Yılmaz Tunç', title: 'Minister of Justice of Türkiye' },
    sources: ['verdragen-parties', 'birgun', 'takvim'],
    verification: 'verified',
  },
  {
    party: 'UG',
    name: 'Uganda',
    date: TWO_DAYS,
    title:
      "Uganda's signature of the UN Convention against Cybercrime (disputed)",
    opening:
      "Agence Ecofin, citing UNODC's final list, reports that Uganda signed the UN Convention against Cybercrime in Hanoi on 25 or 26 October 2025 (the day is not known); the Netherlands Treaty Database does not show it.",
    offTheLists: true,
    sources: [
      'ecofin',
      'vns-1728171',
      'verdragen-parties',
      'trend-majlis',
      'report-az-first',
    ],
    verification: 'disputed',
    notes: [
      'Whether Uganda signed in Hanoi is disputed. Agence Ecofin, citing "the final list provided by UNODC", names it among 21 African signatories, and the Ministry of Public Security\'s count of 21 African signatories needs it; but the Netherlands Treaty Database does not show it where its Dutch name, "Oeganda", would stand in the part of its list that could be read.',
      'If Uganda is not the 72nd Hanoi signatory, the 72nd is a state whose Dutch name comes after "Turkije". The only one any source names is the United Arab Emirates, listed among "74 states" by Azerbaijani reports of February 2026 (Trend, Report.az); no Emirati or UN source confirms it, and it is not shown here as a signatory.',
      SECOND_DAY_NOTE,
    ],
  },
  {
    party: 'GB',
    name: 'the United Kingdom',
    date: TWO_DAYS,
    signerNote:
      'The person who signed is not named. Andrew Whittaker delivered the national statement: "I am proud that the United Kingdom has signed the Convention here in Hà Nội".',
    others: [
      {
        name: 'Andrew Whittaker',
        title: 'Cyber Director, Foreign, Commonwealth and Development Office',
        role: 'speaker',
      },
    ],
    sources: ['thenewsintel', 'solicitors-journal', 'newshour'],
    verification: 'partly-verified',
    notes: [SECOND_DAY_NOTE],
  },
  {
    party: 'TZ',
    name: 'the United Republic of Tanzania',
    short: 'Tanzania',
    date: '2025-10-25',
    sources: ['verdragen-parties', 'ecofin'],
    verification: 'verified',
  },
  {
    party: 'UY',
    name: 'Uruguay',
    date: '2025-10-25',
    signerNote:
      'The person who signed is not named; Jorge Díaz, Prosecretario de Presidencia, announced the signature.',
    sources: ['m24', 'efe'],
    verification: 'verified',
    notes: ['M24 dates it "este sábado" (this Saturday), 25 October.'],
  },
  {
    party: 'UZ',
    name: 'Uzbekistan',
    date: '2025-10-25',
    sources: ['verdragen-parties'],
    verification: 'verified',
    notes: [
      "Vietnamese press are said to mention a Speaker of Uzbekistan's lower house among those who attended; he is not named, and that he signed is not confirmed (unverified).",
    ],
  },
  {
    party: 'VE',
    name: 'Venezuela (Bolivarian Republic of)',
    short: 'Venezuela',
    date: '2025-10-25',
    sources: ['efe', 'newshour', 'thesciencedaily'],
    verification: 'partly-verified',
    notes: [
      'The signature rests on secondary sources: the EFE wire of 25 October, newshour.media and thesciencedaily.com.',
    ],
  },
  {
    party: 'VN',
    name: 'Viet Nam',
    date: '2025-10-25',
    signer: { name: 'Lương Tam Quang', title: quangTitle },
    more: 'Viet Nam signed first.',
    sources: ['nld', 'vns-1728121', 'qdnd'],
    verification: 'verified',
    relatedEventIds: ['hanoi-convention-opening-2025-10-25'],
  },
  {
    party: 'ZW',
    name: 'Zimbabwe',
    date: TWO_DAYS,
    sources: ['ecofin', 'vns-1728171'],
    verification: 'partly-verified',
    notes: [
      SECOND_DAY_NOTE,
      'The signature rests on a secondary source: Agence Ecofin, citing the final list provided by UNODC. The 21 African states it names make up the 21 African signatories the Ministry of Public Security counted (Viet Nam News).',
    ],
  },
];

const AFTER_HANOI_PLACE =
  'The place is inferred: after Hanoi, the Convention is open for signature only at UN Headquarters in New York (Article 64).';

const LATER_ROWS: readonly SignatureRow[] = [
  {
    party: 'MU',
    name: 'Mauritius',
    date: '2025-11-19',
    place: 'new-york',
    placeInferred: true,
    sources: ['verdragen-parties', 'fbcnews'],
    verification: 'partly-verified',
    notes: [
      AFTER_HANOI_PLACE,
      "The date is the Netherlands Treaty Database's; no other source for this signature was found.",
      "Mauritius is very likely the 73rd signatory: FBC News reports 73 signatures before Fiji's, the 72 of Hanoi and one more (inferred).",
    ],
  },
  {
    party: 'FJ',
    name: 'Fiji',
    date: ['2025-11-19', '2026-03'],
    place: 'new-york',
    signer: {
      name: 'Filipo Tarakinikini',
      title: 'Ambassador; Permanent Representative of Fiji to the UN',
    },
    sources: ['fbcnews', 'machine-herald', 'verdragen-parties', 'pubt-fiji'],
    verification: 'partly-verified',
    notes: [
      'FBC News: "Fiji is the 74th member of the UN to sign"; "Since October, 73 countries have signed".',
      "The date was not found. The Netherlands Treaty Database's list that already shows Mauritius (19 November 2025) does not show Fiji, and 74 signatories are reported by March 2026 (Machine Herald, a secondary source), so it signed between the two (inferred).",
      'A report that Fiji signed at the Hanoi ceremony is wrong: Fiji\'s Prime Minister told Parliament that 72 parties signed there and spoke of "Fiji\'s Intention to Sign", and FBC News reports the signature in New York.',
    ],
  },
  {
    party: 'CA',
    name: 'Canada',
    date: '2026-07',
    place: 'new-york',
    placeInferred: true,
    opening:
      'News digests report that Canada signed the UN Convention against Cybercrime in July 2026; the place, UN Headquarters in New York, is inferred.',
    signerNote:
      'The person who signed is not named; ministers Anita Anand, Gary Anandasangaree and Sean Fraser announced the signature.',
    sources: ['canada-gac', 'michael-geist', 'hanoiconvention-canada'],
    verification: 'partly-verified',
    notes: [
      'Known from news digests that cite the Global Affairs Canada and Michael Geist pages listed; those pages themselves could not be read.',
      'It was in mid-July 2026; the day was not seen.',
      AFTER_HANOI_PLACE,
      'Canada is described as "joining 76 other signatories", which would make it the 77th (inferred).',
      'Canada did not sign in Hanoi. Its national statement there said that Canadian laws are "compatible with the Convention and would not require modification".',
    ],
  },
];

/** One event per signature: the 72 of Hanoi, then the later ones. */
export const signatureEvents: EventDetail[] = [
  ...HANOI_ROWS,
  ...LATER_ROWS,
].map(toSignatureEvent);
