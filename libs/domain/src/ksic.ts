/**
 * Korean Standard Industrial Classification (한국표준산업분류, KSIC), 10th revision (2017):
 * the 21 sections and 77 divisions. Organizations carry KSIC codes of 2 to 5 digits; the
 * platform reasons at division level (sector fit), so that is the level kept here.
 */

export type KsicSectionCode =
  | 'A'
  | 'B'
  | 'C'
  | 'D'
  | 'E'
  | 'F'
  | 'G'
  | 'H'
  | 'I'
  | 'J'
  | 'K'
  | 'L'
  | 'M'
  | 'N'
  | 'O'
  | 'P'
  | 'Q'
  | 'R'
  | 'S'
  | 'T'
  | 'U';

export interface KsicSection {
  code: KsicSectionCode;
  nameKo: string;
  nameEn: string;
}

export interface KsicDivision {
  /** Two digits, '01'..'99' (with gaps). */
  code: string;
  section: KsicSectionCode;
  nameKo: string;
  nameEn: string;
}

// prettier-ignore
export const KSIC_SECTIONS: readonly KsicSection[] = [
  { code: 'A', nameKo: '농업, 임업 및 어업', nameEn: 'Agriculture, forestry and fishing' },
  { code: 'B', nameKo: '광업', nameEn: 'Mining and quarrying' },
  { code: 'C', nameKo: '제조업', nameEn: 'Manufacturing' },
  {
    code: 'D',
    nameKo: '전기, 가스, 증기 및 공기 조절 공급업',
    nameEn: 'Electricity, gas, steam and air conditioning supply',
  },
  {
    code: 'E',
    nameKo: '수도, 하수 및 폐기물 처리, 원료 재생업',
    nameEn: 'Water supply; sewage, waste management, materials recovery',
  },
  { code: 'F', nameKo: '건설업', nameEn: 'Construction' },
  { code: 'G', nameKo: '도매 및 소매업', nameEn: 'Wholesale and retail trade' },
  { code: 'H', nameKo: '운수 및 창고업', nameEn: 'Transportation and storage' },
  { code: 'I', nameKo: '숙박 및 음식점업', nameEn: 'Accommodation and food service activities' },
  { code: 'J', nameKo: '정보통신업', nameEn: 'Information and communication' },
  { code: 'K', nameKo: '금융 및 보험업', nameEn: 'Financial and insurance activities' },
  { code: 'L', nameKo: '부동산업', nameEn: 'Real estate activities' },
  {
    code: 'M',
    nameKo: '전문, 과학 및 기술 서비스업',
    nameEn: 'Professional, scientific and technical activities',
  },
  {
    code: 'N',
    nameKo: '사업시설 관리, 사업 지원 및 임대 서비스업',
    nameEn:
      'Business facilities management and business support services; rental and leasing activities',
  },
  {
    code: 'O',
    nameKo: '공공 행정, 국방 및 사회보장 행정',
    nameEn: 'Public administration and defence; compulsory social security',
  },
  { code: 'P', nameKo: '교육 서비스업', nameEn: 'Education' },
  {
    code: 'Q',
    nameKo: '보건업 및 사회복지 서비스업',
    nameEn: 'Human health and social work activities',
  },
  {
    code: 'R',
    nameKo: '예술, 스포츠 및 여가관련 서비스업',
    nameEn: 'Arts, sports and recreation related services',
  },
  {
    code: 'S',
    nameKo: '협회 및 단체, 수리 및 기타 개인 서비스업',
    nameEn: 'Membership organizations, repair and other personal services',
  },
  {
    code: 'T',
    nameKo: '가구 내 고용활동 및 달리 분류되지 않은 자가 소비 생산활동',
    nameEn:
      'Activities of households as employers; undifferentiated goods- and services-producing activities of households for own use',
  },
  {
    code: 'U',
    nameKo: '국제 및 외국기관',
    nameEn: 'Activities of extraterritorial organizations and bodies',
  },
];

function d(code: string, section: KsicSectionCode, nameKo: string, nameEn: string): KsicDivision {
  return { code, section, nameKo, nameEn };
}

