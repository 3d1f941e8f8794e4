/**
 * The raw material of the demo organizations: sector profiles (what firms in a sector make,
 * need and are called; which departments study it), and the real universities and research
 * institutes of each zone. Kept apart from the generator so the facts can be reviewed on
 * their own.
 *
 * University and institute names are real; regional branch names follow the institutes' own
 * naming as far as known and may lag renamings. KSIC codes are 5-digit codes of the 10th
 * revision chosen to fit each sector. Every concept id must exist in the vocabulary (a test
 * checks it).
 */
import { OrganizationSize, ZoneCode } from '@app/domain';

export interface Named {
  ko: string;
  en: string;
}

export interface Department extends Named {
  /** Found at most universities; otherwise only where the university lists the profile. */
  generic?: boolean;
}

export interface SectorProfile {
  id: string;
  label: Named;
  /** Concepts naming what the sector makes: products and industries. */
  core: readonly string[];
  /** Enabling technologies: what firms of the sector lack and labs offer. */
  tech: readonly string[];
  firmKsic: readonly string[];
  instituteKsic: readonly string[];
  products: readonly Named[];
  customers: readonly Named[];
  equipment: readonly Named[];
  /** Sector-specific endings of firm names (대한 + 정밀). */
  firmSuffixes: readonly Named[];
  departments: readonly Department[];
  /** Prior weight of the profile in any complex: common trades everywhere get some. */
  baseWeight: number;
  /** What firms do with their products: make (default), develop (software) or provide. */
  verb?: Verb;
}

export type Verb = 'make' | 'develop' | 'provide';

export interface University extends Named {
  slug: string;
  zone: ZoneCode;
  city: string;
  /** Profiles the university is known for: its special departments exist there. */
  profiles: readonly string[];
  size: OrganizationSize;
}

export interface Institute extends Named {
  slug: string;
  zone: ZoneCode;
  city: string;
  profiles: readonly string[];
  /** KSIC codes of the institute itself (division 70 or 72). */
  ksic: readonly string[];
  size: OrganizationSize;
  /** A national headquarters: may appear as a partner of complexes in any zone. */
  national?: boolean;
}

const n = (ko: string, en: string): Named => ({ ko, en });
const dept = (ko: string, en: string, generic = false): Department =>
  generic ? { ko, en, generic } : { ko, en };

const MECH = dept('기계공학과', 'Dept. of Mechanical Engineering', true);
const MSE = dept('신소재공학과', 'Dept. of Materials Science and Engineering', true);
const CHEME = dept('화학공학과', 'Dept. of Chemical Engineering', true);
const EE = dept('전자공학과', 'Dept. of Electronic Engineering', true);
const ELEC = dept('전기공학과', 'Dept. of Electrical Engineering', true);
const CSE = dept('컴퓨터공학과', 'Dept. of Computer Science and Engineering', true);
const IE = dept('산업공학과', 'Dept. of Industrial Engineering', true);
const ENV = dept('환경공학과', 'Dept. of Environmental Engineering', true);
const BIOTECH = dept('생명공학과', 'Dept. of Biotechnology', true);
const FOOD = dept('식품공학과', 'Dept. of Food Science and Engineering', true);
const METAL = dept('금속재료공학과', 'Dept. of Metallurgical and Materials Engineering', true);
const ENERGY = dept('에너지공학과', 'Dept. of Energy Engineering', true);
const DESIGN = dept('산업디자인학과', 'Dept. of Industrial Design', true);

