/**
 * The events of the research: the week of the Hanoi signing and the Baku
 * background (facts.md), every signature (signatures.ts) and the steps
 * around them (milestones.ts), in the order the API serves them.
 */
import type { EventDetail } from '../../src/domain/event';
import { parseWhen, toInstantInterval } from '../../src/domain/when';
import { milestoneEvents } from './milestones';
import {
  hanoi,
  nationalConventionCentre,
  presidentialPalace,
  quangHost,
  toLamTitle,
} from './people';
import { signatureEvents } from './signatures';
import { cite } from './sources';

const morningNote =
  'Held in the morning, local time; the exact hour is not reported.';

const venueNote =
  'Sources say only that the meeting was in Hanoi; it may have been at the National Convention Centre or at the Ministry of Public Security (unverified).';

const nhanDanNote =
  'The Nhan Dan article is known to this project only through a Hindi translation; its date and exact Vietnamese wording were not checked.';

const signatoryCountNote =
  'Signatory counts differ: 65 states on 25 October (UN count, carried by WAM, APP and Mirage; Prime Minister Pham Minh Chinh gave the same figure at the press conference); 64 "States and regional organisations" (Algerian press, APS-based); 69 countries (VIR); 72 states by the close of the Hanoi ceremony (UNODC release; reported by Help Net Security on 27 October and by newshour.media on 29 October).';

const attendanceNote =
  'VietnamPlus\'s "72 countries and international organisations" refers to attendance, not signatures.';