// prettier-ignore
export const KSIC_DIVISIONS: readonly KsicDivision[] = [
  d('01', 'A', '농업', 'Agriculture'),
  d('02', 'A', '임업', 'Forestry'),
  d('03', 'A', '어업', 'Fishing and aquaculture'),
  d('05', 'B', '석탄, 원유 및 천연가스 광업', 'Mining of coal, crude petroleum and natural gas'),
  d('06', 'B', '금속 광업', 'Mining of metal ores'),
  d('07', 'B', '비금속광물 광업; 연료용 제외', 'Mining of non-metallic minerals, except fuel'),
  d('08', 'B', '광업 지원 서비스업', 'Mining support service activities'),
  d('10', 'C', '식료품 제조업', 'Manufacture of food products'),
  d('11', 'C', '음료 제조업', 'Manufacture of beverages'),
  d('12', 'C', '담배 제조업', 'Manufacture of tobacco products'),
  d('13', 'C', '섬유제품 제조업; 의복 제외', 'Manufacture of textiles, except apparel'),
  d(
    '14',
    'C',
    '의복, 의복 액세서리 및 모피제품 제조업',
    'Manufacture of wearing apparel, clothing accessories and fur articles',
  ),
  d('15', 'C', '가죽, 가방 및 신발 제조업', 'Manufacture of leather, luggage and footwear'),
  d(
    '16',
    'C',
    '목재 및 나무제품 제조업; 가구 제외',
    'Manufacture of wood and of products of wood and cork, except furniture',
  ),
  d('17', 'C', '펄프, 종이 및 종이제품 제조업', 'Manufacture of pulp, paper and paper products'),
  d('18', 'C', '인쇄 및 기록매체 복제업', 'Printing and reproduction of recorded media'),
  d(
    '19',
    'C',
    '코크스, 연탄 및 석유정제품 제조업',
    'Manufacture of coke, briquettes and refined petroleum products',
  ),
  d(
    '20',
    'C',
    '화학 물질 및 화학제품 제조업; 의약품 제외',
    'Manufacture of chemicals and chemical products, except pharmaceuticals',
  ),
  d(
    '21',
    'C',
    '의료용 물질 및 의약품 제조업',
    'Manufacture of pharmaceuticals, medicinal chemical and botanical products',
  ),
  d('22', 'C', '고무 및 플라스틱제품 제조업', 'Manufacture of rubber and plastics products'),
  d('23', 'C', '비금속 광물제품 제조업', 'Manufacture of other non-metallic mineral products'),
  d('24', 'C', '1차 금속 제조업', 'Manufacture of basic metals'),
  d(
    '25',
    'C',
    '금속 가공제품 제조업; 기계 및 가구 제외',
    'Manufacture of fabricated metal products, except machinery and furniture',
  ),
  d(
    '26',
    'C',
    '전자 부품, 컴퓨터, 영상, 음향 및 통신장비 제조업',
    'Manufacture of electronic components, computer; visual, sounding and communication equipment',
  ),
  d(
    '27',
    'C',
    '의료, 정밀, 광학 기기 및 시계 제조업',
    'Manufacture of medical, precision and optical instruments, watches and clocks',
  ),
  d('28', 'C', '전기장비 제조업', 'Manufacture of electrical equipment'),
  d('29', 'C', '기타 기계 및 장비 제조업', 'Manufacture of other machinery and equipment'),
  d(
    '30',
    'C',
    '자동차 및 트레일러 제조업',
    'Manufacture of motor vehicles, trailers and semitrailers',
  ),
  d('31', 'C', '기타 운송장비 제조업', 'Manufacture of other transport equipment'),
  d('32', 'C', '가구 제조업', 'Manufacture of furniture'),
  d('33', 'C', '기타 제품 제조업', 'Other manufacturing'),
  d(
    '34',
    'C',
    '산업용 기계 및 장비 수리업',
    'Maintenance and repair services of industrial machinery and equipment',
  ),
  d(
    '35',
    'D',
    '전기, 가스, 증기 및 공기 조절 공급업',
    'Electricity, gas, steam and air conditioning supply',
  ),
  d('36', 'E', '수도업', 'Water supply'),
  d(
    '37',
    'E',
    '하수, 폐수 및 분뇨 처리업',
    'Sewage, wastewater and human waste treatment services',
  ),
  d(
    '38',
    'E',
    '폐기물 수집, 운반, 처리 및 원료 재생업',
    'Waste collection, transportation, treatment and disposal activities; materials recovery',
  ),
  d('39', 'E', '환경 정화 및 복원업', 'Remediation activities and other waste management services'),
  d('41', 'F', '종합 건설업', 'General construction'),
  d('42', 'F', '전문직별 공사업', 'Specialized construction activities'),
  d('45', 'G', '자동차 및 부품 판매업', 'Sale of motor vehicles and parts'),
  d(
    '46',
    'G',
    '도매 및 상품 중개업',
    'Wholesale trade on own account or on a fee or contract basis',
  ),
  d('47', 'G', '소매업; 자동차 제외', 'Retail trade, except motor vehicles and motorcycles'),
  d('49', 'H', '육상 운송 및 파이프라인 운송업', 'Land transport and transport via pipelines'),
  d('50', 'H', '수상 운송업', 'Water transport'),
  d('51', 'H', '항공 운송업', 'Air transport'),
  d(
    '52',
    'H',
    '창고 및 운송관련 서비스업',
    'Warehousing and support activities for transportation',
  ),
  d('55', 'I', '숙박업', 'Accommodation'),
  d('56', 'I', '음식점 및 주점업', 'Food and beverage service activities'),
  d('58', 'J', '출판업', 'Publishing activities'),
  d(
    '59',
    'J',
    '영상·오디오 기록물 제작 및 배급업',
    'Motion picture, video and television programme production, sound recording and music publishing',
  ),
  d('60', 'J', '방송업', 'Broadcasting activities'),
  d('61', 'J', '우편 및 통신업', 'Postal activities and telecommunications'),
  d(
    '62',
    'J',
    '컴퓨터 프로그래밍, 시스템 통합 및 관리업',
    'Computer programming, consultancy and related activities',
  ),
  d('63', 'J', '정보서비스업', 'Information service activities'),
  d('64', 'K', '금융업', 'Financial service activities, except insurance and pension funding'),
  d('65', 'K', '보험 및 연금업', 'Insurance and pension funding'),
  d(
    '66',
    'K',
    '금융 및 보험관련 서비스업',
    'Activities auxiliary to financial service and insurance activities',
  ),
  d('68', 'L', '부동산업', 'Real estate activities'),
  d('70', 'M', '연구개발업', 'Research and development'),
  d('71', 'M', '전문 서비스업', 'Professional services'),
  d(
    '72',
    'M',
    '건축 기술, 엔지니어링 및 기타 과학기술 서비스업',
    'Architectural, engineering and other scientific technical services',
  ),
  d(
    '73',
    'M',
    '기타 전문, 과학 및 기술 서비스업',
    'Other professional, scientific and technical services',
  ),
  d(
    '74',
    'N',
    '사업시설 관리 및 조경 서비스업',
    'Business facilities management and landscape services',
  ),
  d('75', 'N', '사업 지원 서비스업', 'Business support services'),
  d('76', 'N', '임대업; 부동산 제외', 'Rental and leasing activities, except real estate'),
  d(
    '84',
    'O',
    '공공 행정, 국방 및 사회보장 행정',
    'Public administration and defence; compulsory social security',
  ),
  d('85', 'P', '교육 서비스업', 'Education'),
  d('86', 'Q', '보건업', 'Human health activities'),
  d('87', 'Q', '사회복지 서비스업', 'Social work activities'),
  d('90', 'R', '창작, 예술 및 여가관련 서비스업', 'Creative, arts and recreation related services'),
  d('91', 'R', '스포츠 및 오락관련 서비스업', 'Sports activities and amusement activities'),
  d('94', 'S', '협회 및 단체', 'Membership organizations'),
  d('95', 'S', '개인 및 소비용품 수리업', 'Maintenance and repair of personal and household goods'),
  d('96', 'S', '기타 개인 서비스업', 'Other personal service activities'),
  d('97', 'T', '가구 내 고용활동', 'Activities of households as employers of domestic personnel'),
  d(
    '98',
    'T',
    '달리 분류되지 않은 자가 소비를 위한 가구의 재화 및 서비스 생산활동',
    'Undifferentiated goods- and services-producing activities of private households for own use',
  ),
  d('99', 'U', '국제 및 외국기관', 'Activities of extraterritorial organizations and bodies'),
];