// prettier-ignore
export const SECTOR_PROFILES: readonly SectorProfile[] = [
  {
    id: 'shipbuilding',
    label: n('조선해양', 'shipbuilding and offshore'),
    core: ['shipbuilding', 'shipbuilding-offshore', 'ship', 'ship-block', 'offshore-plant', 'ship-equipment', 'marine-engine', 'eco-friendly-ship', 'leisure-boat', 'ship-outfitting', 'piping'],
    tech: ['welding', 'welding-automation', 'laser-welding', 'friction-stir-welding', 'non-destructive-testing', 'painting', 'corrosion', 'naval-architecture', 'ocean-engineering', 'mechanical-design', 'simulation', 'noise-vibration', 'smart-factory', 'steel-structure'],
    firmKsic: ['31111', '31113', '31114', '31120', '25114', '25112', '29111', '25923'],
    instituteKsic: ['70129', '72129'],
    products: [n('선박 블록', 'ship blocks'), n('선박용 배관', 'ship piping'), n('해양플랜트 모듈', 'offshore plant modules'), n('선박 의장품', 'ship outfitting parts'), n('선박용 밸브', 'marine valves'), n('레저보트', 'leisure boats'), n('선박 엔진 부품', 'marine engine parts'), n('선실 모듈', 'cabin modules')],
    customers: [n('국내 대형 조선소', 'major Korean shipyards'), n('중형 조선소', 'mid-sized shipyards'), n('해양플랜트 EPC 기업', 'offshore EPC contractors'), n('조선기자재 1차 협력사', 'tier-1 marine equipment suppliers')],
    equipment: [n('용접 시험 설비', 'welding test rigs'), n('예인수조', 'a towing tank'), n('구조 해석 소프트웨어', 'structural analysis software')],
    firmSuffixes: [n('조선', 'Shipbuilding'), n('중공업', 'Heavy Industries'), n('마린', 'Marine'), n('해양', 'Ocean'), n('오션텍', 'Oceantech')],
    departments: [dept('조선해양공학과', 'Dept. of Naval Architecture and Ocean Engineering'), dept('해양공학과', 'Dept. of Ocean Engineering'), MECH, MSE],
    baseWeight: 0.1,
  },
  {
    id: 'automotive',
    label: n('자동차부품', 'automotive parts'),
    core: ['automotive', 'auto-parts', 'electric-vehicle', 'eco-friendly-vehicle', 'hydrogen-vehicle', 'automotive-electronics', 'powertrain', 'chassis', 'car-body', 'special-vehicle', 'transport-equipment'],
    tech: ['lightweighting', 'autonomous-driving', 'metal-forming', 'mould-die', 'injection-moulding', 'welding', 'reliability', 'noise-vibration', 'mechanical-design', 'simulation', 'smart-factory', 'machine-vision', 'battery-pack', 'electric-motor'],
    firmKsic: ['30310', '30320', '30331', '30332', '30391', '30392', '30399', '25913', '22241'],
    instituteKsic: ['70129', '72919'],
    products: [n('차체 프레스 부품', 'stamped body parts'), n('변속기 부품', 'transmission parts'), n('제동장치 부품', 'brake components'), n('시트 프레임', 'seat frames'), n('와이어링 하네스', 'wiring harnesses'), n('배터리 케이스', 'battery housings'), n('플라스틱 내장 부품', 'plastic interior parts'), n('구동모터 부품', 'traction motor parts')],
    customers: [n('완성차 업체', 'car makers'), n('자동차 1차 협력사', 'tier-1 automotive suppliers'), n('전기차 부품 업체', 'EV component makers')],
    equipment: [n('차량 내구 시험 설비', 'vehicle durability test rigs'), n('충돌 해석 소프트웨어', 'crash simulation software'), n('3차원 측정기', 'a coordinate measuring machine')],
    firmSuffixes: [n('오토텍', 'Autotech'), n('오토모티브', 'Automotive'), n('정공', 'Precision Industries'), n('모빌리티', 'Mobility'), n('산업', 'Industrial')],
    departments: [dept('자동차공학과', 'Dept. of Automotive Engineering'), dept('미래자동차공학과', 'Dept. of Future Automotive Engineering'), MECH, ELEC],
    baseWeight: 0.3,
  },
  {
    id: 'aerospace',
    label: n('항공우주', 'aerospace'),
    core: ['aerospace', 'aircraft', 'aircraft-parts', 'aircraft-mro', 'space', 'drone'],
    tech: ['composites', 'carbon-fibre', 'light-metals', 'cnc-machining', 'precision-parts', 'non-destructive-testing', 'mechanical-design', 'simulation', 'reliability', 'surface-treatment'],
    firmKsic: ['31311', '31312', '31321', '31322', '25924'],
    instituteKsic: ['70129'],
    products: [n('항공기 기체 구조물', 'airframe structures'), n('항공기 엔진 부품', 'aero-engine parts'), n('복합재 패널', 'composite panels'), n('드론 기체', 'drone airframes'), n('착륙장치 부품', 'landing gear parts')],
    customers: [n('항공기 체계기업', 'aircraft prime contractors'), n('항공 MRO 업체', 'MRO providers'), n('방산 업체', 'defence contractors')],
    equipment: [n('오토클레이브', 'an autoclave'), n('풍동 시험 설비', 'a wind tunnel'), n('초음파 탐상 장비', 'ultrasonic inspection equipment')],
    firmSuffixes: [n('에어로', 'Aero'), n('에어로스페이스', 'Aerospace'), n('항공', 'Aviation'), n('정밀', 'Precision')],
    departments: [dept('항공우주공학과', 'Dept. of Aerospace Engineering'), MECH, MSE],
    baseWeight: 0,
  },
  {
    id: 'machinery',
    label: n('기계', 'machinery'),
    core: ['machinery', 'machine-tools', 'precision-parts', 'precision-machinery', 'hydraulics', 'power-transmission', 'pump-valve', 'construction-machinery', 'agricultural-machinery', 'hvac', 'boiler-heat-exchanger', 'plant-engineering', 'mechatronics'],
    tech: ['factory-automation', 'smart-factory', 'robotics', 'collaborative-robot', 'cnc-machining', 'mechanical-design', 'simulation', 'noise-vibration', 'reliability', 'machine-vision', 'iot', 'metrology'],
    firmKsic: ['29120', '29131', '29133', '29141', '29142', '29280', '29199', '29229', '25924', '29210'],
    instituteKsic: ['70129', '72129'],
    products: [n('유압 실린더', 'hydraulic cylinders'), n('감속기', 'gear reducers'), n('산업용 밸브', 'industrial valves'), n('자동화 설비', 'automation equipment'), n('공작기계 부품', 'machine tool parts'), n('정밀 가공 부품', 'precision machined parts'), n('농기계 부품', 'farm machinery parts'), n('열교환기', 'heat exchangers')],
    customers: [n('국내 장비 제조사', 'domestic equipment makers'), n('플랜트 건설사', 'plant builders'), n('중견 기계 업체', 'mid-sized machine builders')],
    equipment: [n('5축 가공기', 'a five-axis machining centre'), n('진동 시험기', 'a vibration tester'), n('로봇 실증 라인', 'a robot test line')],
    firmSuffixes: [n('기계', 'Machinery'), n('정밀', 'Precision'), n('정공', 'Precision Industries'), n('로보틱스', 'Robotics'), n('오토메이션', 'Automation'), n('엠텍', 'Mtech')],
    departments: [MECH, dept('기계설계공학과', 'Dept. of Mechanical Design Engineering', true), dept('메카트로닉스공학과', 'Dept. of Mechatronics Engineering', true), dept('로봇공학과', 'Dept. of Robotics Engineering'), IE],
    baseWeight: 1.2,
  },
  {
    id: 'root-process',
    label: n('뿌리산업', 'root industries'),
    core: ['root-industry', 'casting', 'mould-die', 'forging', 'metal-forming', 'heat-treatment', 'surface-treatment', 'plating', 'painting', 'injection-moulding', 'powder-metallurgy', 'welding'],
    tech: ['welding-automation', 'laser-welding', 'additive-manufacturing', 'simulation', 'process-improvement', 'quality-management', 'metal-materials', 'corrosion', 'wastewater', 'smart-factory', 'machine-vision'],
    firmKsic: ['24311', '24321', '25912', '25914', '25921', '25922', '25923', '29293', '22299', '25911'],
    instituteKsic: ['70129', '72919'],
    products: [n('주물 부품', 'cast parts'), n('사출 금형', 'injection moulds'), n('프레스 금형', 'press dies'), n('단조 부품', 'forged parts'), n('열처리 부품', 'heat-treated parts'), n('도금 부품', 'plated parts'), n('다이캐스팅 하우징', 'die-cast housings')],
    customers: [n('자동차 부품 업체', 'automotive suppliers'), n('전자 부품 업체', 'electronics makers'), n('기계 제조사', 'machine builders')],
    equipment: [n('주조 해석 소프트웨어', 'casting simulation software'), n('열처리로', 'heat-treatment furnaces'), n('표면 분석 장비', 'surface analysis instruments')],
    firmSuffixes: [n('금형', 'Mold'), n('주조', 'Casting'), n('열처리', 'Heat Treatment'), n('도금', 'Plating'), n('금속', 'Metal'), n('정밀', 'Precision')],
    departments: [MSE, METAL, MECH, IE],
    baseWeight: 1,
  },
  {
    id: 'metals',
    label: n('철강·비철금속', 'steel and non-ferrous metals'),
    core: ['steel', 'special-steel', 'non-ferrous-metals', 'aluminium', 'copper', 'light-metals', 'rare-metals', 'metal-fabrication', 'fasteners', 'steel-structure'],
    tech: ['metal-materials', 'heat-treatment', 'corrosion', 'materials-analysis', 'welding', 'casting', 'process-improvement', 'energy-efficiency', 'carbon-neutrality', 'waste-recycling'],
    firmKsic: ['24111', '24112', '24122', '24132', '24191', '24212', '24222', '24213', '25941', '25112'],
    instituteKsic: ['70129', '72911'],
    products: [n('냉연 강판', 'cold-rolled steel sheet'), n('강관', 'steel pipes'), n('알루미늄 압출재', 'aluminium extrusions'), n('특수강 봉강', 'special steel bars'), n('아연 괴', 'zinc ingots'), n('볼트·너트', 'bolts and nuts'), n('철구조물', 'steel structures')],
    customers: [n('조선소', 'shipyards'), n('자동차 부품 업체', 'automotive suppliers'), n('건설사', 'construction companies'), n('가전 업체', 'appliance makers')],
    equipment: [n('성분 분석기', 'composition analysers'), n('만능 재료 시험기', 'a universal testing machine'), n('파일럿 압연기', 'a pilot rolling mill')],
    firmSuffixes: [n('철강', 'Steel'), n('스틸', 'Steel'), n('메탈', 'Metal'), n('강관', 'Steel Pipe'), n('알미늄', 'Aluminium')],
    departments: [METAL, MSE, dept('철강공학과', 'Dept. of Steel Engineering')],
    baseWeight: 0.5,
  },
  {
    id: 'chemicals',
    label: n('화학', 'chemicals'),
    core: ['petrochemicals', 'oil-refining', 'fine-chemicals', 'chemical-engineering', 'polymer', 'engineering-plastics', 'rubber', 'paints', 'adhesives', 'catalyst', 'industrial-gas'],
    tech: ['process-improvement', 'chemical-safety', 'materials-analysis', 'simulation', 'energy-efficiency', 'carbon-neutrality', 'ccus', 'wastewater', 'air-pollution', 'nanomaterials'],
    firmKsic: ['20111', '20119', '20129', '20411', '20493', '20499', '22191', '22199', '22212', '19221'],
    instituteKsic: ['70111', '70129'],
    products: [n('합성수지 컴파운드', 'resin compounds'), n('특수 도료', 'specialty coatings'), n('산업용 접착제', 'industrial adhesives'), n('촉매', 'catalysts'), n('고무 부품', 'rubber parts'), n('플라스틱 필름', 'plastic films'), n('윤활유', 'lubricants')],
    customers: [n('석유화학 대기업', 'major petrochemical companies'), n('자동차 부품 업체', 'automotive suppliers'), n('전자소재 업체', 'electronic materials makers')],
    equipment: [n('파일럿 반응기', 'a pilot reactor'), n('가스크로마토그래피', 'gas chromatographs'), n('공정 모사 소프트웨어', 'process simulation software')],
    firmSuffixes: [n('화학', 'Chemical'), n('케미칼', 'Chemical'), n('켐', 'Chem'), n('폴리머', 'Polymer'), n('화성', 'Chemical Industries')],
    departments: [CHEME, dept('화학과', 'Dept. of Chemistry', true), dept('고분자공학과', 'Dept. of Polymer Science and Engineering', true), ENV],
    baseWeight: 0.3,
  },
  {
    id: 'semiconductor',
    label: n('반도체', 'semiconductors'),
    core: ['semiconductor', 'memory-semiconductor', 'system-semiconductor', 'fabless', 'semiconductor-equipment', 'semiconductor-packaging', 'semiconductor-materials', 'wafer', 'power-semiconductor', 'cleanroom'],
    tech: ['machine-vision', 'process-improvement', 'reliability', 'metrology', 'simulation', 'nanomaterials', 'industrial-gas', 'smart-factory', 'artificial-intelligence'],
    firmKsic: ['26112', '26129', '29271', '20129', '26299'],
    instituteKsic: ['70121', '70129'],
    products: [n('반도체 검사장비', 'semiconductor inspection equipment'), n('웨이퍼 세정장비', 'wafer cleaning equipment'), n('반도체 패키지 기판', 'package substrates'), n('전력반도체 모듈', 'power semiconductor modules'), n('반도체 공정 부품', 'semiconductor process parts'), n('고순도 케미칼', 'high-purity chemicals')],
    customers: [n('반도체 소자 업체', 'chipmakers'), n('반도체 장비 업체', 'semiconductor equipment makers'), n('팹리스 기업', 'fabless companies')],
    equipment: [n('반도체 공정 클린룸', 'a process cleanroom'), n('주사전자현미경', 'a scanning electron microscope'), n('웨이퍼 프로버', 'a wafer prober')],
    firmSuffixes: [n('세미콘', 'Semicon'), n('반도체', 'Semiconductor'), n('머티리얼즈', 'Materials'), n('솔루션', 'Solutions')],
    departments: [EE, dept('반도체공학과', 'Dept. of Semiconductor Engineering'), MSE, CHEME],
    baseWeight: 0,
  },
  {
    id: 'display',
    label: n('디스플레이', 'display'),
    core: ['display', 'oled', 'lcd', 'flexible-display', 'micro-led', 'display-equipment', 'touch-panel', 'glass-substrate', 'functional-film'],
    tech: ['machine-vision', 'printed-electronics', 'laser', 'optics', 'nanomaterials', 'reliability', 'process-improvement', 'smart-factory'],
    firmKsic: ['26211', '26212', '29272', '23122', '22212', '26299'],
    instituteKsic: ['70121'],
    products: [n('디스플레이 검사장비', 'display inspection equipment'), n('OLED 증착 부품', 'OLED deposition parts'), n('광학 필름', 'optical films'), n('터치 패널', 'touch panels'), n('백라이트 유닛', 'backlight units'), n('커버 유리', 'cover glass')],
    customers: [n('디스플레이 패널 업체', 'display panel makers'), n('전자 세트 업체', 'device makers')],
    equipment: [n('OLED 증착 장비', 'OLED evaporation equipment'), n('광학 측정 장비', 'optical measurement instruments')],
    firmSuffixes: [n('디스플레이', 'Display'), n('이엔지', 'ENG'), n('머티리얼즈', 'Materials'), n('시스템', 'Systems')],
    departments: [dept('디스플레이공학과', 'Dept. of Display Engineering'), EE, MSE, dept('물리학과', 'Dept. of Physics', true)],
    baseWeight: 0,
  },
  {
    id: 'battery',
    label: n('이차전지', 'secondary batteries'),
    core: ['secondary-battery', 'cathode-material', 'anode-material', 'battery-separator', 'electrolyte', 'solid-state-battery', 'battery-pack', 'energy-storage', 'battery-recycling'],
    tech: ['materials-analysis', 'reliability', 'process-improvement', 'simulation', 'nanomaterials', 'smart-factory', 'industrial-safety', 'power-electronics'],
    firmKsic: ['28202', '20129', '20499', '22212', '38312'],
    instituteKsic: ['70129', '70111'],
    products: [n('양극재', 'cathode materials'), n('음극재', 'anode materials'), n('배터리 팩', 'battery packs'), n('분리막', 'separators'), n('전해액', 'electrolytes'), n('ESS 시스템', 'ESS units'), n('배터리 부품', 'battery components')],
    customers: [n('배터리 셀 제조사', 'battery cell makers'), n('전기차 제조사', 'EV makers'), n('ESS 운영사', 'ESS operators')],
    equipment: [n('충방전 시험기', 'charge–discharge cyclers'), n('드라이룸', 'a dry room'), n('열폭주 시험 설비', 'thermal runaway test equipment')],
    firmSuffixes: [n('에너지', 'Energy'), n('배터리', 'Battery'), n('머티리얼즈', 'Materials'), n('파워', 'Power')],
    departments: [CHEME, MSE, ENERGY, ELEC],
    baseWeight: 0,
  },
  {
    id: 'electronics',
    label: n('전기전자', 'electrical and electronics'),
    core: ['electrical-electronics', 'electronic-components', 'pcb', 'mlcc', 'sensor', 'communication-equipment', '5g', 'power-electronics', 'mobile-devices', 'camera-module', 'electric-motor', 'home-appliances', 'wire-cable', 'power-equipment'],
    tech: ['embedded-system', 'reliability', 'machine-vision', 'iot', 'simulation', 'testing-certification', 'metrology', 'printed-electronics', 'smart-factory'],
    firmKsic: ['26222', '26224', '26299', '26410', '26429', '28111', '28112', '28302'],
    instituteKsic: ['70121', '72919'],
    products: [n('인쇄회로기판', 'printed circuit boards'), n('센서 모듈', 'sensor modules'), n('무선통신 모듈', 'wireless modules'), n('전원공급장치', 'power supplies'), n('소형 모터', 'small motors'), n('배전반', 'switchboards'), n('휴대폰 부품', 'handset parts')],
    customers: [n('전자 세트 업체', 'electronics OEMs'), n('가전 업체', 'appliance makers'), n('통신사', 'telecom operators'), n('자동차 전장 업체', 'automotive electronics makers')],
    equipment: [n('전자파 시험실', 'an EMC test chamber'), n('환경 신뢰성 챔버', 'environmental test chambers'), n('SMT 시작 라인', 'an SMT pilot line')],
    firmSuffixes: [n('전자', 'Electronics'), n('일렉트로닉스', 'Electronics'), n('전기', 'Electric'), n('텔레콤', 'Telecom'), n('디바이스', 'Devices')],
    departments: [EE, ELEC, dept('전자전기공학부', 'School of Electrical and Electronic Engineering', true), dept('정보통신공학과', 'Dept. of Information and Communication Engineering', true)],
    baseWeight: 0.4,
  },
  {
    id: 'ict',
    label: n('정보통신·소프트웨어', 'IT and software'),
    core: ['information-technology', 'software', 'artificial-intelligence', 'machine-learning', 'big-data', 'iot', 'cloud', 'cybersecurity', 'digital-twin', 'mes', 'erp', 'system-integration', 'extended-reality', 'mobile-app', 'digital-content', 'knowledge-industry', 'blockchain', 'digital-transformation'],
    tech: ['machine-vision', 'smart-factory', 'embedded-system', 'simulation', 'rfid', 'artificial-intelligence', 'big-data', 'digital-twin'],
    firmKsic: ['58221', '58222', '62010', '62021', '62090', '63111', '63991'],
    instituteKsic: ['70121'],
    products: [n('제조 데이터 플랫폼', 'a manufacturing data platform'), n('생산관리 솔루션', 'production management software'), n('AI 품질검사 솔루션', 'AI quality inspection software'), n('IoT 모니터링 시스템', 'an IoT monitoring system'), n('모바일 앱', 'mobile apps'), n('보안 솔루션', 'security solutions')],
    customers: [n('산업단지 제조기업', 'manufacturers in industrial complexes'), n('공공기관', 'public agencies'), n('중소 제조기업', 'small manufacturers')],
    equipment: [n('GPU 서버', 'GPU servers'), n('테스트베드 공장', 'a testbed factory')],
    firmSuffixes: [n('소프트', 'Soft'), n('정보통신', 'Information & Communication'), n('데이터', 'Data'), n('랩스', 'Labs'), n('아이앤씨', 'I&C')],
    departments: [CSE, dept('소프트웨어학과', 'Dept. of Software', true), dept('인공지능학과', 'Dept. of Artificial Intelligence', true), IE],
    baseWeight: 0.3,
    verb: 'develop',
  },
  {
    id: 'photonics',
    label: n('광산업', 'photonics'),
    core: ['photonics', 'optics', 'led', 'laser', 'optical-communication', 'lighting', 'image-sensor', 'optical-measurement'],
    tech: ['machine-vision', 'precision-machinery', 'metrology', 'reliability', 'simulation', 'smart-factory', 'testing-certification'],
    firmKsic: ['26121', '27301', '27309', '28422', '28301', '29221'],
    instituteKsic: ['70121', '72919'],
    products: [n('LED 조명 모듈', 'LED lighting modules'), n('광학 렌즈', 'optical lenses'), n('레이저 가공기', 'laser processing machines'), n('광통신 부품', 'optical communication components'), n('광센서', 'optical sensors'), n('적외선 카메라', 'infrared cameras')],
    customers: [n('조명 업체', 'lighting companies'), n('자동차 부품 업체', 'automotive suppliers'), n('통신장비 업체', 'telecom equipment makers'), n('의료기기 업체', 'medical device makers')],
    equipment: [n('광특성 평가 장비', 'photometric test equipment'), n('레이저 가공 시스템', 'laser processing systems')],
    firmSuffixes: [n('옵틱스', 'Optics'), n('포토닉스', 'Photonics'), n('광학', 'Optical'), n('라이팅', 'Lighting'), n('레이저', 'Laser')],
    departments: [dept('광기술공학과', 'Dept. of Photonic Engineering'), dept('물리학과', 'Dept. of Physics', true), EE],
    baseWeight: 0,
  },
  {
    id: 'medical',
    label: n('의료기기', 'medical devices'),
    core: ['medical-devices', 'medical-imaging', 'in-vitro-diagnostics', 'rehabilitation-devices', 'dental', 'digital-health', 'healthcare', 'wearable', 'biosignal', 'medical-robot', 'biomaterials'],
    tech: ['regulatory-approval', 'reliability', 'embedded-system', 'sensor', 'artificial-intelligence', 'clinical-trial', 'testing-certification', 'mechanical-design', 'industrial-design'],
    firmKsic: ['27111', '27112', '27191', '27199'],
    instituteKsic: ['70113', '72919'],
    products: [n('초음파 진단기', 'ultrasound scanners'), n('재활 보조기기', 'rehabilitation aids'), n('체외진단 키트', 'IVD kits'), n('환자감시장치', 'patient monitors'), n('치과용 임플란트', 'dental implants'), n('웨어러블 헬스케어 기기', 'wearable health devices'), n('엑스레이 장비', 'X-ray systems')],
    customers: [n('병원', 'hospitals'), n('의료기기 유통사', 'medical device distributors'), n('해외 바이어', 'overseas buyers')],
    equipment: [n('전기안전 시험 장비', 'electrical safety testers'), n('생체적합성 평가 시설', 'biocompatibility test facilities'), n('GMP 시제품 생산시설', 'a GMP prototype facility')],
    firmSuffixes: [n('메디칼', 'Medical'), n('메디텍', 'Meditech'), n('헬스케어', 'Healthcare'), n('바이오메드', 'Biomed')],
    departments: [dept('의공학부', 'Dept. of Biomedical Engineering'), dept('방사선학과', 'Dept. of Radiological Science'), EE, MECH],
    baseWeight: 0,
  },
  {
    id: 'bio',
    label: n('바이오', 'bio'),
    core: ['biotechnology', 'bio-health', 'pharmaceuticals', 'biopharmaceuticals', 'cosmetics', 'health-functional-food', 'natural-products', 'marine-bio', 'fermentation', 'herbal-medicine', 'genomics'],
    tech: ['clinical-trial', 'regulatory-approval', 'materials-analysis', 'testing-certification', 'genomics', 'food-safety', 'big-data', 'fermentation'],
    firmKsic: ['21102', '21210', '21220', '20423', '10797', '10795'],
    instituteKsic: ['70111', '70113'],
    products: [n('기능성 화장품', 'functional cosmetics'), n('건강기능식품', 'health functional foods'), n('천연물 추출물', 'natural extracts'), n('바이오 의약품 원료', 'biopharmaceutical ingredients'), n('발효 소재', 'fermented ingredients'), n('한방 화장품', 'herbal cosmetics')],
    customers: [n('화장품 브랜드사', 'cosmetics brands'), n('제약사', 'pharmaceutical companies'), n('해외 유통사', 'overseas distributors'), n('건강식품 유통사', 'health food distributors')],
    equipment: [n('GMP 파일럿 플랜트', 'a GMP pilot plant'), n('액체크로마토그래피 질량분석기', 'an LC-MS system'), n('세포 배양실', 'a cell culture facility')],
    firmSuffixes: [n('바이오', 'Bio'), n('바이오텍', 'Biotech'), n('코스메틱', 'Cosmetics'), n('팜', 'Pharm'), n('생명과학', 'Life Science')],
    departments: [BIOTECH, dept('생명과학과', 'Dept. of Life Sciences', true), dept('화장품과학과', 'Dept. of Cosmetic Science'), dept('해양생명과학과', 'Dept. of Marine Life Science'), dept('약학대학', 'College of Pharmacy')],
    baseWeight: 0.1,
  },
  {
    id: 'food-agro',
    label: n('식품·농수산', 'food and agro'),
    core: ['food-processing', 'traditional-food', 'beverages', 'mineral-water', 'agro-products', 'seafood', 'livestock', 'smart-farm', 'citrus', 'packaging', 'cold-chain'],
    tech: ['food-safety', 'fermentation', 'health-functional-food', 'process-improvement', 'brand-design', 'quality-management', 'smart-factory', 'packaging', 'cold-chain'],
    firmKsic: ['10301', '10309', '10219', '10220', '11209', '10799'],
    instituteKsic: ['70112'],
    products: [n('김치', 'kimchi'), n('감귤 가공품', 'citrus products'), n('수산 가공품', 'processed seafood'), n('전통 장류', 'traditional sauces'), n('음료', 'beverages'), n('건조 농산물', 'dried farm produce'), n('간편식', 'ready meals')],
    customers: [n('대형 유통업체', 'large retailers'), n('급식 업체', 'food service companies'), n('온라인 쇼핑몰', 'online shops'), n('수출 바이어', 'export buyers')],
    equipment: [n('식품 파일럿 플랜트', 'a food pilot plant'), n('미생물 분석실', 'a microbiology lab'), n('관능 평가실', 'a sensory evaluation room')],
    firmSuffixes: [n('푸드', 'Food'), n('식품', 'Foods'), n('농산', 'Agro'), n('수산', 'Seafood'), n('에프앤비', 'F&B')],
    departments: [FOOD, dept('식품영양학과', 'Dept. of Food and Nutrition', true), dept('원예학과', 'Dept. of Horticulture'), dept('바이오산업기계공학과', 'Dept. of Bio-Industrial Machinery Engineering')],
    baseWeight: 0.4,
  },
  {
    id: 'green-energy',
    label: n('신재생에너지', 'renewable energy'),
    core: ['renewable-energy', 'green-industry', 'solar', 'wind-power', 'offshore-wind', 'hydrogen', 'hydrogen-infrastructure', 'water-electrolysis', 'fuel-cell', 'bioenergy', 'smart-grid', 'nuclear-power', 'power-equipment'],
    tech: ['power-electronics', 'energy-storage', 'simulation', 'reliability', 'carbon-neutrality', 'eco-friendly', 'iot', 'energy-efficiency'],
    firmKsic: ['35114', '35119', '28111', '28112', '25122', '25123', '29119'],
    instituteKsic: ['70129'],
    products: [n('태양광 모듈', 'solar modules'), n('풍력 블레이드', 'wind turbine blades'), n('수소 저장 용기', 'hydrogen storage vessels'), n('연료전지 스택', 'fuel cell stacks'), n('전력변환장치', 'power converters'), n('바이오가스 설비', 'biogas plants')],
    customers: [n('발전사', 'power utilities'), n('공공기관', 'public agencies'), n('EPC 기업', 'EPC contractors')],
    equipment: [n('실증 발전 단지', 'a demonstration power site'), n('계통연계 시험 설비', 'grid connection test equipment')],
    firmSuffixes: [n('에너지', 'Energy'), n('그린', 'Green'), n('솔라', 'Solar'), n('파워', 'Power'), n('윈드', 'Wind')],
    departments: [ENERGY, ELEC, MECH],
    baseWeight: 0.1,
  },
  {
    id: 'environment',
    label: n('환경', 'environment'),
    core: ['environment', 'wastewater', 'waste-recycling', 'air-pollution', 'soil-remediation', 'environmental-monitoring', 'carbon-neutrality', 'ccus', 'eco-friendly', 'battery-recycling'],
    tech: ['sensor', 'iot', 'big-data', 'catalyst', 'chemical-safety', 'industrial-safety', 'process-improvement', 'materials-analysis'],
    firmKsic: ['37012', '38220', '38312', '39001', '72122'],
    instituteKsic: ['70129', '72122'],
    products: [n('폐수 처리 설비', 'wastewater treatment units'), n('집진기', 'dust collectors'), n('재활용 원료', 'recycled raw materials'), n('환경 측정기', 'environmental analysers'), n('악취 저감 장치', 'odour control units')],
    customers: [n('산업단지 입주기업', 'complex tenants'), n('지방자치단체', 'local governments'), n('공공기관', 'public agencies')],
    equipment: [n('수질 분석 장비', 'water quality analysers'), n('대기 측정 차량', 'an air monitoring vehicle')],
    firmSuffixes: [n('환경', 'Environment'), n('엔바이로', 'Enviro'), n('에코', 'Eco'), n('워터', 'Water')],
    departments: [ENV, CHEME, dept('환경공학부', 'School of Environmental Engineering')],
    baseWeight: 0.3,
  },
  {
    id: 'materials',
    label: n('소재', 'materials'),
    core: ['advanced-materials', 'parts-materials', 'composites', 'carbon-fibre', 'ceramics', 'nanomaterials', 'functional-film', 'glass', 'metal-materials', 'magnets', 'technical-textiles', 'non-metallic-minerals'],
    tech: ['materials-analysis', 'reliability', 'simulation', 'surface-treatment', 'prototyping', 'nanomaterials', 'additive-manufacturing'],
    firmKsic: ['23995', '23222', '23129', '22212', '24229', '20499'],
    instituteKsic: ['70129', '72911'],
    products: [n('탄소섬유 복합재', 'carbon fibre composites'), n('파인세라믹 부품', 'fine ceramic parts'), n('기능성 필름', 'functional films'), n('나노 분말', 'nano powders'), n('특수 유리', 'specialty glass'), n('영구자석', 'permanent magnets')],
    customers: [n('부품 제조사', 'component makers'), n('전자 부품 업체', 'electronics makers'), n('자동차 부품 업체', 'automotive suppliers'), n('항공 부품 업체', 'aircraft parts makers')],
    equipment: [n('투과전자현미경', 'a transmission electron microscope'), n('X선 회절 분석기', 'an X-ray diffractometer'), n('복합재 성형 설비', 'composite moulding equipment')],
    firmSuffixes: [n('소재', 'Materials'), n('세라믹', 'Ceramics'), n('카본', 'Carbon'), n('나노', 'Nano'), n('신소재', 'Advanced Materials')],
    departments: [MSE, dept('재료공학과', 'Dept. of Materials Engineering', true), dept('세라믹공학과', 'Dept. of Ceramic Engineering'), dept('탄소융합공학과', 'Dept. of Carbon Convergence Engineering'), dept('고분자공학과', 'Dept. of Polymer Science and Engineering', true)],
    baseWeight: 0.2,
  },
  {
    id: 'textile',
    label: n('섬유', 'textiles'),
    core: ['textiles', 'technical-textiles', 'nonwoven', 'dyeing', 'carbon-fibre'],
    tech: ['materials-analysis', 'testing-certification', 'industrial-design', 'smart-factory', 'eco-friendly', 'process-improvement'],
    firmKsic: ['13213', '13219', '13992', '13402'],
    instituteKsic: ['70129', '72919'],
    products: [n('기능성 원단', 'functional fabrics'), n('산업용 부직포', 'industrial nonwovens'), n('염색 가공 원단', 'dyed fabrics'), n('자동차 내장 원단', 'automotive interior textiles'), n('아웃도어 소재', 'outdoor fabrics')],
    customers: [n('의류 브랜드', 'apparel brands'), n('자동차 부품 업체', 'automotive suppliers'), n('산업용 섬유 수요처', 'industrial textile users')],
    equipment: [n('섬유 물성 시험기', 'textile property testers'), n('염색 파일럿 설비', 'a pilot dyeing line')],
    firmSuffixes: [n('섬유', 'Textile'), n('텍스타일', 'Textile'), n('패브릭', 'Fabric'), n('화섬', 'Synthetic Fibre')],
    departments: [dept('섬유시스템공학과', 'Dept. of Textile System Engineering'), MSE, CHEME],
    baseWeight: 0.05,
  },
  {
    id: 'light-industry',
    label: n('생활소비재', 'light industry'),
    core: ['wood-products', 'paper', 'printing', 'jewellery', 'furniture', 'packaging'],
    tech: ['industrial-design', 'brand-design', 'process-improvement', 'eco-friendly', 'quality-management', 'smart-factory'],
    firmKsic: ['16102', '17212', '18113', '33110', '32091'],
    instituteKsic: ['72919'],
    products: [n('목재 가공품', 'wood products'), n('골판지 상자', 'corrugated boxes'), n('인쇄물', 'printed matter'), n('귀금속 장신구', 'jewellery'), n('사무용 가구', 'office furniture')],
    customers: [n('유통업체', 'retailers'), n('공공기관', 'public agencies'), n('해외 바이어', 'overseas buyers')],
    equipment: [n('디자인 시제품실', 'a design prototyping room')],
    firmSuffixes: [n('산업', 'Industrial'), n('디자인', 'Design'), n('상사', 'Trading')],
    departments: [DESIGN, IE],
    baseWeight: 0.05,
  },
  {
    id: 'logistics',
    label: n('물류', 'logistics'),
    core: ['logistics', 'port-logistics', 'supply-chain', 'freight-transport', 'cold-chain'],
    tech: ['logistics-automation', 'rfid', 'big-data', 'iot', 'service-robot', 'packaging', 'erp'],
    firmKsic: ['49301', '52101', '52102', '52992'],
    instituteKsic: ['72919'],
    products: [n('제3자 물류 서비스', 'third-party logistics'), n('냉장 물류', 'cold chain logistics'), n('항만 하역', 'port handling'), n('창고 관리 시스템', 'warehouse management systems')],
    customers: [n('산업단지 제조기업', 'manufacturers in industrial complexes'), n('수출입 기업', 'importers and exporters'), n('유통업체', 'retailers')],
    equipment: [n('물류 자동화 테스트베드', 'a logistics automation testbed')],
    firmSuffixes: [n('로지스틱스', 'Logistics'), n('물류', 'Logistics'), n('해운', 'Shipping'), n('익스프레스', 'Express')],
    departments: [dept('항만물류학과', 'Dept. of Port Logistics'), IE],
    baseWeight: 0.15,
    verb: 'provide',
  },
  {
    id: 'tech-services',
    label: n('기술서비스', 'technical services'),
    core: ['testing-certification', 'reliability', 'metrology', 'standardisation', 'industrial-design', 'consulting', 'intellectual-property', 'prototyping', 'non-destructive-testing', 'materials-analysis'],
    tech: ['mechanical-design', 'simulation', 'quality-management', 'process-improvement', 'additive-manufacturing', 'machine-vision'],
    firmKsic: ['72129', '72919', '72911', '73202', '73203'],
    instituteKsic: ['72919', '72911'],
    products: [n('시험성적서 발급', 'test reports'), n('제품 디자인 용역', 'product design services'), n('시제품 제작 서비스', 'prototyping services'), n('교정 서비스', 'calibration services'), n('특허 분석', 'patent analysis')],
    customers: [n('중소 제조기업', 'small manufacturers'), n('수출 기업', 'exporters'), n('연구기관', 'research institutes')],
    equipment: [n('공인 시험 장비', 'accredited test equipment'), n('3D 프린터', '3D printers')],
    firmSuffixes: [n('기술', 'Technology'), n('디자인', 'Design'), n('컨설팅', 'Consulting'), n('테스트', 'Testing')],
    departments: [IE, DESIGN, MECH],
    baseWeight: 0.25,
    verb: 'provide',
  },
];