/** The week of the Hanoi signing and the Baku background, from facts.md. */
const weekEvents: EventDetail[] = [
  {
    id: 'unga-adoption-2024-12-24',
    title: 'UN General Assembly adopts the UN Convention against Cybercrime',
    type: 'adoption',
    start: '2024-12-24',
    end: null,
    timeZone: 'America/New_York',
    place: { name: 'UN Headquarters', city: 'New York', country: 'US' },
    parties: ['UN'],
    summary:
      'The UN General Assembly adopted the UN Convention against Cybercrime without a vote, after five years of negotiation. It is the first UN criminal-justice treaty in over 20 years, and its text says it will open for signature in Hanoi in 2025.',
    verification: 'verified',
    participants: [
      {
        name: 'Philémon Yang',
        title: 'President of the UN General Assembly, 79th session',
        party: 'UN',
        role: 'host',
      },
      {
        name: 'António Guterres',
        title: 'Secretary-General of the United Nations',
        party: 'UN',
        role: 'speaker',
      },
    ],
    documents: [
      {
        title:
          'United Nations Convention against Cybercrime; Strengthening International Cooperation for Combating Certain Crimes Committed by Means of Information and Communications Technology Systems and for the Sharing of Evidence in Electronic Form of Serious Crimes',
        kind: 'treaty',
        parties: ['UN'],
        status: 'adopted',
      },
    ],
    quotes: [],
    sources: cite(
      'untc',
      'unis-1183',
      'urdupoint',
      'boomlive',
      'cbcgdf',
      'tgstat-mfa-russia',
    ),
    notes: [
      'The General Assembly adopted it by resolution 79/243, at its 55th plenary meeting (UN Treaty Collection).',
      'The full title of the convention is the one given in the Russian Foreign Ministry\'s summary; its informal name is the "Hanoi Convention".',
      'The General Assembly (193 members) adopted the text without a vote. "Over 150 UN member states" is UNODC\'s count of the states that took part in the negotiations, not a vote count.',
    ],
    relatedEventIds: [
      'signature-opening-notified-2025-05-13',
      'hanoi-convention-opening-2025-10-25',
      'hanoi-convention-day2-2025-10-26',
    ],
  },
  {
    id: 'mps-az-baku-agreements-2025-05',
    title: "Agreements reported from Quang's May 2025 visit to Baku",
    type: 'agreement',
    start: '2025-05',
    end: null,
    timeZone: 'Asia/Baku',
    place: { name: 'Baku (venue not reported)', city: 'Baku', country: 'AZ' },
    parties: ['AZ', 'VN'],
    summary:
      'In October 2025, Vietnamese media reported that Minister of Public Security Lương Tam Quang\'s visit to Baku in May 2025 produced "many important agreements between the two ministries". No title, date, Azerbaijani counterpart or signing ceremony has been found.',
    verification: 'unverified',
    participants: [{ ...quangHost, role: 'guest' }],
    documents: [
      {
        title:
          "Agreements between Vietnam's Ministry of Public Security and an Azerbaijani counterpart (title, date and signatories not found)",
        kind: 'other',
        parties: ['VN', 'AZ'],
        status: 'reached',
      },
    ],
    quotes: [],
    sources: cite('tienphong', 'vns-1728164'),
    notes: [
      'Known only from October 2025 reports (Tien Phong, Viet Nam News); no May 2025 report of these agreements was found.',
      'No title, date, Azerbaijani counterpart or signing ceremony was found, so this is shown as agreements reached in May 2025, not as a dated signing. Whether any document was actually signed in Baku is not known.',
      'No such document appears in the lists of documents exchanged in Baku on 7 May 2025.',
      'The exact day is unknown: the Vietnamese delegation, which included Quang, was in Baku on 7–8 May 2025.',
      'Viet Nam News (English) speaks of "agreements reached between the two ministries during Quang\'s visit to Baku in May this year".',
      'Azerbaijan\'s State Security Service is a service, not a ministry, so "the two ministries" may be loose wording, or it may refer to Azerbaijan\'s Ministry of Internal Affairs.',
    ],
    relatedEventIds: [
      'baku-state-visit-2025-05-07',
      'vn-az-documents-2025-05-07',
      'vn-az-strategic-partnership-2025-05-07',
      'quang-azerbaijan-2025-10-26',
    ],
  },
  {
    id: 'baku-state-visit-2025-05-07',
    title: "General Secretary To Lam's state visit to Azerbaijan",
    type: 'state-visit',
    start: '2025-05-07',
    end: '2025-05-08',
    timeZone: 'Asia/Baku',
    place: {
      name: 'Presidential Palace and Heydar Aliyev International Airport',
      city: 'Baku',
      country: 'AZ',
    },
    parties: ['AZ', 'VN'],
    summary:
      'The first visit to Azerbaijan by a General Secretary of the Communist Party of Vietnam since diplomatic ties began on 23 September 1992. To Lam arrived on the afternoon of 7 May for an official welcome, talks, the signing and exchange of documents and press statements; on 8 May he met Prime Minister Ali Asadov and Speaker Sahiba Gafarova, then left for Russia that afternoon. Baku was the second stop of a 5–12 May tour of Kazakhstan, Azerbaijan, Russia and Belarus.',
    verification: 'verified',
    participants: [
      { name: 'To Lam', title: toLamTitle, party: 'VN', role: 'guest' },
      {
        name: 'Ngo Phuong Ly',
        title: 'Spouse of General Secretary To Lam',
        party: 'VN',
        role: 'guest',
      },
      {
        name: 'Ilham Aliyev',
        title: 'President of Azerbaijan',
        party: 'AZ',
        role: 'host',
      },
      {
        name: 'Ali Asadov',
        title: 'Prime Minister of Azerbaijan',
        party: 'AZ',
        role: 'host',
      },
      {
        name: 'Sahiba Gafarova',
        title: 'Speaker of the Parliament of Azerbaijan',
        party: 'AZ',
        role: 'host',
      },
      { ...quangHost, role: 'guest' },
      {
        name: 'Phan Van Giang',
        title: 'General; Minister of National Defence of Vietnam',
        party: 'VN',
        role: 'guest',
      },
      {
        name: 'Bui Thanh Son',
        title:
          'Deputy Prime Minister and Minister of Foreign Affairs of Vietnam',
        party: 'VN',
        role: 'guest',
      },
    ],
    documents: [],
    quotes: [],
    sources: cite('vns-1717244', 'vns-1717245', 'vns-1717331', 'znews-1551071'),
    notes: [
      'One report (oc-media.org) dates the arrival to "Thursday", but 7 May 2025 was a Wednesday, as AZERTAC says.',
      'The Vietnamese delegation had further members besides those listed here.',
    ],
    relatedEventIds: [
      'mps-az-baku-agreements-2025-05',
      'vn-az-documents-2025-05-07',
      'vn-az-strategic-partnership-2025-05-07',
      'quang-azerbaijan-2025-10-26',
    ],
  },
  {
    id: 'vn-az-documents-2025-05-07',
    title: 'Vietnam and Azerbaijan exchange cooperation documents in Baku',
    type: 'agreement',
    start: '2025-05-07',
    end: null,
    timeZone: 'Asia/Baku',
    place: presidentialPalace,
    parties: ['AZ', 'VN'],
    summary:
      "In the presence of To Lam and Ilham Aliyev, the two sides exchanged seven cooperation documents besides the Joint Statement: an energy MoU, a defence document, a justice cooperation programme for 2025–2027, a Petrovietnam MoU, an MoU on crude-oil supply to the Dung Quat refinery, a science and digital MoU and a culture MoU. No document of Vietnam's Ministry of Public Security with Azerbaijan's State Security Service or Ministry of Internal Affairs appears in the lists found.",
    verification: 'partly-verified',
    participants: [
      { name: 'To Lam', title: toLamTitle, party: 'VN', role: 'witness' },
      {
        name: 'Ilham Aliyev',
        title: 'President of Azerbaijan',
        party: 'AZ',
        role: 'witness',
      },
      {
        name: 'Parviz Shahbazov',
        title: 'Minister of Energy of Azerbaijan',
        party: 'AZ',
        role: 'host',
      },
      {
        name: 'Nguyen Hoang Long',
        title: 'Deputy Minister of Industry and Trade of Vietnam',
        party: 'VN',
        role: 'guest',
      },
      {
        name: 'Zakir Hasanov',
        title: 'Colonel General; Minister of Defence of Azerbaijan',
        party: 'AZ',
        role: 'host',
      },
      {
        name: 'Phan Van Giang',
        title: 'General; Minister of National Defence of Vietnam',
        party: 'VN',
        role: 'guest',
      },
      {
        name: 'Farid Ahmadov',
        title: 'Ministry of Justice of Azerbaijan (title not found)',
        party: 'AZ',
        role: 'host',
      },
      {
        name: 'Nguyen Hai Ninh',
        title: 'Ministry of Justice of Vietnam (title not found)',
        party: 'VN',
        role: 'guest',
      },
      {
        name: 'Mikayil Jabbarov',
        title: 'Minister of Economy of Azerbaijan',
        party: 'AZ',
        role: 'host',
      },
    ],
    documents: [
      {
        title:
          'Joint Statement on the Establishment of a Strategic Partnership between the Socialist Republic of Vietnam and the Republic of Azerbaijan',
        kind: 'joint-statement',
        parties: ['VN', 'AZ'],
        status: 'adopted',
      },
      {
        title:
          "MoU on cooperation in the energy sector (Azerbaijan's Ministry of Energy and Vietnam's Ministry of Industry and Trade)",
        kind: 'mou',
        parties: ['VN', 'AZ'],
        status: 'exchanged',
      },
      {
        title:
          'Defence document of the two defence ministries (Letter of Intent per VNA and Viet Nam News; MoU on defence cooperation per AZERTAC)',
        kind: 'letter-of-intent',
        parties: ['VN', 'AZ'],
        status: 'exchanged',
      },
      {
        title:
          'Cooperation Programme 2025–2027 between the two Ministries of Justice',
        kind: 'programme',
        parties: ['VN', 'AZ'],
        status: 'exchanged',
      },
      {
        title:
          'MoU on oil and gas exploration and production, technical services and training (Petrovietnam)',
        kind: 'mou',
        parties: ['VN', 'AZ'],
        status: 'exchanged',
      },
      {
        title:
          'MoU on long-term crude-oil supply to the Dung Quat refinery (Binh Son Refining & Petrochemical JSC, PV OIL and SOCAR Trading Singapore)',
        kind: 'mou',
        parties: ['VN', 'AZ'],
        status: 'exchanged',
      },
      {
        title:
          "MoU between Vietnam's Ministry of Science and Technology and Azerbaijan's Ministry of Digital Development and Transport",
        kind: 'mou',
        parties: ['VN', 'AZ'],
        status: 'exchanged',
      },
      {
        title:
          "MoU between Vietnam's Ministry of Culture, Sports and Tourism and Azerbaijan's Ministry of Culture",
        kind: 'mou',
        parties: ['VN', 'AZ'],
        status: 'exchanged',
      },
    ],
    quotes: [],
    sources: cite('vietnamplus-1037208', 'vns-1717250', 'azertag-de'),
    notes: [
      'The type of the defence document is disputed: AZERTAC calls it a Memorandum of Understanding on defence cooperation, while VNA and Viet Nam News call it a Letter of Intent. It is listed here as a Letter of Intent.',
      "The oil and gas MoU's counterparty differs: Vietnamese sources name Petrovietnam and Azerbaijan's Ministry of Economy, while AZERTAC frames it as a SOCAR–Petrovietnam MoU exchanged by Economy Minister Mikayil Jabbarov.",
      "The Dung Quat MoU was exchanged by Binh Son Refining & Petrochemical JSC and Azerbaijan's Ministry of Economy.",
      'The AZERTAC excerpt seen was cut off after the fifth document.',
      'Farid Ahmadov and Nguyen Hai Ninh exchanged the justice programme; their titles were not found.',
      "No document of Vietnam's Ministry of Public Security with Azerbaijan's State Security Service or Ministry of Internal Affairs appears in the lists seen.",
    ],
    relatedEventIds: [
      'mps-az-baku-agreements-2025-05',
      'baku-state-visit-2025-05-07',
      'vn-az-strategic-partnership-2025-05-07',
      'quang-azerbaijan-2025-10-26',
    ],
  },
  {
    id: 'vn-az-strategic-partnership-2025-05-07',
    title: 'Vietnam and Azerbaijan establish a Strategic Partnership',
    type: 'agreement',
    start: '2025-05-07',
    end: null,
    timeZone: 'Asia/Baku',
    place: presidentialPalace,
    parties: ['AZ', 'VN'],
    summary:
      'To Lam and Ilham Aliyev set up a Strategic Partnership with a Joint Statement on the Establishment of a Strategic Partnership between the Socialist Republic of Vietnam and the Republic of Azerbaijan. Their talks covered energy, investment, culture, and "security, defense, and combating cybercrime", in the words of the Azerbaijani presidency.',
    verification: 'verified',
    participants: [
      { name: 'To Lam', title: toLamTitle, party: 'VN', role: 'guest' },
      {
        name: 'Ilham Aliyev',
        title: 'President of Azerbaijan',
        party: 'AZ',
        role: 'host',
      },
    ],
    documents: [
      {
        title:
          'Joint Statement on the Establishment of a Strategic Partnership between the Socialist Republic of Vietnam and the Republic of Azerbaijan',
        kind: 'joint-statement',
        parties: ['VN', 'AZ'],
        status: 'adopted',
      },
    ],
    quotes: [],
    sources: cite('vnanet-396755', 'azertag-fr', 'einpresswire'),
    notes: [
      'The Joint Statement is described as "adopted/signed" by To Lam and Ilham Aliyev.',
    ],
    relatedEventIds: [
      'mps-az-baku-agreements-2025-05',
      'baku-state-visit-2025-05-07',
      'vn-az-documents-2025-05-07',
      'quang-azerbaijan-2025-10-26',
    ],
  },
  {
    id: 'ramaphosa-state-visit-2025-10-23',
    title: "South African President Ramaphosa's state visit to Vietnam",
    type: 'state-visit',
    start: '2025-10-23',
    end: '2025-10-24',
    timeZone: 'Asia/Ho_Chi_Minh',
    place: hanoi,
    parties: ['VN', 'ZA'],
    summary:
      'President Matamela Cyril Ramaphosa made the first visit to Vietnam by a South African president in 18 years. The two sides began the process of upgrading ties to a Strategic Partnership. Justice Minister Mmamoloko Tryphosa Kubayi, part of his delegation, stayed on for the Hanoi Convention.',
    verification: 'verified',
    participants: [
      {
        name: 'Matamela Cyril Ramaphosa',
        title: 'President of South Africa',
        party: 'ZA',
        role: 'guest',
      },
      {
        name: 'Luong Cuong',
        title: 'President of Vietnam',
        party: 'VN',
        role: 'host',
      },
      {
        name: 'Mmamoloko Tryphosa Kubayi',
        title:
          'Minister of Justice and Constitutional Development, Republic of South Africa',
        party: 'ZA',
        role: 'guest',
      },
    ],
    documents: [],
    quotes: [],
    sources: cite(
      'vns-1727930',
      'vietnamplus-331140',
      'south-africa-political-times',
    ),
    notes: [],
    relatedEventIds: [
      'signature-za-2025-10-25',
      'quang-southafrica-2025-10-26',
    ],
  },
  {
    id: 'quang-unodc-2025-10-25',
    title: 'Quang meets UNODC Executive Director Ghada Waly',
    type: 'bilateral-meeting',
    start: '2025-10-25',
    end: null,
    timeZone: 'Asia/Ho_Chi_Minh',
    place: hanoi,
    parties: ['VN', 'UNODC'],
    summary:
      'Minister of Public Security Lương Tam Quang called the convention the broadest and most comprehensive instrument on cyberspace to date. He welcomed the idea of a UNODC regional centre against cybercrime based in Vietnam.',
    verification: 'verified',
    participants: [
      quangHost,
      {
        name: 'Ghada Waly',
        title: 'UN Under-Secretary-General; Executive Director of UNODC',
        party: 'UNODC',
        role: 'guest',
      },
    ],
    documents: [],
    quotes: [],
    sources: cite('vietnamplus-331225', 'vnanet-412672'),
    notes: [
      'Held in the afternoon, local time; the exact hour is not reported.',
    ],
    relatedEventIds: [],
  },
  {
    id: 'hanoi-convention-opening-2025-10-25',
    title: 'UN Convention against Cybercrime opens for signature in Hanoi',
    type: 'ceremony',
    start: '2025-10-25T09:00:00+07:00',
    end: null,
    timeZone: 'Asia/Ho_Chi_Minh',
    place: nationalConventionCentre,
    parties: ['VN', 'UN', 'UNODC', 'LA'],
    summary:
      'The signing ceremony opened under the theme "Countering Cybercrime – Sharing Responsibility – Securing our Future"; Vietnam signed first, and the UN Office of Legal Affairs ran the signing. The UN counted 65 states signing on the first day; 19 national statements were heard in the afternoon, and Prime Minister Pham Minh Chinh and UN Secretary-General António Guterres then held a press conference.',
    verification: 'partly-verified',
    participants: [
      {
        name: 'Luong Cuong',
        title: 'President of Vietnam',
        party: 'VN',
        role: 'host',
      },
      {
        name: 'António Guterres',
        title: 'Secretary-General of the United Nations',
        party: 'UN',
        role: 'speaker',
      },
      {
        name: 'Pham Minh Chinh',
        title: 'Prime Minister of Vietnam',
        party: 'VN',
        role: 'speaker',
      },
      { name: 'To Lam', title: toLamTitle, party: 'VN', role: 'speaker' },
      {
        name: 'Ghada Waly',
        title: 'UN Under-Secretary-General; Executive Director of UNODC',
        party: 'UNODC',
        role: 'guest',
      },
      {
        name: 'Thongloun Sisoulith',
        title: 'General Secretary and President of Laos (guest of honour)',
        party: 'LA',
        role: 'guest',
      },
    ],
    documents: [],
    quotes: [
      {
        text: 'powerful, legally binding instrument',
        speaker: 'António Guterres',
        sourceId: 'wam',
      },
    ],
    sources: cite(
      'vnanet-412565',
      'vnanet-412581',
      'vns-1728082',
      'vir',
      'wam',
      'app',
      'miragenews',
      'vientiane-times-press-conference',
      'cresus',
      'helpnetsecurity',
      'newshour',
      'baoquocte',
      'qdnd',
    ),
    notes: [
      signatoryCountNote,
      attendanceNote,
      'Attendance is reported as over 1,000 delegates from more than 110 national and international delegations (VIR) or about 110 countries (VNA); the delegations and signatory states are not listed individually here.',
      'The theme is VNA\'s official English wording; other translations exist, such as "Combating Cybercrime – Sharing Responsibility – Looking to the Future" (Baoquocte).',
      'Luong Cuong chaired the ceremony; Pham Minh Chinh and António Guterres co-chaired the plenary. The high-level speeches of To Lam, Luong Cuong and Pham Minh Chinh are reported by VIR.',
    ],
    relatedEventIds: [
      'unga-adoption-2024-12-24',
      'signature-opening-notified-2025-05-13',
      'road-to-hanoi-2025-09-22',
      'signature-vn-2025-10-25',
      'hanoi-convention-day2-2025-10-26',
    ],
  },
  {
    id: 'hanoi-convention-day2-2025-10-26',
    title: 'Hanoi Convention high-level conference, day 2',
    type: 'ceremony',
    start: '2025-10-26',
    end: null,
    timeZone: 'Asia/Ho_Chi_Minh',
    place: nationalConventionCentre,
    parties: ['VN', 'UN'],
    summary:
      'The plenary of the high-level conference continued, and 62 countries and organisations joined the discussions (VIR). By the close of the Hanoi ceremony the count reached 72 signatory states (UNODC), though figures differ.',
    verification: 'partly-verified',
    participants: [
      {
        name: 'Pham The Tung',
        title:
          'Senior Lieutenant General; Deputy Minister of Public Security of Vietnam',
        party: 'VN',
        role: 'speaker',
      },
    ],
    documents: [],
    quotes: [],
    sources: cite(
      'vir',
      'helpnetsecurity',
      'cand-highlights',
      'cand-solidarity',
      'vns-1728171',
      'newshour',
    ),
    notes: [
      signatoryCountNote,
      attendanceNote,
      'newshour.media\'s headline says 72 states "ratify" the convention; these were signatures, not ratifications.',
      'At the plenary, Pham The Tung gave the number of signatories as 69 (CAND).',
      'A press conference of the Ministry of Public Security and the Ministry of Foreign Affairs announced 72 signatories, 64 of whom "signed during the in-session ceremony" of 25 October (CAND, Viet Nam News).',
      'The Ministry of Public Security counted 19 signatories from Asia and the Pacific, 21 from Africa, 19 from Europe plus the European Union, and 12 from Latin America (Viet Nam News). The list of signatures shown here does not split exactly that way; the grouping used is not stated.',
    ],
    relatedEventIds: [
      'unga-adoption-2024-12-24',
      'hanoi-convention-opening-2025-10-25',
      'unodc-counts-72-signatories-2025-10-27',
      'quang-algeria-2025-10-26',
      'quang-azerbaijan-2025-10-26',
      'quang-ericsson-2025-10-26',
      'quang-iran-2025-10-26',
      'quang-mozambique-2025-10-26',
      'quang-southafrica-2025-10-26',
    ],
  },
  {
    id: 'quang-algeria-2025-10-26',
    title: "Quang meets Algeria's Lounès Magramane",
    type: 'bilateral-meeting',
    start: '2025-10-26',
    end: null,
    dateUncertain: true,
    timeZone: 'Asia/Ho_Chi_Minh',
    place: hanoi,
    parties: ['VN', 'DZ'],
    summary:
      "Minister of Public Security Lương Tam Quang received Lounès Magramane, Secretary General of Algeria's Ministry of Foreign Affairs, National Community Abroad and African Affairs. The only report found is the Nhan Dan article (known here through a Hindi translation); what was discussed is not known.",
    verification: 'unverified',
    participants: [
      quangHost,
      {
        name: 'Lounès Magramane',
        title:
          'Secretary General of the Ministry of Foreign Affairs, National Community Abroad and African Affairs of Algeria',
        party: 'DZ',
        role: 'guest',
      },
    ],
    documents: [],
    quotes: [],
    sources: cite('nhandan', 'djazairess'),
    notes: [
      "The date is inferred, not reported: the Nhan Dan article puts the meeting on the same day as Quang's other meetings, and Magramane was in Hanoi on 25–26 October (Djazairess), but the meeting is not in the VNA, Viet Nam News or Znews lists of the 26 October morning meetings.",
      'The Nhan Dan article was not retrieved; Djazairess only attests that Magramane was in Hanoi.',
      nhanDanNote,
      venueNote,
      'The name is also spelled "Lounes" or "Lounas Magramane".',
    ],
    relatedEventIds: [
      'algeria-signs-2025-10-25',
      'hanoi-convention-day2-2025-10-26',
    ],
  },
  {
    id: 'quang-azerbaijan-2025-10-26',
    title: "Quang meets Azerbaijan's security chief Ali Naghiyev",
    type: 'bilateral-meeting',
    additionalTypes: ['agreement'],
    start: '2025-10-26',
    end: null,
    timeZone: 'Asia/Ho_Chi_Minh',
    place: hanoi,
    parties: ['VN', 'AZ'],
    summary:
      "Lương Tam Quang cited the upgrade of relations to a Strategic Partnership and the agreements reached between the two ministries in Baku in May 2025; the two sides agreed to exchange delegations and information and to widen operational channels against transnational crime, terrorism and drugs. According to Tien Phong's headline, Vietnam's Ministry of Public Security and Azerbaijan's State Security Service signed a cooperation agreement, whose exact title was not found.",
    verification: 'partly-verified',
    participants: [
      quangHost,
      {
        name: 'Ali Naghiyev',
        title:
          'Colonel General; Chief of the State Security Service of the Republic of Azerbaijan',
        party: 'AZ',
        role: 'guest',
      },
    ],
    documents: [
      {
        title:
          "Cooperation agreement between Vietnam's Ministry of Public Security and Azerbaijan's State Security Service (exact title not found)",
        kind: 'agreement',
        parties: ['VN', 'AZ'],
        status: 'signed',
      },
    ],
    quotes: [],
    sources: cite('tienphong', 'vns-1728164', 'vnanet-412756', 'nhandan'),
    notes: [
      morningNote,
      "The meeting is verified; that an agreement was signed rests on Tien Phong's headline, and the agreement's exact title was not found.",
      "The Nhan Dan article says Quang and Naghiyev signed the agreement; Tien Phong's headline names the two bodies, not the signatories.",
      'The May 2025 Baku agreements that Quang cited are themselves unverified: no title, date, counterpart or signing ceremony was found.',
      'Tien Phong spells the name "Ali Nagiyev"; in Azerbaijani it is Əli Nağıyev.',
      nhanDanNote,
      venueNote,
    ],
    relatedEventIds: [
      'signature-az-2025-10-25',
      'mps-az-baku-agreements-2025-05',
      'baku-state-visit-2025-05-07',
      'vn-az-documents-2025-05-07',
      'vn-az-strategic-partnership-2025-05-07',
      'hanoi-convention-day2-2025-10-26',
    ],
  },
  {
    id: 'quang-ericsson-2025-10-26',
    title: "Quang meets Ericsson's Rita Mokbel (also reported as Mikbel)",
    type: 'bilateral-meeting',
    start: '2025-10-26',
    end: null,
    timeZone: 'Asia/Ho_Chi_Minh',
    place: hanoi,
    parties: ['VN', 'ERICSSON'],
    summary:
      'Lương Tam Quang held a courtesy and working meeting with the President and CEO of Ericsson for Vietnam, Laos, Cambodia and Myanmar. What was discussed was not found.',
    verification: 'partly-verified',
    participants: [
      quangHost,
      {
        name: 'Rita Mokbel (also reported as Mikbel)',
        title:
          'President and CEO, Ericsson for Vietnam, Laos, Cambodia and Myanmar',
        party: 'ERICSSON',
        role: 'guest',
      },
    ],
    documents: [],
    quotes: [],
    sources: cite('znews-1597081', 'vnanet-412756', 'nhandan'),
    notes: [
      morningNote,
      'The spelling of her name is disputed: the Nhan Dan article (in its Hindi translation) gives "Rita Mokbel", while VNA, Znews and VNA\'s Spanish service give "Rita Mikbel". No Ericsson source was found, so neither spelling is verified.',
      'Ericsson (Telefonaktiebolaget LM Ericsson) is a Swedish company; the meeting was with its unit for Vietnam, Laos, Cambodia and Myanmar.',
      nhanDanNote,
      venueNote,
    ],
    relatedEventIds: ['hanoi-convention-day2-2025-10-26'],
  },
  {
    id: 'quang-iran-2025-10-26',
    title: "Quang meets Iran's Deputy Foreign Minister Vahid Jalalzadeh",
    type: 'bilateral-meeting',
    start: '2025-10-26',
    end: null,
    timeZone: 'Asia/Ho_Chi_Minh',
    place: hanoi,
    parties: ['VN', 'IR'],
    summary:
      "Lương Tam Quang held a bilateral meeting with Vahid Jalalzadeh, Iran's Deputy Foreign Minister for Consular, Parliamentary and Iranian Expatriates Affairs. In his Hanoi speech, Jalalzadeh said unilateral sanctions obstruct cooperation against cybercrime; Iran signed the convention.",
    verification: 'verified',
    participants: [
      quangHost,
      {
        name: 'Vahid Jalalzadeh',
        title:
          'Deputy Minister of Foreign Affairs of Iran for Consular, Parliamentary and Iranian Expatriates Affairs',
        party: 'IR',
        role: 'guest',
      },
    ],
    documents: [],
    quotes: [],
    sources: cite('vnanet-412756', 'wana', 'newshour', 'nhandan'),
    notes: [
      morningNote,
      "What was said at the meeting itself was not seen; the remarks on sanctions come from Jalalzadeh's Hanoi statement (WANA, 27 October).",
      'newshour.media\'s headline says 72 states "ratify" the convention; these were signatures, not ratifications.',
      nhanDanNote,
      venueNote,
    ],
    relatedEventIds: [
      'signature-ir-2025-10-25',
      'hanoi-convention-day2-2025-10-26',
    ],
  },
  {
    id: 'quang-mozambique-2025-10-26',
    title: "Quang meets Mozambique's Interior Minister Paulo Chachine",
    type: 'bilateral-meeting',
    start: '2025-10-26',
    end: null,
    timeZone: 'Asia/Ho_Chi_Minh',
    place: hanoi,
    parties: ['VN', 'MZ'],
    summary:
      "Lương Tam Quang and Paulo Chachine reviewed cooperation since the 2019 Extradition Agreement and Agreement on Transfer of Sentenced Persons, both signed during To Lam's 2019 visit to Mozambique as Minister of Public Security; joint training since then has covered anti-riot work, explosives handling, hostage rescue and sniper skills. They agreed to use the Hanoi Convention's mechanisms for electronic evidence and investigative support.",
    verification: 'verified',
    participants: [
      quangHost,
      {
        name: 'Paulo Chachine',
        title: 'Minister of the Interior of the Republic of Mozambique',
        party: 'MZ',
        role: 'guest',
      },
    ],
    documents: [],
    quotes: [],
    sources: cite('vnanet-412766', 'vns-1728164', 'znews-1597081', 'nhandan'),
    notes: [
      morningNote,
      'No Mozambican source was found; the meeting is known from Vietnamese media.',
      nhanDanNote,
      venueNote,
    ],
    relatedEventIds: [
      'signature-mz-2025-10-25',
      'hanoi-convention-day2-2025-10-26',
    ],
  },
  {
    id: 'quang-southafrica-2025-10-26',
    title: "Quang meets South Africa's Justice Minister Mmamoloko Kubayi",
    type: 'bilateral-meeting',
    start: '2025-10-26',
    end: null,
    timeZone: 'Asia/Ho_Chi_Minh',
    place: hanoi,
    parties: ['VN', 'ZA'],
    summary:
      'Lương Tam Quang and Mmamoloko Tryphosa Kubayi noted ties since 1993 and INTERPOL cooperation on wildlife crime, and pushed for the early signing of agreements on extradition, transfer of sentenced persons and crime-prevention cooperation and of an MoU on illegal wildlife trafficking. Quang described the convention as "adopted by over 150 countries".',
    verification: 'partly-verified',
    participants: [
      quangHost,
      {
        name: 'Mmamoloko Tryphosa Kubayi',
        title:
          'Minister of Justice and Constitutional Development, Republic of South Africa',
        party: 'ZA',
        role: 'guest',
      },
    ],
    documents: [
      {
        title: 'Extradition Agreement',
        kind: 'agreement',
        parties: ['VN', 'ZA'],
        status: 'pending',
      },
      {
        title: 'Transfer of Sentenced Persons Agreement',
        kind: 'agreement',
        parties: ['VN', 'ZA'],
        status: 'pending',
      },
      {
        title: 'Crime-Prevention Cooperation Agreement',
        kind: 'agreement',
        parties: ['VN', 'ZA'],
        status: 'pending',
      },
      {
        title: 'MoU on illegal wildlife trafficking',
        kind: 'mou',
        parties: ['VN', 'ZA'],
        status: 'pending',
      },
    ],
    quotes: [
      {
        text: 'adopted by over 150 countries',
        speaker: 'Lương Tam Quang',
        sourceId: 'vietnam-vn-de-south-africa',
      },
    ],
    sources: cite(
      'vietnam-vn-de-south-africa',
      'vietnam-vn-id-south-africa',
      'znews-1597081',
      'nhandan',
    ),
    notes: [
      morningNote,
      'The content of the meeting, including the quotation, is known from the vietnam.vn machine translations (German and Indonesian), a secondary source.',
      'Fact check on "over 150 countries": the UN General Assembly (193 members) adopted the convention without a vote; "over 150 UN member states" is UNODC\'s count of the states that took part in the negotiations. The Nhan Dan article\'s "approved unanimously by more than 150 countries" repeats Quang\'s framing and is not an official vote count.',
      'Vietnamese press misspell the minister\'s name as "Mmamiloko T. Kubayi".',
      nhanDanNote,
      venueNote,
    ],
    relatedEventIds: [
      'signature-za-2025-10-25',
      'ramaphosa-state-visit-2025-10-23',
      'hanoi-convention-day2-2025-10-26',
    ],
  },
  {
    id: 'quang-poland-2025-10-27',
    title: "Quang meets Poland's Deputy PM Krzysztof Gawkowski",
    type: 'bilateral-meeting',
    additionalTypes: ['agreement'],
    start: '2025-10-27',
    end: null,
    timeZone: 'Asia/Ho_Chi_Minh',
    place: hanoi,
    parties: ['VN', 'PL'],
    summary:
      "Lương Tam Quang met Krzysztof Gawkowski, Poland's Deputy Prime Minister and Minister of Digital Affairs. An MoU on cybersecurity cooperation between Vietnam's Ministry of Public Security and Poland's Ministry of Digital Affairs was signed during Gawkowski's visit to Hanoi.",
    verification: 'verified',
    participants: [
      quangHost,
      {
        name: 'Krzysztof Gawkowski',
        title:
          'Deputy Prime Minister and Minister of Digital Affairs of Poland',
        party: 'PL',
        role: 'guest',
      },
    ],
    documents: [
      {
        title:
          "MoU on cybersecurity cooperation between Vietnam's Ministry of Public Security and Poland's Ministry of Digital Affairs",
        kind: 'mou',
        parties: ['VN', 'PL'],
        status: 'signed',
      },
    ],
    quotes: [],
    sources: cite(
      'vns-1728272',
      'vnanet-412871',
      'vietnam-vn-de-poland',
      'gov-pl',
    ),
    notes: [
      'The Polish government reports the MoU signed during Gawkowski\'s visit to Hanoi (28 October 2025). Viet Nam News says it "will sign during this visit"; the vietnam.vn translation of a Nhan Dan report says it was signed at the meeting.',
      "The MoU's signing is dated 27 or 28 October 2025; the meeting was on 27 October.",
    ],
    relatedEventIds: ['signature-pl-2025-10-25'],
  },
];

function firstInstant(event: EventDetail): number {
  const start = parseWhen(event.start);
  if (!start) throw new Error(`Event ${event.id} has an invalid start`);
  return toInstantInterval(start, null, event.timeZone).start;
}

/** Every event, sorted by start, then id, as the API lists them. */
export const events: EventDetail[] = [
  ...weekEvents,
  ...signatureEvents,
  ...milestoneEvents,
]
  .map((event) => ({ event, at: firstInstant(event) }))
  .sort(
    (a, b) =>
      a.at - b.at ||
      (a.event.id < b.event.id ? -1 : a.event.id > b.event.id ? 1 : 0),
  )
  .map(({ event }) => event);
