/**
 * Every source the events cite, once, by id. Each URL is one of the research
 * sheets', character for character. The sheets recorded few headlines, so a
 * title says what the page is, in English, from what the sheets say it
 * contains; it quotes a headline only where one was recorded (Nhan Dan's).
 * The publisher is the site's own name where the sheets give it, else its
 * address.
 */
import type { Source } from '../../src/domain/event';

type Entry = Omit<Source, 'id'>;

const entry = (
  publisher: string,
  title: string,
  url: string,
  language: string,
): Entry => ({ title, publisher, url, language });

const SOURCES = {
  // The depositary, the mirror of its data, and the lists the rows share.
  untc: entry(
    'United Nations Treaty Collection',
    'Status of the Convention (chapter XVIII-16): signatories and their dates',
    'https://treaties.un.org/doc/Publication/MTDSG/Volume%20II/Chapter%20XVIII/XVIII-16.en.xml',
    'en',
  ),
  'verdragen-parties': entry(
    'Netherlands Treaty Database (Verdragenbank)',
    'Treaty 013891: the parties and their signature dates',
    'https://verdragen.nl/nl/Verdrag/Details/013891_p.html',
    'nl',
  ),
  'verdragen-reservations': entry(
    'Netherlands Treaty Database (Verdragenbank)',
    'Treaty 013891: reservations and declarations',
    'https://www.verdragen.nl/nl/Verdrag/Details/013891_b',
    'nl',
  ),
  ecofin: entry(
    'Agence Ecofin',
    'Report on the 21 African signatories in the final list provided by UNODC',
    'http://www.ecofinagency.com/news-digital/2710-49864-at-hanoi-forum-21-african-nations-sign-on-to-un-cyber-treaty',
    'en',
  ),
  newshour: entry(
    'newshour.media',
    'Report on the 72 Hanoi signatories and the states that did not sign',
    'https://newshour.media/2025/10/29/in-hanoi-72-states-ratify-the-un-convention-on-cybercrime',
    'en',
  ),
  efe: entry(
    'ABC Color (EFE)',
    'EFE wire report of 25 October on the first signatories, citing the UN',
    'https://www.abc.com.py/internacionales/2025/10/25/mas-de-60-paises-firman-en-vietnam-la-convencion-de-la-onu-contra-el-cibercrimen/',
    'es',
  ),

  // Signatures, row by row.
  algerie360: entry(
    'Algérie360',
    "Report on Lounès Magramane signing the Convention on Algeria's behalf",
    'https://www.algerie360.com/hanoi-magramane-signe-la-convention-de-lonu-sur-la-cybercriminalite-au-nom-de-lalgerie/',
    'fr',
  ),
  echorouk: entry(
    'Echorouk',
    "Report on Algeria's signature",
    'https://www.echoroukonline.com/%D8%A7%D9%84%D8%AC%D8%B2%D8%A7%D8%A6%D8%B1-%D8%AA%D9%88%D9%82%D8%B9-%D8%B9%D9%84%D9%89-%D9%85%D8%B9%D8%A7%D9%87%D8%AF%D8%A9-%D8%A7%D9%84%D8%A3%D9%85%D9%85-%D8%A7%D9%84%D9%85%D8%AA%D8%AD%D8%AF%D8%A9',
    'ar',
  ),
  cresus: entry(
    'Cresus',
    "Report on Algeria's signature, with the count of 64 (APS-based)",
    'https://cresus.dz/hanoi-lalgerie-signe-la-convention-des-nations-unies-sur-la-lutte-contre-la-cybercriminalite',
    'fr',
  ),
  meatechwatch: entry(
    'MEA Tech Watch',
    "Report on Algeria's signature",
    'https://meatechwatch.com/?p=36918',
    'und',
  ),
  'acs-australia': entry(
    'Information Age (ACS)',
    "Report on Australia's signature",
    'https://ia.acs.org.au/article/2025/australia-signs-landmark-un-convention-against-cybercrime.html',
    'en',
  ),
  'baoquocte-australia': entry(
    'Baoquocte',
    "Interview with Australia's ambassador on the Hanoi Convention",
    'https://en.baoquocte.vn/hanoi-convention-highlights-vietnams-growing-position-in-digital-governance-and-strong-commitment-to-multilateralism-australian-ambassador-331990.html',
    'en',
  ),
  'dfat-thistlethwaite': entry(
    'Australian Department of Foreign Affairs and Trade (ministers)',
    "Matt Thistlethwaite's address to the UN plenary on the Convention",
    'https://ministers.dfat.gov.au/minister/matt-thistlethwaite/speech/address-un-plenary-convention-against-cybercrime',
    'en',
  ),
  'azertag-signature': entry(
    'AZERTAC',
    "Report on Azerbaijan's signature",
    'https://azertag.az/en/xeber/azerbaijan_signs_un_convention_against_cybercrime-3827619',
    'en',
  ),
  'trend-signature': entry(
    'Trend',
    "Report on Azerbaijan's signature",
    'https://www.trend.az/azerbaijan/society/4109562.html',
    'en',
  ),
  'vietnam-vn-ja-media': entry(
    'Vietnam.vn (VNA)',
    'International media coverage of the Hanoi signing ceremony',
    'https://www.vietnam.vn/ja/truyen-thong-quoc-te-dua-tin-dam-net-ve-le-ky-cong-uoc-ha-noi',
    'ja',
  ),
  'nhandan-en-praise': entry(
    'Nhan Dan (English edition)',
    'Report on the praise for Viet Nam as host of the signing ceremony, and who attended',
    'https://en.nhandan.vn/viet-nam-earns-praise-for-hosting-landmark-ha-noi-convention-signing-ceremony-post154572.html',
    'en',
  ),
  correiobraziliense: entry(
    'Correio Braziliense',
    "Report on Brazil's signature, with 64 other countries",
    'https://www.correiobraziliense.com.br/mundo/2025/10/7278925-brasil-e-mais-64-paises-assinam-convencao-da-onu-contra-crimes-ciberneticos.html',
    'pt',
  ),
  mercopress: entry(
    'MercoPress',
    "Report on Brazil's signature",
    'https://en.mercopress.com/2025/10/29/brazil-adheres-to-united-nations-convention-on-cybercrime',
    'en',
  ),
  'aple-cambodia': entry(
    'APLE Cambodia',
    "Article on Cambodia's signature",
    'https://aplecambodia.org/cambodia-signs-un-convention-against-cybercrime-boosting-cross-border-action-and-child-online-protection',
    'en',
  ),
  cubaminrex: entry(
    'Ministry of Foreign Affairs of Cuba',
    "Cuba's announcement of its signature in Hanoi",
    'http://misiones.cubaminrex.cu/es/articulo/cuba-suscribe-la-convencion-de-las-naciones-unidas-contra-la-ciberdelincuencia-en-hanoi',
    'es',
  ),
  'expreso-ecuador': entry(
    'Expreso',
    "Report on the Vice-President's agenda in Viet Nam",
    'https://www.expreso.ec/actualidad/vicepresidenta-retoma-su-agenda-tras-fin-del-paro-2025-que-hizo-en-vietnam-262120.html',
    'es',
  ),
  'prensa-latina-ecuador': entry(
    'Prensa Latina',
    "Report on Ecuador's signature",
    'https://www.prensa-latina.cu/?p=1653356',
    'es',
  ),
  'ec-home-affairs': entry(
    'European Commission (Migration and Home Affairs)',
    'International cooperation against cybercrime: the EU and the UN Convention',
    'https://home-affairs.ec.europa.eu/policies/internal-security/cybercrime/international-cooperation-against-cybercrime_en?prefLang=lt',
    'en',
  ),
  'digitalpolicyalert-eu': entry(
    'Digital Policy Alert',
    "Record of the European Commission's signature on behalf of the EU",
    'https://digitalpolicyalert.org/event/34674-european-commission-signed-the-united-nations-convention-against-cybercrime-on-behalf-of-the-european-union',
    'en',
  ),
  'vietnam-vn-en-eu': entry(
    'Vietnam.vn (VNA)',
    "VNA report from Brussels on the EU's signature and Viet Nam's role",
    'https://www.vietnam.vn/en/cong-uoc-ha-noi-khang-dinh-vai-tro-cua-viet-nam-la-diem-ket-noi-quan-trong',
    'en',
  ),
  tasnim: entry(
    'Tasnim News Agency',
    "Report on Iran's signature",
    'https://www.tasnimnews.com/en/news/2025/10/27/3433093/iran-joins-un-convention-against-cybercrime',
    'en',
  ),
  irandaily: entry(
    'Iran Daily',
    "Report on Iran's signature",
    'https://newspaper.irandaily.ir/7962/2/19145',
    'en',
  ),
  'profit-kz': entry(
    'Profit.kz',
    "Report on Kazakhstan's stance at the UN (28 October)",
    'https://profit.kz/news/72056/Kazahstan-v-OON-kurs-na-cifrovuu-bezopasnost-i-mezhdunarodnoe-sotrudnichestvo/',
    'ru',
  ),
  'vientiane-times-laos': entry(
    'Vientiane Times',
    "Report on the Lao PDR's signature",
    'https://www.vientianetimes.org.la/freefreenews/freecontent_207_Laos_signs_y25.php',
    'en',
  ),
  'laotian-times': entry(
    'Laotian Times',
    "Report on the Lao PDR's signature",
    'https://laotiantimes.com/?p=134988',
    'en',
  ),
  'hanoiconvention-malaysia': entry(
    'Hanoi Convention signing ceremony (hanoiconvention.org)',
    "Malaysia's national statement",
    'https://hanoiconvention.org/statement/malaysias-statement/',
    'en',
  ),
  'archive-mv': entry(
    'archive.mv',
    "Report on the Maldives' approval and signature, quoting the Foreign Minister's post of 25 October",
    'https://archive.mv/en/articles/NNWqmx',
    'en',
  ),
  'ras-mv': entry(
    'ras.mv',
    "Report on the Maldives' signature",
    'https://ras.mv/en/post/12344',
    'en',
  ),
  psmnews: entry(
    'PSM News',
    "Report on the Maldives' signature",
    'https://www.psmnews.mv/en/167486',
    'en',
  ),
  databreaches: entry(
    'DataBreaches.net (The Record)',
    'The Record on the US declining to sign, with the signatories',
    'https://databreaches.net/2025/10/28/us-declines-to-join-more-than-70-countries-in-signing-un-cybercrime-treaty',
    'en',
  ),
  unidir: entry(
    'UNIDIR',
    'UNIDIR at the signing of the Convention, with a roundtable that included Palau',
    'https://unidir.org/unidir-at-the-signing-of-the-un-convention-against-cybercrime',
    'en',
  ),
  'hanoiconvention-palestine': entry(
    'Hanoi Convention signing ceremony (hanoiconvention.org)',
    "The State of Palestine's national statement",
    'https://hanoiconvention.org/statement/state-of-palestines-statement/',
    'en',
  ),
  'nbc-png': entry(
    'NBC (Papua New Guinea)',
    "Report on Papua New Guinea's signature",
    'https://www.nbc.com.pg/post/28453/png-signs-un-cybercrime-convention-to-protect-citizens-online',
    'en',
  ),
  'conven-png': entry(
    'conven.org',
    "Report on Papua New Guinea's signature",
    'https://conven.org/papua-new-guinea/news/papua-new-guinea-signs-the-united-nations-conventionagainst-cybercrime',
    'en',
  ),
  rajahtann: entry(
    'Rajah & Tann Asia',
    "Note on the Philippines' signature",
    'https://www.rajahtannasia.com/?p=185145',
    'en',
  ),
  'gma-philippines': entry(
    'GMA News',
    "Report on the Philippines' Department of Information and Communications Technology and the Convention",
    'https://gmanetwork.com/news/topstories/nation/963780/dict-cybercrime-united-nations/story',
    'en',
  ),
  'gov-pl': entry(
    'Government of Poland (gov.pl)',
    "Poland's account of the signing and of the cooperation agreed in Hanoi (28 October 2025)",
    'https://www.gov.pl/web/baza-wiedzy/globalna-wspolpraca-przeciw-cyberprzestepczosci-wchodzi-na-wyzszy-poziom',
    'pl',
  ),
  'payload-pl': entry(
    'Payload',
    'Report on Poland among the 72 signatories',
    'https://spolecznosc.payload.pl/polska-wsrod-72-sygnatariuszy-pierwszej-globalnej-konwencji-onz-o-cyberprzestepczosci-34832593.html',
    'pl',
  ),
  qna: entry(
    'Qatar News Agency (QNA)',
    'QNA article of 13 November on the Convention and Qatar',
    'https://qna.org.qa/en/News-Area/Special-News/2025-11/13/un-convention-against-cybercrime-a-pivotal-step-towards-addressing-digital-threats',
    'en',
  ),
  gulfobserver: entry(
    'Gulf Observer',
    "Report on Qatar's signature",
    'https://gulfobserver.org/essay.php?catidval=443&cid=447&id=38624',
    'en',
  ),
  tass: entry(
    'TASS',
    "Report on Russia's signature",
    'https://tass.ru/politika/25449941',
    'ru',
  ),
  'saudi-gazette': entry(
    'Saudi Gazette',
    "Report on Saudi Arabia's signature, made on Sunday",
    'https://cdn.saudigazette.com.sa/article/656006',
    'en',
  ),
  wenewsenglish: entry(
    'wenewsenglish.com',
    "Report on Saudi Arabia's signature",
    'https://wenewsenglish.com/saudi-arabia-joins-un-convention-to-combat-cybercrime',
    'en',
  ),
  vovworld: entry(
    'VOV World',
    "Report on the 26 October plenary, with South Africa's minister",
    'https://vovworld.vn/en-US/news/hanoi-convention-rallies-global-unity-against-cyber-threats-1435298.vov',
    'en',
  ),
  itweb: entry(
    'ITWeb',
    "Report on South Africa's signature",
    'https://www.itweb.co.za/article/sa-adds-name-to-universal-cyber-crime-framework/6GxRKMYQYlQMb3Wj',
    'en',
  ),
  elderecho: entry(
    'El Derecho',
    "Article of 21 October on Spain's authorisation to sign",
    'https://elderecho.com/convencion-de-las-naciones-unidas-contra-la-ciberdelincuencia',
    'es',
  ),
  'adaderana-signature': entry(
    'Ada Derana',
    "Report on Sri Lanka's signature",
    'https://www.adaderana.lk/news/114202/sri-lanka-signs-un-convention-against-cybercrime',
    'en',
  ),
  'adaderana-cabinet': entry(
    'Ada Derana',
    "Report on the Cabinet's approval of Sri Lanka's signature",
    'http://www.adaderana.lk/news.php?nid=113830',
    'en',
  ),
  matichon: entry(
    'Matichon',
    "Report on Thailand's signature",
    'https://www.matichon.co.th/politics/news_5428033',
    'th',
  ),
  posttoday: entry(
    'Post Today',
    "Report on Thailand's signature",
    'https://www.posttoday.com/smart-city/732433',
    'th',
  ),
  'hanoiconvention-thailand': entry(
    'Hanoi Convention signing ceremony (hanoiconvention.org)',
    "The Kingdom of Thailand's national statement",
    'https://hanoiconvention.org/statement/kingdom-of-thailands-statement/',
    'en',
  ),
  birgun: entry(
    'BirGün',
    "Report on Yılmaz Tunç's signature at the UN",
    'https://www.birgun.net/haber/yilmaz-tunc-tan-bm-de-siber-suc-imzasi-663717',
    'tr',
  ),
  takvim: entry(
    'Takvim',
    "Report of 25 October on Justice Minister Yılmaz Tunç's signature in Viet Nam",
    'https://www.takvim.com.tr/guncel/2025/10/25/siber-suclarla-mucadelede-ilk-evrensel-belge-adalet-bakani-yilmaz-tunc-vietnamda-imzaladi',
    'tr',
  ),
  thenewsintel: entry(
    'thenewsintel.com',
    "The United Kingdom's national statement, delivered by Andrew Whittaker",
    'https://thenewsintel.com/?p=124584',
    'en',
  ),
  'solicitors-journal': entry(
    'Solicitors Journal',
    "Report on the United Kingdom's signature",
    'https://www.solicitorsjournal.com/sjarticle/uk-signs-landmark-convention-against-cybercrime',
    'en',
  ),
  m24: entry(
    'M24',
    "Report on Uruguay's signature in Viet Nam",
    'https://administrador.m24.com.uy/herramienta-fundamental-uruguay-firmo-en-vietnam-la-convencion-de-la-onu-contra-el-cibercrimen',
    'es',
  ),
  thesciencedaily: entry(
    'thesciencedaily.com',
    'Report naming Venezuela among the signatories',
    'https://thesciencedaily.com/?p=6632',
    'en',
  ),
  nld: entry(
    'Người Lao Động (nld.com.vn)',
    'Report on the representatives of nearly 70 countries signing',
    'https://nld.com.vn/can-canh-dai-dien-gan-70-quoc-gia-ky-cong-uoc-ha-noi-196251025144046724.htm',
    'vi',
  ),
  'vns-1728121': entry(
    'Viet Nam News',
    "Report on Viet Nam's role in multilateral cooperation, and its first signature",
    'https://vietnamnews.vn/politics-laws/1728121/hanoi-convention-viet-nam-s-key-role-in-multilateral-cooperation.html',
    'en',
  ),
  fbcnews: entry(
    'FBC News',
    "Report on Fiji's signature in New York, the 74th",
    'https://www.fbcnews.com.fj/news/fiji-signs-historic-un-cybercrime-convention',
    'en',
  ),
  'canada-gac': entry(
    'Global Affairs Canada',
    "Canada's announcement of its signature (July 2026)",
    'https://www.canada.ca/en/global-affairs/news/2026/07/canada-signs-united-nations-convention-against-cybercrime.html',
    'en',
  ),
  'michael-geist': entry(
    'Michael Geist',
    "Commentary on Canada's decision to sign (July 2026)",
    'https://www.michaelgeist.ca/2026/07/a-surveillance-treaty-in-disguise-the-trouble-with-canadas-quiet-decision-to-sign-the-un-cybercrime-convention/',
    'en',
  ),
  'pubt-fiji': entry(
    'pubt.io',
    "Fiji's Prime Minister in Parliament on the 72 Hanoi signatories and Fiji's intention to sign",
    'https://pubt.io/view/E2559D5D9C834CDD4BD2DE2495A3407FF79F9F30',
    'en',
  ),
  'hanoiconvention-canada': entry(
    'Hanoi Convention signing ceremony (hanoiconvention.org)',
    "Canada's national statement",
    'https://hanoiconvention.org/statement/canadas-statement/',
    'en',
  ),
  'vns-1728146': entry(
    'Viet Nam News',
    "The Netherlands' cyber affairs official on the Hanoi signing and his country's signature",
    'https://vietnamnews.vn/politics-laws/1728146/dutch-cyber-affairs-official-hails-viet-nam-s-hosting-of-hanoi-convention-signing.html',
    'en',
  ),

  // Adoption and the steps before Hanoi.
  'unis-1183': entry(
    'United Nations Information Service (UNIS) Vienna',
    "Press release on the General Assembly's adoption of the Convention",
    'https://unis.unvienna.org/unis/en/pressrels/2024/uniscp1183.html',
    'en',
  ),
  urdupoint: entry(
    'UrduPoint',
    "Report on the General Assembly's adoption of the Convention",
    'https://www.urdupoint.com/en/middle-east/un-general-assembly-adopts-convention-on-cybe-1899134.html',
    'en',
  ),
  boomlive: entry(
    'BOOM',
    "Web story on the UN's approval of the cybercrime treaty",
    'https://www.boomlive.in/web-stories/news/un-approves-cybercrime-treaty-to-combat-global-digital-threats-2281',
    'en',
  ),
  cbcgdf: entry(
    'CBCGDF (blog)',
    "Blog post on the General Assembly's adoption",
    'https://cbcgdf.blogspot.com/2024/12/un-general-assembly-adopts-milestone.html',
    'en',
  ),
  'tgstat-mfa-russia': entry(
    'Ministry of Foreign Affairs of Russia (Telegram, via TGStat)',
    "Summary of the adoption, with the Convention's full title",
    'https://tgstat.com/ru/channel/@MFARussia/23376',
    'ru',
  ),
  vnnow: entry(
    'vnnow.net',
    'Report on the "Road to Hanoi" event at UN Headquarters',
    'https://vnnow.net/en/world/vietnam-promotes-hanoi-convention-signing-ceremony-at-un-140742.html',
    'en',
  ),
  'wam-eu-council': entry(
    'WAM (Emirates News Agency)',
    "Report on the EU Council's decision on signing the Convention",
    'https://www.wam.ae/en/article/bm6n72v-sign-convention-cybercrime',
    'en',
  ),

  // Baku, May 2025.
  'vns-1717244': entry(
    'Viet Nam News',
    "Report on the start of To Lam's state visit to Azerbaijan",
    'https://vietnamnews.vn/politics-laws/1717244/party-general-secretary-begins-state-visit-to-azerbaijan.html',
    'en',
  ),
  'vns-1717245': entry(
    'Viet Nam News',
    'Report on the official welcome ceremony in Baku',
    'https://vietnamnews.vn/politics-laws/1717245/official-welcome-ceremony-held-in-azerbaijan-s-capital-for-vietnamese-party-chief.html',
    'en',
  ),
  'vns-1717331': entry(
    'Viet Nam News',
    "Report on the end of To Lam's state visit to Azerbaijan",
    'https://vietnamnews.vn/politics-laws/1717331/vietnamese-party-leader-concludes-state-visit-to-azerbaijan.html',
    'en',
  ),
  'znews-1551071': entry(
    'Znews',
    "Report on To Lam's departure for a four-country tour, with the delegation",
    'https://znews.vn/tong-bi-thu-to-lam-va-phu-nhan-len-duong-tham-4-nuoc-post1551071.html',
    'vi',
  ),
  'vietnamplus-1037208': entry(
    'VietnamPlus',
    'Report on the cooperation documents Viet Nam and Azerbaijan exchanged',
    'https://www.vietnamplus.vn/viet-nam-azerbaijan-trao-doi-nhieu-van-kien-hop-tac-tren-cac-linh-vuc-post1037208.vnp',
    'vi',
  ),
  'vns-1717250': entry(
    'Viet Nam News',
    'Report on the signing of the Viet Nam–Azerbaijan documents and the press statements',
    'https://vietnamnews.vn/politics-laws/1717250/party-chief-witnesses-signing-of-viet-nam-azerbaijan-agreements-addresses-media-after-baku-talks.html',
    'en',
  ),
  'azertag-de': entry(
    'AZERTAC',
    'Report on the exchange of signed documents (German)',
    'https://azertag.az/de/xeber/aserbaidschan_und_vietnam_tauschen_unterzeichnete_dokumente_aus__aktualisiert-3545275',
    'de',
  ),
  'azertag-fr': entry(
    'AZERTAC',
    'Report on the exchange of signed documents (French)',
    'https://azertag.az/fr/xeber/lazerbaidjan_et_le_vietnam_echangent_des_documents_signes_mis_a_jour_video-3545283',
    'fr',
  ),
  'vnanet-396755': entry(
    'Vietnam News Agency (VNA)',
    'Report on the Joint Statement establishing the Strategic Partnership',
    'https://vietnam.vnanet.vn/english/tin-van/vietnam-azerbaijan-issue-joint-statement-on-establishment-of-strategic-partnership-396755.html',
    'en',
  ),
  einpresswire: entry(
    'EIN Presswire',
    "Release on President Aliyev's expanded meeting with To Lam",
    'https://www.einpresswire.com/article/810481692/president-ilham-aliyev-held-expanded-meeting-with-general-secretary-of-central-committee-of-communist-party-of-vietnam',
    'en',
  ),

  // The Hanoi signing week.
  'vns-1727930': entry(
    'Viet Nam News',
    "Report on the start of President Ramaphosa's state visit",
    'https://vietnamnews.vn/politics-laws/1727930/south-african-president-begins-state-visit-to-viet-nam.html',
    'en',
  ),
  'vietnamplus-331140': entry(
    'VietnamPlus',
    "Report on the end of President Ramaphosa's state visit",
    'https://en.vietnamplus.vn/south-african-president-concludes-successful-state-visit-to-vietnam-post331140.vnp',
    'en',
  ),
  'south-africa-political-times': entry(
    'South Africa Political Times',
    'Report on Minister Kubayi representing South Africa at the signing, 25–26 October',
    'https://southafricapoliticaltimes.com/article/860803258-minister-mmamoloko-kubayi-represents-south-africa-at-the-signing-of-the-un-convention-against-cybercrime-in-vietnam-25-to-26-oct',
    'en',
  ),
  'vietnamplus-331225': entry(
    'VietnamPlus',
    "Report on the Ministry of Public Security's meetings with international partners",
    'https://en.vietnamplus.vn/ministry-steps-up-anti-cybercrime-cooperation-with-intl-partners-post331225.vnp',
    'en',
  ),
  'vnanet-412672': entry(
    'Vietnam News Agency (VNA)',
    "Report on the Ministry of Public Security's international cooperation against cybercrime",
    'https://vietnam.vnanet.vn/vietnamese/tin-van/bo-cong-an-thuc-day-hop-tac-quoc-te-trong-phong-chong-toi-pham-mang-412672.html',
    'vi',
  ),
  'vnanet-412565': entry(
    'Vietnam News Agency (VNA)',
    'Report on the opening of the signing ceremony that morning',
    'https://vietnam.vnanet.vn/english/tin-van/signing-ceremony-of-un-convention-against-cybercrime-to-open-in-hanoi-today-412565.html',
    'en',
  ),
  'vnanet-412581': entry(
    'Vietnam News Agency (VNA)',
    'Report on the opening of the signing ceremony',
    'https://vietnam.vnanet.vn/english/print/signing-ceremony-of-un-convention-against-cybercrime-solemnly-opens-in-hanoi-412581.html',
    'en',
  ),
  'vns-1728082': entry(
    'Viet Nam News',
    'Report on the countries signing at the Hanoi ceremony',
    'https://vietnamnews.vn/politics-laws/1728082/countries-sign-the-un-convention-against-convention-in-ha-noi-ceremony.html',
    'en',
  ),
  vir: entry(
    'Vietnam Investment Review (VIR)',
    'Report on the high-level talks in Hanoi, with the count of 69',
    'https://vir.com.vn/hanoi-hosts-high-level-talks-on-global-cybercrime-cooperation-139450.html',
    'en',
  ),
  wam: entry(
    'WAM (Emirates News Agency)',
    'UN News text on the 65 nations signing on the first day',
    'https://www.wam.ae/en/article/bmdsepq-sixty-five-nations-sign-first-treaty-fight',
    'en',
  ),
  app: entry(
    'Associated Press of Pakistan (APP)',
    'Report on the 65 countries signing on the first day',
    'https://www.app.com.pk/foreign-correspondent/sixty-five-countries-sign-un-treaty-to-combat-cybercrime-globally/',
    'en',
  ),
  miragenews: entry(
    'Mirage News',
    'Report on the 65 nations signing on the first day, and what the Convention does',
    'https://www.miragenews.com/65-nations-sign-first-un-cybercrime-treaty-1557735',
    'en',
  ),
  'vientiane-times-press-conference': entry(
    'Vientiane Times',
    "Report on the Prime Minister's and the UN Secretary-General's press conference",
    'http://www.vientianetimes.org.la/sub-new/Previous_209_y25/Region_world/Reworld_207_PM_UN_y25.php',
    'en',
  ),
  baoquocte: entry(
    'Baoquocte',
    'Report on the reception for the heads of delegations',
    'https://en.baoquocte.vn/reception-for-heads-of-delegations-at-the-un-convention-against-cybercrime-signing-ceremony-332221.html',
    'en',
  ),
  qdnd: entry(
    'Quan Doi Nhan Dan (QDND)',
    "Report on Viet Nam's role in multilateral cooperation, and its first signature",
    'https://en.qdnd.vn/foreign-affairs/multilateral-relations/hanoi-convention-vietnam-s-key-role-in-multilateral-cooperation-584013',
    'en',
  ),
  helpnetsecurity: entry(
    'Help Net Security',
    "Report on UNODC's release: 72 states signed",
    'https://www.helpnetsecurity.com/2025/10/27/un-convention-against-cybercrime',
    'en',
  ),
  'cand-highlights': entry(
    'CAND (People’s Public Security)',
    'Highlights of the signing ceremony: 64 during the ceremony, 72 in all',
    'https://en.cand.com.vn/politics/highlights-of-the-signing-ceremony-of-the-hanoi-convention-i606865',
    'en',
  ),
  'cand-solidarity': entry(
    'CAND (People’s Public Security)',
    'Report on the 26 October plenary, with the count of 69',
    'https://en.cand.com.vn/politics/hanoi-convention--symbol-of-global-digital-solidarity-and-sovereignty-i606867',
    'en',
  ),
  'vns-1728171': entry(
    'Viet Nam News',
    "The Ministry of Public Security on the signatories' regions",
    'https://vietnamnews.vn/politics-laws/1728171/hanoi-convention-shows-global-reach-balanced-geographical-representation-mps.html',
    'en',
  ),
  nhandan: entry(
    'Nhan Dan',
    'Mở ra nhiều cơ hội hợp tác quốc tế',
    'https://nhandan.vn/mo-ra-nhieu-co-hoi-hop-tac-quoc-te-post918263.html',
    'vi',
  ),
  djazairess: entry(
    'Djazairess',
    'Report placing Lounès Magramane in Hanoi on 25–26 October',
    'https://www.djazairess.com/fr/lnr/478210',
    'fr',
  ),
  tienphong: entry(
    'Tien Phong',
    "Report on the cooperation agreement of Viet Nam's Ministry of Public Security and Azerbaijan's State Security Service",
    'https://tienphong.vn/bo-cong-an-viet-nam-va-co-quan-an-ninh-quoc-gia-azerbaijan-ky-thoa-thuan-hop-tac-post1790579.tpo',
    'vi',
  ),
  'vns-1728164': entry(
    'Viet Nam News',
    "Report on the Ministry of Public Security's meetings on the sidelines",
    'https://vietnamnews.vn/politics-laws/1728164/public-security-ministry-promotes-international-cooperation-on-hanoi-convention-event-sidelines.html',
    'en',
  ),
  'vnanet-412756': entry(
    'Vietnam News Agency (VNA)',
    "Report on the Minister of Public Security's meetings (Spanish)",
    'https://vietnam.vnanet.vn/spanish/tin-van/ministro-de-seguridad-de-vietnam-impulsa-cooperacion-internacional-412756.html',
    'es',
  ),
  'znews-1597081': entry(
    'Znews',
    "Report on the Ministry of Public Security's meetings on the sidelines",
    'https://znews.vn/cong-uoc-ha-noi-bo-cong-an-xuc-tien-cac-hoat-dong-hop-tac-quoc-te-post1597081.html',
    'vi',
  ),
  'vnanet-412766': entry(
    'Vietnam News Agency (VNA)',
    "Report on the Ministry of Public Security's meetings on the sidelines",
    'https://vietnam.vnanet.vn/vietnamese/tin-van/cong-uoc-ha-noi-bo-cong-an-xuc-tien-cac-hoat-dong-hop-tac-quoc-te-412766.html',
    'vi',
  ),
  wana: entry(
    'WANA',
    "Report on Vahid Jalalzadeh's Hanoi statement on unilateral sanctions",
    'https://wanaen.com/unilateral-coercive-measures-hinder-global-cooperation-against-cybercrime/',
    'en',
  ),
  'vietnam-vn-de-south-africa': entry(
    'Vietnam.vn',
    'Machine translation (German) of a report on the Viet Nam–South Africa meeting',
    'https://www.vietnam.vn/de/tu-cong-uoc-ha-noi-den-tam-cao-moi-trong-hop-tac-viet-nam-nam-phi',
    'de',
  ),
  'vietnam-vn-id-south-africa': entry(
    'Vietnam.vn',
    'Machine translation (Indonesian) of a report on the Viet Nam–South Africa meeting',
    'https://www.vietnam.vn/id/tu-cong-uoc-ha-noi-den-tam-cao-moi-trong-hop-tac-viet-nam-nam-phi',
    'id',
  ),
  'vns-1728272': entry(
    'Viet Nam News',
    'Report on the Viet Nam–Poland meeting on cybersecurity',
    'https://vietnamnews.vn/politics-laws/1728272/viet-nam-poland-boost-collaboration-in-cybersecurity.html',
    'en',
  ),
  'vnanet-412871': entry(
    'Vietnam News Agency (VNA)',
    'Report on the Viet Nam–Poland meeting on cybersecurity',
    'https://vietnam.vnanet.vn/vietnamese/tin-van/thuc-day-hop-tac-an-ninh-mang-giua-viet-nam-va-ba-lan-412871.html',
    'vi',
  ),
  'vietnam-vn-de-poland': entry(
    'Vietnam.vn',
    'Machine translation (German) of a Nhan Dan report on the Viet Nam–Poland meeting',
    'https://www.vietnam.vn/de/viet-nam-ba-lan-hop-tac-chat-che-trong-phong-chong-toi-pham',
    'de',
  ),

  // After Hanoi.
  'eff-joint-statement': entry(
    'Electronic Frontier Foundation (Deeplinks)',
    'Joint statement of EFF and global partners urging governments not to sign',
    'https://www.eff.org/deeplinks/2025/10/joint-statement-un-cybercrime-convention-eff-and-global-partners-urge-governments',
    'en',
  ),
  realnoevremya: entry(
    'Realnoe Vremya',
    "Report on the Russian Foreign Ministry's call to sign and ratify",
    'https://realnoevremya.ru/news/364349-rossiya-prizvala-oon-ratificirovat-konvenciyu-protiv-kiberprestupnosti',
    'ru',
  ),
  'vietnamplus-332730': entry(
    'VietnamPlus',
    'Report on the reception and roundtable in New York on early entry into force',
    'https://en.vietnamplus.vn/hanoi-convention-successful-signing-ceremony-lays-strong-foundation-for-effective-implementation-post332730.vnp',
    'en',
  ),
  'vietnamplus-336805': entry(
    'VietnamPlus',
    "Report on Viet Nam's call in Vienna to sign and ratify soon",
    'https://en.vietnamplus.vn/vietnam-calls-on-countries-to-soon-sign-ratify-hanoi-convention-post336805.vnp',
    'en',
  ),
  'sggp-123545': entry(
    'Saigon Giai Phong (SGGP)',
    "Report on Viet Nam's call in Vienna to sign and ratify soon",
    'https://en.sggp.org.vn/vietnam-calls-on-countries-to-soon-sign-ratify-hanoi-convention-post123545.html',
    'en',
  ),
  'machine-herald': entry(
    'Machine Herald',
    'Article of May 2026 on the Convention stalling at one ratification (citing Wikipedia)',
    'https://machineherald-io.pages.dev/article/2026-05/21-un-cybercrime-convention-stalls-at-one-ratification-as-implementation-deadlock-deepens',
    'en',
  ),
  r3d: entry(
    'R3D (r3d.mx)',
    'Joint civil-society statement on the draft rules of procedure of the Conference of the States Parties',
    'https://r3d.mx/2026/01/27/joint-civil-society-statement-on-the-draft-rules-of-procedure-of-the-conference-of-states-parties-to-the-un-cybercrime-convention',
    'en',
  ),
  'trend-majlis': entry(
    'Trend',
    "Report on the Milli Majlis's vote approving the Convention",
    'https://www.trend.az/azerbaijan/politics/4151684.html',
    'en',
  ),
  caliber: entry(
    'Caliber',
    "Report on Azerbaijan's approval of the Convention",
    'https://caliber.az/en/post/azerbaijan-ratifies-un-cybercrime-convention-to-boost-digital-security',
    'en',
  ),
  elchi: entry(
    'Elchi',
    'Report of 10 February on the Milli Majlis vote',
    'https://en.elchi.az/2026/02/10/history-is-being-written-in-the-milli-majlis-azerbaijan-is-the-first-country-to-do-this',
    'en',
  ),
  'report-az-first': entry(
    'Report.az',
    "Report on Azerbaijan's approval, naming the states that signed",
    'https://report.az/en/domestic-politics/azerbaijan-becomes-first-country-to-ratify-un-convention-against-cybercrime',
    'en',
  ),
  'trend-president': entry(
    'Trend',
    "Report on President Aliyev's signature of the law approving the Convention",
    'https://www.trend.az/azerbaijan/politics/4156490.html',
    'en',
  ),
  'report-az-authorities': entry(
    'Report.az',
    'Report on the competent authorities Azerbaijan designates under the Convention',
    'https://report.az/en/incident/azerbaijan-designates-competent-authorities-under-un-convention-against-cybercrime',
    'en',
  ),
} satisfies Record<string, Entry>;

export type SourceId = keyof typeof SOURCES;

/** The sources of an event, in the order given. */
export function cite(...ids: SourceId[]): Source[] {
  return ids.map((id) => ({ id, ...SOURCES[id] }));
}