/** Endings any firm may use, whatever its sector. */
export const GENERIC_FIRM_SUFFIXES: readonly Named[] = [
  n('산업', 'Industrial'),
  n('테크', 'Tech'),
  n('엔지니어링', 'Engineering'),
  n('이엔지', 'ENG'),
  n('하이텍', 'Hitech'),
  n('시스템', 'Systems'),
  n('솔루션', 'Solutions'),
  n('텍', 'Tec'),
  n('코리아', 'Korea'),
];

/** First parts of firm names, with the romanisation the firms themselves tend to use. */
// prettier-ignore
export const FIRM_STEMS: readonly Named[] = [
  n('대한', 'Daehan'), n('한빛', 'Hanbit'), n('동양', 'Dongyang'), n('삼광', 'Samkwang'),
  n('세진', 'Sejin'), n('태영', 'Taeyoung'), n('우진', 'Woojin'), n('대성', 'Daesung'),
  n('신흥', 'Shinheung'), n('금강', 'Kumkang'), n('동일', 'Dongil'), n('영진', 'Youngjin'),
  n('성원', 'Sungwon'), n('한일', 'Hanil'), n('대원', 'Daewon'), n('삼화', 'Samhwa'),
  n('일진', 'Iljin'), n('동해', 'Donghae'), n('서해', 'Seohae'), n('남해', 'Namhae'),
  n('청우', 'Chungwoo'), n('미래', 'Mirae'), n('새한', 'Saehan'), n('유진', 'Yujin'),
  n('화신', 'Hwashin'), n('진성', 'Jinsung'), n('현성', 'Hyunsung'), n('태광', 'Taekwang'),
  n('신성', 'Shinsung'), n('대광', 'Daekwang'), n('한성', 'Hansung'), n('제일', 'Jeil'),
  n('범한', 'Bumhan'), n('두원', 'Doowon'), n('성진', 'Sungjin'), n('해성', 'Haesung'),
  n('광명', 'Kwangmyung'), n('보성', 'Bosung'), n('창성', 'Changsung'), n('정우', 'Jungwoo'),
  n('경원', 'Kyungwon'), n('우성', 'Woosung'), n('동진', 'Dongjin'), n('세원', 'Sewon'),
  n('명성', 'Myungsung'), n('한울', 'Hanul'), n('가온', 'Gaon'), n('누리', 'Nuri'),
  n('다온', 'Daon'), n('바른', 'Bareun'), n('으뜸', 'Eutteum'), n('푸른', 'Pureun'),
  n('한결', 'Hangyeol'), n('새롬', 'Saerom'), n('해오름', 'Haeoreum'), n('온누리', 'Onnuri'),
  n('한별', 'Hanbyeol'), n('대양', 'Daeyang'), n('태성', 'Taesung'), n('삼진', 'Samjin'),
  n('대진', 'Daejin'), n('영신', 'Youngshin'), n('천일', 'Cheonil'), n('중앙', 'Joongang'),
  n('한국', 'Hankook'), n('코리아', 'Korea'), n('에이스', 'Ace'), n('동성', 'Dongsung'),
  n('대명', 'Daemyung'), n('삼원', 'Samwon'), n('진영', 'Jinyoung'), n('상신', 'Sangshin'),
  n('덕산', 'Duksan'), n('세광', 'Sekwang'), n('신우', 'Shinwoo'), n('성우', 'Sungwoo'),
  n('금호', 'Kumho'), n('대흥', 'Daeheung'), n('국제', 'Kukje'), n('서진', 'Seojin'),
  n('우리', 'Woori'), n('한마음', 'Hanmaeum'), n('참', 'Cham'), n('빛나', 'Bitna'),
];