const DIVISION_BY_CODE: ReadonlyMap<string, KsicDivision> = new Map(
  KSIC_DIVISIONS.map((division) => [division.code, division]),
);
const SECTION_BY_CODE: ReadonlyMap<string, KsicSection> = new Map(
  KSIC_SECTIONS.map((section) => [section.code, section]),
);

const KSIC_CODE = /^\d{2,5}$/;

/** 2–5 ASCII digits whose first two name a real division ('29', '2929', '29293'). */
export function isValidKsicCode(code: string): boolean {
  return KSIC_CODE.test(code) && DIVISION_BY_CODE.has(code.slice(0, 2));
}

/** The division a code belongs to, or undefined when the code is not valid. */
export function ksicDivision(code: string): KsicDivision | undefined {
  return isValidKsicCode(code) ? DIVISION_BY_CODE.get(code.slice(0, 2)) : undefined;
}

/**
 * The section of a code: accepts a section letter ('C') as well as a 2–5 digit code,
 * since filters and UI speak in both.
 */
export function ksicSection(code: string): KsicSection | undefined {
  const letter = code.trim().toUpperCase();
  if (/^[A-U]$/.test(letter)) return SECTION_BY_CODE.get(letter);
  const division = ksicDivision(code);
  return division === undefined ? undefined : SECTION_BY_CODE.get(division.section);
}