/** Latin initials as Korean firms write them in Hangul (KM → 케이엠). */
// prettier-ignore
export const INITIALS: readonly Named[] = [
  n('에이', 'A'), n('비', 'B'), n('씨', 'C'), n('디', 'D'), n('이', 'E'), n('지', 'G'),
  n('에이치', 'H'), n('제이', 'J'), n('케이', 'K'), n('엠', 'M'), n('엔', 'N'), n('피', 'P'),
  n('에스', 'S'), n('티', 'T'), n('더블유', 'W'), n('와이', 'Y'),
];

const u = (
  ko: string,
  en: string,
  slug: string,
  zone: ZoneCode,
  city: string,
  profiles: readonly string[],
  size: OrganizationSize = OrganizationSize.LARGE,
): University => ({ ko, en, slug, zone, city, profiles, size });

const M = OrganizationSize.MEDIUM;
const { CAPITAL, CHUNGCHEONG, DAEGYEONG, DONGNAM, HONAM, GANGWON, JEJU } = ZoneCode;

// prettier-ignore
export const UNIVERSITIES: readonly University[] = [
  // 수도권
  u('서울대학교', 'Seoul National University', 'snu', CAPITAL, '서울', ['shipbuilding', 'aerospace', 'semiconductor', 'materials', 'chemicals', 'ict', 'bio', 'medical']),
  u('한양대학교 ERICA캠퍼스', 'Hanyang University ERICA', 'hanyang-erica', CAPITAL, '안산', ['root-process', 'materials', 'chemicals', 'ict', 'automotive']),
  u('인하대학교', 'Inha University', 'inha', CAPITAL, '인천', ['shipbuilding', 'aerospace', 'logistics', 'materials', 'ict', 'chemicals']),
  u('인천대학교', 'Incheon National University', 'inu', CAPITAL, '인천', ['ict', 'logistics', 'bio']),
  u('한국공학대학교', 'Tech University of Korea', 'tukorea', CAPITAL, '시흥', ['root-process', 'machinery', 'semiconductor', 'ict', 'materials'], M),
  u('성균관대학교', 'Sungkyunkwan University', 'skku', CAPITAL, '수원', ['semiconductor', 'display', 'materials', 'chemicals', 'bio', 'ict']),
  u('아주대학교', 'Ajou University', 'ajou', CAPITAL, '수원', ['ict', 'chemicals', 'materials', 'battery']),
  u('서울과학기술대학교', 'Seoul National University of Science and Technology', 'seoultech', CAPITAL, '서울', ['machinery', 'automotive', 'materials', 'ict', 'root-process'], M),
  u('광운대학교', 'Kwangwoon University', 'kw', CAPITAL, '서울', ['electronics', 'ict', 'semiconductor'], M),
  u('한국항공대학교', 'Korea Aerospace University', 'kau', CAPITAL, '고양', ['aerospace', 'ict', 'logistics'], M),
  u('가천대학교', 'Gachon University', 'gachon', CAPITAL, '성남', ['bio', 'medical', 'ict', 'semiconductor']),
  // 충청권
  u('한국과학기술원', 'KAIST', 'kaist', CHUNGCHEONG, '대전', ['semiconductor', 'aerospace', 'battery', 'materials', 'chemicals', 'bio', 'ict', 'machinery', 'display']),
  u('충남대학교', 'Chungnam National University', 'cnu', CHUNGCHEONG, '대전', ['aerospace', 'materials', 'bio', 'chemicals', 'food-agro']),
  u('충북대학교', 'Chungbuk National University', 'chungbuk', CHUNGCHEONG, '청주', ['semiconductor', 'battery', 'bio', 'ict', 'food-agro']),
  u('한국기술교육대학교', 'KOREATECH', 'koreatech', CHUNGCHEONG, '천안', ['machinery', 'display', 'ict', 'root-process', 'semiconductor'], M),
  u('순천향대학교', 'Soonchunhyang University', 'sch', CHUNGCHEONG, '아산', ['display', 'medical', 'bio', 'ict'], M),
  u('호서대학교', 'Hoseo University', 'hoseo', CHUNGCHEONG, '아산', ['display', 'semiconductor', 'bio', 'ict', 'automotive'], M),
  u('선문대학교', 'Sun Moon University', 'sunmoon', CHUNGCHEONG, '아산', ['display', 'automotive', 'ict'], M),
  u('단국대학교 천안캠퍼스', 'Dankook University Cheonan Campus', 'dankook-cheonan', CHUNGCHEONG, '천안', ['bio', 'medical', 'materials']),
  u('한국교통대학교', 'Korea National University of Transportation', 'ut', CHUNGCHEONG, '충주', ['automotive', 'machinery', 'logistics', 'aerospace'], M),
  u('청주대학교', 'Cheongju University', 'cju', CHUNGCHEONG, '청주', ['semiconductor', 'ict'], M),
  u('공주대학교', 'Kongju National University', 'kongju', CHUNGCHEONG, '천안', ['root-process', 'machinery', 'materials', 'automotive'], M),
  u('한밭대학교', 'Hanbat National University', 'hanbat', CHUNGCHEONG, '대전', ['ict', 'machinery', 'chemicals', 'materials'], M),
  // 대경권
  u('경북대학교', 'Kyungpook National University', 'knu', DAEGYEONG, '대구', ['electronics', 'ict', 'textile', 'materials', 'machinery', 'medical', 'food-agro', 'semiconductor']),
  u('영남대학교', 'Yeungnam University', 'yu', DAEGYEONG, '경산', ['automotive', 'machinery', 'chemicals', 'textile', 'materials', 'bio']),
  u('계명대학교', 'Keimyung University', 'kmu', DAEGYEONG, '대구', ['automotive', 'textile', 'medical', 'ict']),
  u('금오공과대학교', 'Kumoh National Institute of Technology', 'kumoh', DAEGYEONG, '구미', ['electronics', 'semiconductor', 'ict', 'machinery', 'materials', 'display'], M),
  u('포항공과대학교', 'POSTECH', 'postech', DAEGYEONG, '포항', ['metals', 'materials', 'semiconductor', 'battery', 'chemicals', 'bio', 'ict']),
  u('대구경북과학기술원', 'DGIST', 'dgist', DAEGYEONG, '대구', ['machinery', 'battery', 'ict', 'bio', 'medical'], M),
  u('대구대학교', 'Daegu University', 'daegu', DAEGYEONG, '경산', ['ict', 'automotive', 'machinery', 'medical']),
  u('경일대학교', 'Kyungil University', 'kiu', DAEGYEONG, '경산', ['machinery', 'ict', 'automotive'], M),
  u('안동대학교', 'Andong National University', 'andong', DAEGYEONG, '안동', ['bio', 'food-agro', 'materials'], M),
  // 동남권
  u('울산대학교', 'University of Ulsan', 'ulsan', DONGNAM, '울산', ['shipbuilding', 'automotive', 'chemicals', 'metals', 'root-process', 'machinery', 'battery']),
  u('울산과학기술원', 'UNIST', 'unist', DONGNAM, '울산', ['battery', 'materials', 'semiconductor', 'chemicals', 'ict', 'bio'], M),
  u('부산대학교', 'Pusan National University', 'pusan', DONGNAM, '부산', ['shipbuilding', 'aerospace', 'automotive', 'materials', 'chemicals', 'machinery', 'medical', 'bio']),
  u('부경대학교', 'Pukyong National University', 'pknu', DONGNAM, '부산', ['food-agro', 'bio', 'environment', 'chemicals', 'metals']),
  u('한국해양대학교', 'Korea Maritime & Ocean University', 'kmou', DONGNAM, '부산', ['shipbuilding', 'logistics', 'green-energy'], M),
  u('창원대학교', 'Changwon National University', 'changwon', DONGNAM, '창원', ['machinery', 'metals', 'materials', 'electronics', 'green-energy'], M),
  u('경상국립대학교', 'Gyeongsang National University', 'gnu', DONGNAM, '진주', ['aerospace', 'machinery', 'food-agro', 'bio', 'materials']),
  u('동아대학교', 'Dong-A University', 'donga', DONGNAM, '부산', ['materials', 'chemicals', 'ict', 'bio']),
  u('인제대학교', 'Inje University', 'inje', DONGNAM, '김해', ['medical', 'bio', 'ict'], M),
  u('경남대학교', 'Kyungnam University', 'kyungnam', DONGNAM, '창원', ['machinery', 'ict'], M),
  u('동의대학교', 'Dong-eui University', 'deu', DONGNAM, '부산', ['automotive', 'ict', 'bio', 'machinery'], M),
  // 호남권
  u('전남대학교', 'Chonnam National University', 'jnu', HONAM, '광주', ['photonics', 'automotive', 'chemicals', 'battery', 'bio', 'food-agro', 'ict']),
  u('조선대학교', 'Chosun University', 'chosun', HONAM, '광주', ['photonics', 'aerospace', 'automotive', 'medical', 'root-process', 'ict']),
  u('광주과학기술원', 'GIST', 'gist', HONAM, '광주', ['photonics', 'battery', 'materials', 'ict', 'bio', 'green-energy'], M),
  u('목포대학교', 'Mokpo National University', 'mokpo', HONAM, '무안', ['shipbuilding', 'green-energy', 'food-agro', 'bio'], M),
  u('목포해양대학교', 'Mokpo National Maritime University', 'mmu', HONAM, '목포', ['shipbuilding', 'logistics'], M),
  u('전북대학교', 'Jeonbuk National University', 'jbnu', HONAM, '전주', ['materials', 'automotive', 'machinery', 'bio', 'food-agro', 'green-energy']),
  u('군산대학교', 'Kunsan National University', 'kunsan', HONAM, '군산', ['shipbuilding', 'automotive', 'machinery', 'green-energy', 'food-agro'], M),
  u('원광대학교', 'Wonkwang University', 'wku', HONAM, '익산', ['bio', 'food-agro', 'medical']),
  u('국립순천대학교', 'Sunchon National University', 'scnu', HONAM, '순천', ['metals', 'materials', 'food-agro', 'bio'], M),
  u('호남대학교', 'Honam University', 'honam', HONAM, '광주', ['ict', 'photonics'], M),
  // 강원권
  u('연세대학교 미래캠퍼스', 'Yonsei University Mirae Campus', 'yonsei-mirae', GANGWON, '원주', ['medical', 'bio', 'ict', 'environment']),
  u('강원대학교', 'Kangwon National University', 'kangwon', GANGWON, '춘천', ['bio', 'medical', 'food-agro', 'environment', 'ict', 'materials']),
  u('한림대학교', 'Hallym University', 'hallym', GANGWON, '춘천', ['medical', 'bio', 'ict'], M),
  u('국립강릉원주대학교', 'Gangneung-Wonju National University', 'gwnu', GANGWON, '강릉', ['materials', 'bio', 'medical', 'food-agro', 'machinery'], M),
  u('상지대학교', 'Sangji University', 'sangji', GANGWON, '원주', ['bio', 'medical', 'food-agro'], M),
  // 제주권
  u('제주대학교', 'Jeju National University', 'jejunu', JEJU, '제주', ['bio', 'food-agro', 'green-energy', 'ict', 'medical']),
  u('제주한라대학교', 'Cheju Halla University', 'chu', JEJU, '제주', ['bio', 'ict', 'food-agro'], M),
];

const inst = (
  ko: string,
  en: string,
  slug: string,
  zone: ZoneCode,
  city: string,
  profiles: readonly string[],
  ksic: readonly string[],
  options: { size?: OrganizationSize; national?: boolean } = {},
): Institute => ({
  ko,
  en,
  slug,
  zone,
  city,
  profiles,
  ksic,
  size: options.size ?? OrganizationSize.LARGE,
  ...(options.national ? { national: true } : {}),
});

const R_D = ['70129'];
const R_E = ['70121'];
const TEST = ['72919'];
const TP = { size: M };

// prettier-ignore
export const INSTITUTES: readonly Institute[] = [
  // 수도권
  inst('한국생산기술연구원 경기본부', 'KITECH Gyeonggi Division', 'kitech-gyeonggi', CAPITAL, '안산', ['root-process', 'machinery', 'materials', 'environment'], R_D),
  inst('한국전기연구원 안산분원', 'KERI Ansan Branch', 'keri-ansan', CAPITAL, '안산', ['electronics', 'medical', 'green-energy'], R_E),
  inst('한국전자기술연구원', 'Korea Electronics Technology Institute (KETI)', 'keti', CAPITAL, '성남', ['electronics', 'ict', 'semiconductor', 'display', 'battery'], R_E, { national: true }),
  inst('한국나노기술원', 'Korea Advanced Nano Fab Center (KANC)', 'kanc', CAPITAL, '수원', ['semiconductor', 'materials', 'photonics'], R_E, TP),
  inst('한국과학기술연구원', 'Korea Institute of Science and Technology (KIST)', 'kist', CAPITAL, '서울', ['materials', 'bio', 'ict', 'environment', 'battery', 'medical'], ['70111', '70129'], { national: true }),
  inst('한국기계전기전자시험연구원', 'Korea Testing Certification Institute (KTC)', 'ktc', CAPITAL, '군포', ['tech-services', 'electronics', 'machinery', 'medical'], TEST),
  inst('한국화학융합시험연구원', 'Korea Testing & Research Institute (KTR)', 'ktr', CAPITAL, '과천', ['tech-services', 'chemicals', 'environment', 'bio'], ['72911']),
  inst('한국철도기술연구원', 'Korea Railroad Research Institute', 'krri', CAPITAL, '의왕', ['automotive', 'logistics'], R_D),
  inst('경기테크노파크', 'Gyeonggi Technopark', 'gtp', CAPITAL, '안산', ['root-process', 'machinery', 'ict', 'tech-services'], TEST, TP),
  inst('인천테크노파크', 'Incheon Technopark', 'itp', CAPITAL, '인천', ['machinery', 'logistics', 'bio', 'ict'], TEST, TP),
  // 충청권
  inst('한국생산기술연구원', 'Korea Institute of Industrial Technology (KITECH)', 'kitech', CHUNGCHEONG, '천안', ['root-process', 'machinery', 'materials', 'textile', 'automotive'], R_D, { national: true }),
  inst('한국전자통신연구원', 'Electronics and Telecommunications Research Institute (ETRI)', 'etri', CHUNGCHEONG, '대전', ['ict', 'electronics', 'semiconductor', 'photonics'], R_E, { national: true }),
  inst('한국기계연구원', 'Korea Institute of Machinery & Materials (KIMM)', 'kimm', CHUNGCHEONG, '대전', ['machinery', 'automotive', 'environment', 'green-energy'], R_D, { national: true }),
  inst('한국화학연구원', 'Korea Research Institute of Chemical Technology (KRICT)', 'krict', CHUNGCHEONG, '대전', ['chemicals', 'bio', 'materials', 'battery'], ['70111'], { national: true }),
  inst('한국에너지기술연구원', 'Korea Institute of Energy Research (KIER)', 'kier', CHUNGCHEONG, '대전', ['green-energy', 'battery', 'environment'], R_D, { national: true }),
  inst('한국항공우주연구원', 'Korea Aerospace Research Institute (KARI)', 'kari', CHUNGCHEONG, '대전', ['aerospace'], R_D, { national: true }),
  inst('한국표준과학연구원', 'Korea Research Institute of Standards and Science (KRISS)', 'kriss', CHUNGCHEONG, '대전', ['tech-services', 'semiconductor', 'photonics'], ['70111'], { national: true }),
  inst('선박해양플랜트연구소', 'Korea Research Institute of Ships and Ocean Engineering (KRISO)', 'kriso', CHUNGCHEONG, '대전', ['shipbuilding'], R_D, { national: true }),
  inst('한국생명공학연구원 오창분원', 'KRIBB Ochang Branch', 'kribb-ochang', CHUNGCHEONG, '청주', ['bio', 'medical'], ['70111'], TP),
  inst('한국자동차연구원', 'Korea Automotive Technology Institute (KATECH)', 'katech', CHUNGCHEONG, '천안', ['automotive', 'battery'], R_D, { national: true }),
  inst('충남테크노파크', 'Chungnam Technopark', 'ctp', CHUNGCHEONG, '천안', ['display', 'automotive', 'machinery', 'tech-services'], TEST, TP),
  inst('충북테크노파크', 'Chungbuk Technopark', 'cbtp', CHUNGCHEONG, '청주', ['semiconductor', 'battery', 'bio', 'tech-services'], TEST, TP),
  inst('오송첨단의료산업진흥재단', 'Osong Medical Innovation Foundation', 'kbiohealth', CHUNGCHEONG, '청주', ['medical', 'bio'], ['70113'], TP),
  // 대경권
  inst('한국생산기술연구원 대경본부', 'KITECH Daegyeong Division', 'kitech-daegyeong', DAEGYEONG, '대구', ['root-process', 'machinery', 'textile', 'materials'], R_D),
  inst('한국전자통신연구원 대경권연구센터', 'ETRI Daegyeong Research Center', 'etri-daegyeong', DAEGYEONG, '대구', ['ict', 'electronics', 'automotive'], R_E, TP),
  inst('구미전자정보기술원', 'Gumi Electronics & Information Technology Research Institute', 'geri', DAEGYEONG, '구미', ['electronics', 'ict', 'display', 'medical'], R_E, TP),
  inst('대구기계부품연구원', 'Daegu Mechatronics & Materials Institute', 'dmi', DAEGYEONG, '대구', ['machinery', 'automotive', 'root-process'], R_D, TP),
  inst('경북하이브리드부품연구원', 'Gyeongbuk Hybrid Technology Institute', 'ghi', DAEGYEONG, '경산', ['automotive', 'materials', 'root-process'], R_D, TP),
  inst('포항산업과학연구원', 'Research Institute of Industrial Science & Technology (RIST)', 'rist', DAEGYEONG, '포항', ['metals', 'materials', 'environment', 'green-energy'], R_D),
  inst('한국섬유개발연구원', 'Korea Textile Development Institute', 'ktdi', DAEGYEONG, '대구', ['textile', 'materials'], R_D, TP),
  inst('다이텍연구원', 'DYETEC Institute', 'dyetec', DAEGYEONG, '대구', ['textile', 'environment'], R_D, TP),
  inst('대구경북첨단의료산업진흥재단', 'Daegu-Gyeongbuk Medical Innovation Foundation', 'kmedihub', DAEGYEONG, '대구', ['medical', 'bio'], ['70113'], TP),
  inst('한국자동차연구원 대경본부', 'KATECH Daegyeong Division', 'katech-daegyeong', DAEGYEONG, '대구', ['automotive'], R_D, TP),
  inst('경북테크노파크', 'Gyeongbuk Technopark', 'gbtp', DAEGYEONG, '경산', ['machinery', 'electronics', 'automotive', 'tech-services'], TEST, TP),
  inst('대구테크노파크', 'Daegu Technopark', 'dtp', DAEGYEONG, '대구', ['machinery', 'medical', 'ict', 'tech-services'], TEST, TP),
  // 동남권
  inst('한국생산기술연구원 울산본부', 'KITECH Ulsan Division', 'kitech-ulsan', DONGNAM, '울산', ['root-process', 'shipbuilding', 'chemicals', 'automotive', 'metals'], R_D),
  inst('한국생산기술연구원 동남본부', 'KITECH Dongnam Division', 'kitech-dongnam', DONGNAM, '부산', ['root-process', 'shipbuilding', 'machinery'], R_D),
  inst('한국재료연구원', 'Korea Institute of Materials Science (KIMS)', 'kims', DONGNAM, '창원', ['materials', 'metals', 'root-process', 'aerospace'], R_D, { national: true }),
  inst('한국전기연구원', 'Korea Electrotechnology Research Institute (KERI)', 'keri', DONGNAM, '창원', ['electronics', 'green-energy', 'battery', 'medical'], R_E, { national: true }),
  inst('한국조선해양기자재연구원', 'Korea Marine Equipment Research Institute (KOMERI)', 'komeri', DONGNAM, '부산', ['shipbuilding', 'tech-services'], ['70129', '72919'], TP),
  inst('중소조선연구원', 'Research Institute of Medium & Small Shipbuilding (RIMS)', 'rims', DONGNAM, '부산', ['shipbuilding'], R_D, TP),
  inst('한국기계연구원 부산기계기술연구센터', 'KIMM Busan Machinery Research Center', 'kimm-busan', DONGNAM, '부산', ['machinery', 'shipbuilding', 'green-energy'], R_D, TP),
  inst('한국화학연구원 울산본부', 'KRICT Ulsan Division', 'krict-ulsan', DONGNAM, '울산', ['chemicals', 'battery', 'materials'], ['70111'], TP),
  inst('한국산업기술시험원', 'Korea Testing Laboratory (KTL)', 'ktl', DONGNAM, '진주', ['tech-services', 'electronics', 'medical', 'green-energy'], TEST, { national: true }),
  inst('한국세라믹기술원', 'Korea Institute of Ceramic Engineering and Technology (KICET)', 'kicet', DONGNAM, '진주', ['materials'], R_D, TP),
  inst('울산테크노파크', 'Ulsan Technopark', 'utp', DONGNAM, '울산', ['automotive', 'chemicals', 'shipbuilding', 'tech-services'], TEST, TP),
  inst('경남테크노파크', 'Gyeongnam Technopark', 'gntp', DONGNAM, '창원', ['machinery', 'aerospace', 'shipbuilding', 'tech-services'], TEST, TP),
  inst('부산테크노파크', 'Busan Technopark', 'btp', DONGNAM, '부산', ['machinery', 'shipbuilding', 'automotive', 'tech-services'], TEST, TP),
  // 호남권
  inst('한국광기술원', 'Korea Photonics Technology Institute (KOPTI)', 'kopti', HONAM, '광주', ['photonics', 'medical', 'automotive'], ['70121', '72919']),
  inst('한국생산기술연구원 호남본부', 'KITECH Honam Division', 'kitech-honam', HONAM, '광주', ['root-process', 'automotive', 'machinery', 'green-energy'], R_D),
  inst('한국전자통신연구원 호남권연구센터', 'ETRI Honam Research Center', 'etri-honam', HONAM, '광주', ['ict', 'photonics', 'green-energy'], R_E, TP),
  inst('한국전자기술연구원 광주지역본부', 'KETI Gwangju Regional Division', 'keti-gwangju', HONAM, '광주', ['electronics', 'automotive', 'ict'], R_E, TP),
  inst('녹색에너지연구원', 'Green Energy Institute', 'gei', HONAM, '목포', ['green-energy', 'environment', 'battery'], R_D, TP),
  inst('자동차융합기술원', 'Jeonbuk Institute of Automotive Technology', 'jiat', HONAM, '군산', ['automotive', 'machinery'], R_D, TP),
  inst('한국탄소산업진흥원', 'Korea Carbon Industry Promotion Agency', 'kcarbon', HONAM, '전주', ['materials', 'textile'], R_D, TP),
  inst('한국과학기술연구원 전북분원', 'KIST Jeonbuk Institute of Advanced Composite Materials', 'kist-jeonbuk', HONAM, '완주', ['materials'], R_D, TP),
  inst('한국식품연구원', 'Korea Food Research Institute', 'kfri', HONAM, '완주', ['food-agro', 'bio'], ['70112'], { national: true }),
  inst('전남바이오산업진흥원', 'Jeonnam Bioindustry Foundation', 'jbf', HONAM, '나주', ['bio', 'food-agro'], ['70111'], TP),
  inst('광주테크노파크', 'Gwangju Technopark', 'gjtp', HONAM, '광주', ['photonics', 'automotive', 'tech-services'], TEST, TP),
  inst('전남테크노파크', 'Jeonnam Technopark', 'jntp', HONAM, '순천', ['shipbuilding', 'metals', 'chemicals', 'tech-services'], TEST, TP),
  inst('전북테크노파크', 'Jeonbuk Technopark', 'jbtp', HONAM, '전주', ['machinery', 'materials', 'food-agro', 'tech-services'], TEST, TP),
  // 강원권
  inst('원주의료기기테크노밸리', 'Wonju Medical Industry Techno Valley', 'wmit', GANGWON, '원주', ['medical', 'tech-services'], ['70113', '72919'], TP),
  inst('한국생산기술연구원 강원본부', 'KITECH Gangwon Division', 'kitech-gangwon', GANGWON, '강릉', ['materials', 'root-process', 'medical'], R_D, TP),
  inst('한국과학기술연구원 강릉분원', 'KIST Gangneung Institute of Natural Products', 'kist-gangneung', GANGWON, '강릉', ['bio', 'food-agro'], ['70111'], TP),
  inst('강원테크노파크', 'Gangwon Technopark', 'gwtp', GANGWON, '춘천', ['bio', 'medical', 'materials', 'tech-services'], TEST, TP),
  // 제주권
  inst('제주테크노파크', 'Jeju Technopark', 'jejutp', JEJU, '제주', ['bio', 'food-agro', 'green-energy', 'tech-services'], TEST, TP),
  inst('제주테크노파크 생물종다양성연구소', 'Jeju Biodiversity Research Institute', 'jbri', JEJU, '서귀포', ['bio'], ['70111'], TP),
  inst('한국에너지기술연구원 제주글로벌연구센터', 'KIER Jeju Global Research Center', 'kier-jeju', JEJU, '제주', ['green-energy'], R_D, TP),
  inst('국립원예특작과학원 감귤연구센터', 'NIHHS Citrus Research Center', 'citrus-nihhs', JEJU, '서귀포', ['food-agro', 'bio'], ['70112'], TP),
];