/**
 * Supply-chain neighbours between divisions: who buys from or builds into whom, in the
 * industries of the complexes. Sector fit is otherwise "same division or nothing", which
 * misses the steel mill → fabricator → machine builder → shipyard chains a cluster lives on.
 * Listed once per pair; KSIC_VALUE_CHAIN is the symmetric closure.
 */
const MANUFACTURING_CORE = ['20', '21', '22', '23', '24', '25', '26', '27', '28', '29', '30', '31'];

// prettier-ignore
const VALUE_CHAIN_EDGES: readonly (readonly [string, string])[] = [
  // Metals into machines and vehicles.
  ['24', '25'],
  ['25', '29'],
  ['29', '30'],
  ['30', '31'],
  ['24', '29'],
  ['24', '30'],
  ['24', '31'],
  ['25', '30'],
  ['25', '31'],
  ['29', '31'],
  // Refining, chemicals, plastics and rubber; and what they go into.
  ['19', '20'],
  ['20', '22'],
  ['20', '21'],
  ['22', '30'],
  ['22', '26'],
  ['20', '26'],
  ['23', '26'],
  // Electronics, instruments and electrical equipment.
  ['26', '27'],
  ['27', '28'],
  ['26', '28'],
  ['28', '30'],
  ['26', '30'],
  ['26', '29'],
  ['27', '29'],
  ['28', '29'],
  ['28', '31'],
  ['28', '35'],
  // Machinery repair serves machine builders.
  ['29', '34'],
  // IT services and software build on (and into) electronics.
  ['62', '26'],
  ['63', '26'],
  ['62', '63'],
  ['58', '62'],
  // Food chain: farms and fisheries into food and drink; health food next to pharma.
  ['01', '10'],
  ['03', '10'],
  ['10', '11'],
  ['10', '21'],
  ['20', '10'],
  // Waste, recycling and remediation next to the industries they serve.
  ['38', '24'],
  ['37', '72'],
  ['38', '72'],
  ['39', '72'],
  // Logistics.
  ['52', '49'],
  // Contract R&D and engineering/testing services work for most manufacturing.
  ...MANUFACTURING_CORE.map((c) => ['72', c] as const),
  ...MANUFACTURING_CORE.map((c) => ['70', c] as const),
  ['70', '10'],
  ['72', '10'],
  ['70', '72'],
];

function buildValueChain(): Readonly<Record<string, readonly string[]>> {
  const out = new Map<string, Set<string>>();
  for (const [a, b] of VALUE_CHAIN_EDGES) {
    if (a === b) continue;
    if (!out.has(a)) out.set(a, new Set());
    if (!out.has(b)) out.set(b, new Set());
    out.get(a)?.add(b);
    out.get(b)?.add(a);
  }
  const record: Record<string, readonly string[]> = {};
  for (const code of [...out.keys()].sort()) {
    record[code] = Object.freeze([...(out.get(code) ?? [])].sort());
  }
  return Object.freeze(record);
}

/** Division → its supply-chain neighbour divisions (symmetric, no self-loops). */
export const KSIC_VALUE_CHAIN: Readonly<Record<string, readonly string[]>> = buildValueChain();

/**
 * True when the divisions of two codes are supply-chain neighbours. The same division is not
 * a neighbour of itself: "same division" is its own, stronger signal.
 */
export function areValueChainNeighbours(a: string, b: string): boolean {
  if (!isValidKsicCode(a) || !isValidKsicCode(b)) return false;
  const da = a.slice(0, 2);
  const db = b.slice(0, 2);
  if (da === db) return false;
  return KSIC_VALUE_CHAIN[da]?.includes(db) ?? false;
}