/** Words put before a lab or unit topic to tell labs of one theme apart. */
export const LAB_PREFIXES: readonly Named[] = [
  n('', ''),
  n('', ''),
  n('지능형', 'Intelligent'),
  n('스마트', 'Smart'),
  n('첨단', 'Advanced'),
  n('차세대', 'Next-Generation'),
  n('융합', 'Convergence'),
  n('친환경', 'Green'),
  n('미래', 'Future'),
  n('응용', 'Applied'),
];

export const LAB_SUFFIXES: readonly Named[] = [
  n('연구실', 'Lab'),
  n('연구실', 'Lab'),
  n('실험실', 'Laboratory'),
  n('연구센터', 'Research Center'),
];

export const INSTITUTE_UNIT_SUFFIXES: readonly Named[] = [
  n('연구그룹', 'Research Group'),
  n('연구센터', 'Research Center'),
  n('기술지원센터', 'Technical Support Center'),
  n('연구실', 'Laboratory'),
  n('기업지원단', 'Industry Support Team'),
];

export interface Challenge {
  ko: string;
  en: string;
  problemKo: string;
  problemEn: string;
  /** Only makes sense for firms that make physical products. */
  physical?: boolean;
}

/** Why a firm looks for a partner; the sentences firms actually write in 과제 proposals. */
// prettier-ignore
export const CHALLENGES: readonly Challenge[] = [
  { ko: '생산성 향상', en: 'raising productivity', problemKo: '숙련 인력이 부족해 수작업 공정의 생산 속도가 주문량을 따라가지 못하고 있습니다', problemEn: 'manual steps cannot keep pace with orders because skilled workers are scarce' },
  { ko: '불량률 감소', en: 'cutting defect rates', problemKo: '공정 편차로 인한 불량이 반복되어 재작업 비용이 늘고 있습니다', problemEn: 'recurring process variation causes defects and costly rework' },
  { ko: '원가 절감', en: 'reducing costs', problemKo: '원자재 가격 상승으로 제조 원가 부담이 커지고 있습니다', problemEn: 'rising raw material prices are squeezing margins' },
  { ko: '품질 안정화', en: 'stabilising quality', problemKo: '고객사의 품질 요구 수준이 높아져 검사 체계를 개선해야 합니다', problemEn: 'customers demand tighter quality and our inspection needs upgrading' },
  { ko: '핵심 부품 국산화', en: 'localising imported parts', problemKo: '핵심 부품을 수입에 의존하고 있어 납기와 가격 변동에 취약합니다', problemEn: 'key parts are imported, which exposes us to delivery and price risk', physical: true },
  { ko: '제품 경량화', en: 'making products lighter', problemKo: '고객사가 경량화를 요구하고 있으나 설계·소재 기술이 부족합니다', problemEn: 'customers ask for lighter products but we lack design and materials know-how', physical: true },
  { ko: '에너지 절감', en: 'saving energy', problemKo: '공정 에너지 비용이 높아 탄소 배출 규제 대응이 어렵습니다', problemEn: 'high process energy costs make emission rules hard to meet', physical: true },
  { ko: '공정 자동화', en: 'automating the process', problemKo: '반복 작업이 많고 작업자 안전 문제가 있어 자동화가 시급합니다', problemEn: 'repetitive and hazardous tasks make automation urgent' },
  { ko: '신뢰성 확보', en: 'proving reliability', problemKo: '신제품의 신뢰성 시험 데이터가 부족해 납품 승인이 늦어지고 있습니다', problemEn: 'missing reliability data delays customer approval of a new product' },
  { ko: '해외 인증 획득', en: 'obtaining export certification', problemKo: '해외 수출에 필요한 인증 요건을 아직 충족하지 못하고 있습니다', problemEn: 'we do not yet meet the certification requirements for export' },
  { ko: '신제품 개발', en: 'developing a new product', problemKo: '기존 제품의 시장이 줄어들어 새로운 제품군이 필요합니다', problemEn: 'the market for our current product is shrinking' },
  { ko: '친환경 공정 전환', en: 'moving to a cleaner process', problemKo: '환경 규제가 강화되어 유해물질 사용을 줄여야 합니다', problemEn: 'tighter environmental rules require us to cut hazardous substances', physical: true },
];
