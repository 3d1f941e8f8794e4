/**
 * The shared Korean–English domain thesaurus. One concept = one idea the matching engine and
 * the search index must treat as the same, whatever the spelling: Korean compounds with and
 * without spaces, digit and Hangul numerals (이차전지 / 2차전지), abbreviations (EV, OLED) and
 * English. Meilisearch gets the variants as synonyms; the matching engine maps every
 * variant it finds to the concept id.
 *
 * Rules the tests enforce: every variant (after NFKC, lower case, collapsed spaces) belongs to
 * exactly one concept, and ids are unique kebab-case. A broader and a narrower idea (용접 /
 * 용접자동화) are separate concepts, never one concept's variants, so that a need for
 * welding automation does not count as a match with every welding shop.
 */

export type ConceptSector =
  | 'semiconductor'
  | 'display'
  | 'energy'
  | 'electronics'
  | 'ict'
  | 'automotive'
  | 'shipbuilding'
  | 'aerospace'
  | 'machinery'
  | 'process'
  | 'metal'
  | 'chemical'
  | 'materials'
  | 'textile'
  | 'photonics'
  | 'medical'
  | 'bio'
  | 'food'
  | 'agro'
  | 'environment'
  | 'logistics'
  | 'services';

export interface Concept {
  /** Stable kebab-case id, used in scores, explanations and ZONE_SPECIALISATION. */
  id: string;
  sector: ConceptSector;
  /** Korean variants; the first is the preferred label. */
  ko: readonly string[];
  /** English variants and abbreviations; the first is the preferred label. */
  en: readonly string[];
  /** KSIC divisions (2 digits) where firms of this concept usually sit. */
  ksic?: readonly string[];
}

function c(
  id: string,
  sector: ConceptSector,
  ko: readonly string[],
  en: readonly string[],
  ksic?: readonly string[],
): Concept {
  return ksic === undefined ? { id, sector, ko, en } : { id, sector, ko, en, ksic };
}

// prettier-ignore
export const CONCEPTS: readonly Concept[] = [
  // ── Semiconductors ────────────────────────────────────────────────────────────────
  c('semiconductor', 'semiconductor', ['반도체', '반도체소자', '반도체 소자', '반도체산업'], ['semiconductor', 'semiconductors', 'semiconductor device', 'chip'], ['26']),
  c('memory-semiconductor', 'semiconductor', ['메모리반도체', '메모리 반도체', '디램', '낸드플래시'], ['memory semiconductor', 'memory chip', 'DRAM', 'NAND flash'], ['26']),
  c('system-semiconductor', 'semiconductor', ['시스템반도체', '시스템 반도체', '비메모리반도체', '비메모리 반도체'], ['system semiconductor', 'non-memory semiconductor', 'system LSI', 'SoC'], ['26']),
  c('fabless', 'semiconductor', ['팹리스', '반도체설계', '반도체 설계', '회로설계', '회로 설계'], ['fabless', 'chip design', 'IC design', 'circuit design'], ['26', '70']),
  c('semiconductor-equipment', 'semiconductor', ['반도체장비', '반도체 장비', '반도체제조장비', '반도체 제조장비'], ['semiconductor equipment', 'semiconductor manufacturing equipment', 'wafer fab equipment'], ['29']),
  c('semiconductor-packaging', 'semiconductor', ['반도체패키징', '반도체 패키징', '반도체후공정', '반도체 후공정'], ['semiconductor packaging', 'chip packaging', 'back-end process', 'OSAT'], ['26']),
  c('semiconductor-materials', 'semiconductor', ['반도체소재', '반도체 소재', '반도체재료', '전자재료', '전자 재료'], ['semiconductor materials', 'electronic materials', 'electronic chemicals'], ['20']),
  c('wafer', 'semiconductor', ['웨이퍼', '실리콘웨이퍼', '실리콘 웨이퍼'], ['wafer', 'silicon wafer'], ['26']),
  c('power-semiconductor', 'semiconductor', ['전력반도체', '전력 반도체', '파워반도체', '파워 반도체'], ['power semiconductor', 'power device', 'SiC power device', 'GaN power device'], ['26']),
  c('cleanroom', 'semiconductor', ['클린룸', '청정실'], ['cleanroom', 'clean room']),

  // ── Display ───────────────────────────────────────────────────────────────────────
  c('display', 'display', ['디스플레이', '평판디스플레이', '평판 디스플레이', '디스플레이산업'], ['display', 'displays', 'flat panel display', 'flat-panel display', 'FPD'], ['26']),
  c('oled', 'display', ['유기발광다이오드', '유기발광 다이오드', '유기이엘', '올레드'], ['OLED', 'organic light-emitting diode', 'AMOLED'], ['26']),
  c('lcd', 'display', ['액정표시장치', '액정 표시장치', '액정디스플레이', '액정 디스플레이'], ['LCD', 'liquid crystal display', 'TFT-LCD'], ['26']),
  c('flexible-display', 'display', ['플렉서블디스플레이', '플렉서블 디스플레이', '폴더블디스플레이', '폴더블 디스플레이'], ['flexible display', 'foldable display'], ['26']),
  c('micro-led', 'display', ['마이크로엘이디', '마이크로 엘이디', '마이크로LED'], ['micro LED', 'microLED'], ['26']),
  c('display-equipment', 'display', ['디스플레이장비', '디스플레이 장비', '디스플레이 제조장비'], ['display equipment', 'display manufacturing equipment'], ['29']),
  c('touch-panel', 'display', ['터치패널', '터치 패널', '터치스크린', '터치 스크린'], ['touch panel', 'touch screen', 'touchscreen'], ['26']),
  c('glass-substrate', 'display', ['유리기판', '유리 기판', '디스플레이 유리', '커버유리'], ['glass substrate', 'display glass', 'cover glass'], ['23']),

  // ── Batteries, hydrogen and energy ────────────────────────────────────────────────
  c('secondary-battery', 'energy', [ '이차전지', '2차전지', '이차 전지', '2차 전지', '리튬이온전지', '리튬이온배터리', '리튬 이온 전지', '충전식 전지', ], [ 'secondary battery', 'secondary batteries', 'rechargeable battery', 'lithium-ion battery', 'li-ion battery', 'LIB', ], ['28']),
  c('cathode-material', 'energy', ['양극재', '양극활물질', '양극 소재'], ['cathode material', 'cathode active material'], ['20']),
  c('anode-material', 'energy', ['음극재', '음극활물질', '음극 소재'], ['anode material', 'anode active material'], ['20']),
  c('battery-separator', 'energy', ['분리막', '배터리 분리막', '이차전지 분리막'], ['battery separator', 'separator film'], ['22']),
  c('electrolyte', 'energy', ['전해액', '전해질', '배터리 전해액'], ['electrolyte', 'battery electrolyte'], ['20']),
  c('solid-state-battery', 'energy', ['전고체전지', '전고체 전지', '전고체배터리', '전고체 배터리'], ['solid-state battery', 'all-solid-state battery'], ['28']),
  c('battery-pack', 'energy', ['배터리팩', '배터리 팩', '배터리관리시스템', '배터리 관리 시스템'], ['battery pack', 'battery management system', 'BMS'], ['28']),
  c('energy-storage', 'energy', ['에너지저장장치', '에너지 저장장치', '에너지저장시스템', '에너지 저장 시스템'], ['energy storage system', 'ESS', 'energy storage'], ['28']),
  c('battery-recycling', 'energy', ['폐배터리', '배터리 재활용', '폐배터리 재활용', '사용후 배터리'], ['battery recycling', 'end-of-life battery', 'used battery'], ['38']),
  c('fuel-cell', 'energy', ['연료전지', '연료 전지', '수소연료전지', '수소 연료전지'], ['fuel cell', 'hydrogen fuel cell', 'PEMFC', 'SOFC'], ['28']),
  c('hydrogen', 'energy', ['수소', '수소에너지', '수소 에너지', '그린수소', '수소경제'], ['hydrogen', 'hydrogen energy', 'green hydrogen', 'hydrogen economy'], ['20', '35']),
  c('hydrogen-infrastructure', 'energy', ['수소충전소', '수소 충전소', '수소저장', '수소 저장', '수소탱크'], [ 'hydrogen refuelling station', 'hydrogen charging station', 'hydrogen storage', 'hydrogen tank', ], ['25', '29']),
  c('water-electrolysis', 'energy', ['수전해', '수전해 장치', '수전해장치'], ['water electrolysis', 'electrolyser', 'electrolyzer'], ['29']),
  c('solar', 'energy', ['태양광', '태양전지', '태양광발전', '태양광 발전', '태양광모듈', '태양광 모듈'], ['solar', 'photovoltaic', 'PV', 'solar cell', 'solar module'], ['26', '35']),
  c('wind-power', 'energy', ['풍력', '풍력발전', '풍력 발전', '풍력터빈', '풍력 터빈'], ['wind power', 'wind energy', 'wind turbine'], ['29', '35']),
  c('offshore-wind', 'energy', ['해상풍력', '해상 풍력', '부유식 해상풍력', '해상풍력 하부구조물'], ['offshore wind', 'floating offshore wind', 'offshore wind substructure'], ['25', '35']),
  c('renewable-energy', 'energy', ['신재생에너지', '신재생 에너지', '재생에너지', '재생 에너지', '신·재생에너지'], ['renewable energy', 'new and renewable energy', 'renewables'], ['35']),
  c('green-industry', 'energy', ['녹색산업', '녹색 산업', '친환경산업', '친환경 산업', '그린산업'], ['green industry', 'eco-friendly industry', 'green growth industry']),
  c('eco-friendly', 'environment', ['친환경', '친환경기술', '친환경 기술', '저탄소'], ['eco-friendly', 'environmentally friendly', 'green technology', 'low-carbon']),
  c('energy-efficiency', 'energy', ['에너지효율', '에너지 효율', '에너지절감', '에너지 절감', '에너지 진단'], ['energy efficiency', 'energy saving', 'energy audit']),
  c('smart-grid', 'energy', ['스마트그리드', '스마트 그리드', '지능형전력망', '지능형 전력망'], ['smart grid', 'intelligent power grid'], ['28', '35']),
  c('power-equipment', 'energy', ['전력기기', '전력 기기', '중전기기', '변압기', '차단기'], ['power equipment', 'heavy electrical equipment', 'transformer', 'circuit breaker'], ['28']),
  c('bioenergy', 'energy', ['바이오에너지', '바이오 에너지', '바이오연료', '바이오 연료', '바이오매스'], ['bioenergy', 'biofuel', 'biomass'], ['20', '35']),
  c('nuclear-power', 'energy', ['원자력', '원전기자재', '원전 기자재', '원자력 발전'], ['nuclear power', 'nuclear power plant equipment', 'nuclear energy'], ['25', '35']),

  // ── Electrical and electronics ────────────────────────────────────────────────────
  c('electrical-electronics', 'electronics', ['전기전자', '전기·전자', '전기 전자', '전기전자산업'], ['electrical and electronics', 'electrical & electronics', 'E&E'], ['26', '28']),
  c('electronic-components', 'electronics', ['전자부품', '전자 부품', '전자소자', '수동소자'], ['electronic components', 'electronic parts', 'passive components'], ['26']),
  c('pcb', 'electronics', ['인쇄회로기판', '인쇄 회로 기판', '회로기판', '연성회로기판'], ['PCB', 'printed circuit board', 'FPCB', 'flexible printed circuit board'], ['26']),
  c('mlcc', 'electronics', ['적층세라믹콘덴서', '적층 세라믹 콘덴서', '적층세라믹커패시터'], ['MLCC', 'multilayer ceramic capacitor'], ['26']),
  c('sensor', 'electronics', ['센서', '센서모듈', '센서 모듈', '감지기'], ['sensor', 'sensors', 'sensor module'], ['26', '27']),
  c('embedded-system', 'electronics', ['임베디드', '임베디드시스템', '임베디드 시스템', '펌웨어'], ['embedded system', 'embedded software', 'firmware'], ['26', '62']),
  c('home-appliances', 'electronics', ['가전', '가전제품', '생활가전', '생활 가전'], ['home appliances', 'consumer electronics', 'household appliances'], ['28']),
  c('communication-equipment', 'electronics', ['통신장비', '통신 장비', '무선통신', '무선 통신', '안테나'], ['communication equipment', 'telecommunication equipment', 'wireless communication', 'antenna'], ['26']),
  c('5g', 'electronics', ['5세대 이동통신', '5세대이동통신', '5세대 통신'], ['5G', '5G network'], ['26', '61']),
  c('power-electronics', 'electronics', ['전력전자', '전력 전자', '인버터', '컨버터'], ['power electronics', 'inverter', 'converter'], ['28']),
  c('mobile-devices', 'electronics', ['휴대폰', '스마트폰', '휴대폰 부품', '스마트폰 부품', '모바일기기'], ['mobile phone', 'smartphone', 'handset parts', 'mobile device'], ['26']),
  c('camera-module', 'electronics', ['카메라모듈', '카메라 모듈'], ['camera module', 'compact camera module'], ['26']),
  c('electric-motor', 'electronics', ['전동기', '모터', '구동모터', '구동 모터'], ['electric motor', 'motor', 'traction motor'], ['28']),
  c('printed-electronics', 'electronics', ['인쇄전자', '인쇄 전자', '프린팅 전자'], ['printed electronics', 'printable electronics'], ['26']),
  c('wire-cable', 'electronics', ['전선', '케이블', '절연전선', '와이어하네스', '와이어 하네스'], ['cable', 'electric wire', 'wire harness', 'wiring harness'], ['28']),

  // ── IT, software, data ────────────────────────────────────────────────────────────
  c('information-technology', 'ict', ['정보기술', '정보통신', '정보통신기술', '아이티'], ['IT', 'information technology', 'ICT', 'information and communication technology'], ['62', '63']),
  c('software', 'ict', ['소프트웨어', '소프트웨어개발', '소프트웨어 개발', 'SW개발'], ['software', 'software development', 'SW'], ['58', '62']),
  c('artificial-intelligence', 'ict', ['인공지능', '인공 지능', '에이아이'], ['AI', 'artificial intelligence'], ['62', '70']),
  c('machine-learning', 'ict', ['머신러닝', '기계학습', '기계 학습', '딥러닝', '심층학습'], ['machine learning', 'deep learning', 'ML'], ['62']),
  c('big-data', 'ict', ['빅데이터', '빅 데이터', '데이터분석', '데이터 분석', '대용량 데이터'], ['big data', 'data analytics', 'data analysis'], ['63']),
  c('iot', 'ict', ['사물인터넷', '사물 인터넷', '산업용 사물인터넷'], ['IoT', 'internet of things', 'IIoT', 'industrial IoT'], ['26', '62']),
  c('cloud', 'ict', ['클라우드', '클라우드컴퓨팅', '클라우드 컴퓨팅'], ['cloud', 'cloud computing', 'SaaS'], ['63']),
  c('cybersecurity', 'ict', ['정보보안', '정보보호', '사이버보안', '사이버 보안', '보안솔루션'], ['cybersecurity', 'cyber security', 'information security'], ['62']),
  c('machine-vision', 'ict', ['머신비전', '머신 비전', '영상처리', '영상 처리', '비전검사', '비전 검사'], ['machine vision', 'computer vision', 'image processing', 'vision inspection'], ['27', '62']),
  c('digital-twin', 'ict', ['디지털트윈', '디지털 트윈', '가상공장'], ['digital twin', 'virtual factory'], ['62']),
  c('mes', 'ict', ['제조실행시스템', '생산관리시스템', '생산관리 시스템', '생산정보시스템'], ['MES', 'manufacturing execution system', 'production management system'], ['62']),
  c('erp', 'ict', ['전사적자원관리', '전사적 자원관리', '전사적 자원 관리'], ['ERP', 'enterprise resource planning'], ['62']),
  c('system-integration', 'ict', ['시스템통합', '시스템 통합', '시스템구축', '시스템 구축'], ['system integration', 'systems integration', 'SI'], ['62']),
  c('extended-reality', 'ict', ['가상현실', '증강현실', '확장현실', '메타버스'], ['VR', 'AR', 'XR', 'virtual reality', 'augmented reality', 'metaverse'], ['58', '62']),
  c('blockchain', 'ict', ['블록체인', '분산원장'], ['blockchain', 'distributed ledger'], ['62']),
  c('mobile-app', 'ict', ['모바일앱', '모바일 앱', '앱개발', '앱 개발', '애플리케이션 개발'], ['mobile app', 'mobile application', 'app development'], ['58']),
  c('digital-transformation', 'ict', ['디지털전환', '디지털 전환', '디지털화'], ['digital transformation', 'DX', 'digitalisation'], ['62']),
  c('digital-content', 'ict', ['디지털콘텐츠', '디지털 콘텐츠', '문화콘텐츠', '콘텐츠', '게임'], ['digital content', 'content', 'game'], ['58', '59']),
  c('knowledge-industry', 'ict', ['지식기반산업', '지식기반 산업', '지식산업', '지식서비스'], ['knowledge-based industry', 'knowledge industry', 'knowledge services']),
  c('rfid', 'ict', ['전자태그', '무선인식', '알에프아이디'], ['RFID', 'radio frequency identification'], ['26']),

  // ── Automotive and mobility ───────────────────────────────────────────────────────
  c('automotive', 'automotive', ['자동차', '자동차산업', '자동차 산업', '완성차'], ['automotive', 'automobile', 'motor vehicle', 'automotive industry'], ['30']),
  c('auto-parts', 'automotive', ['자동차부품', '자동차 부품', '차량부품', '차량 부품', '완성차 부품'], ['auto parts', 'automotive parts', 'automotive components', 'car parts'], ['30']),
  c('electric-vehicle', 'automotive', ['전기차', '전기자동차', '전기 자동차', '전기차 부품'], ['EV', 'electric vehicle', 'electric car', 'BEV'], ['30']),
  c('eco-friendly-vehicle', 'automotive', ['친환경자동차', '친환경 자동차', '친환경차', '하이브리드차'], ['eco-friendly vehicle', 'green car', 'xEV', 'hybrid vehicle'], ['30']),
  c('hydrogen-vehicle', 'automotive', ['수소차', '수소전기차', '수소자동차', '수소 자동차', '연료전지차'], ['hydrogen vehicle', 'fuel cell electric vehicle', 'FCEV', 'hydrogen car'], ['30']),
  c('autonomous-driving', 'automotive', ['자율주행', '자율 주행', '자율주행차', '첨단운전자보조시스템'], ['autonomous driving', 'self-driving', 'ADAS', 'autonomous vehicle'], ['30', '62']),
  c('automotive-electronics', 'automotive', ['전장부품', '자동차 전장', '자동차전장', '차량용 전자부품', '차량 전장'], ['automotive electronics', 'vehicle electronics', 'ECU', 'electronic control unit'], ['30']),
  c('powertrain', 'automotive', ['파워트레인', '동력전달장치', '변속기', '구동계'], ['powertrain', 'transmission', 'drivetrain'], ['30']),
  c('chassis', 'automotive', ['섀시', '샤시', '조향장치', '제동장치', '현가장치'], ['chassis', 'steering system', 'brake system', 'suspension'], ['30']),
  c('car-body', 'automotive', ['차체', '차체부품', '차체 부품', '프레스부품'], ['car body', 'body-in-white', 'BIW', 'body parts'], ['30']),
  c('lightweighting', 'automotive', ['경량화', '차량경량화', '차량 경량화', '경량 소재'], ['lightweighting', 'lightweight design', 'weight reduction', 'lightweight materials']),
  c('future-mobility', 'automotive', ['미래차', '미래 모빌리티', '모빌리티', '도심항공교통'], ['future mobility', 'mobility', 'urban air mobility', 'UAM'], ['30', '31']),
  c('transport-equipment', 'automotive', ['수송기계', '수송기계부품', '운송장비', '수송장비'], ['transport machinery', 'transport equipment'], ['30', '31']),
  c('special-vehicle', 'automotive', ['특장차', '특수차량', '특수목적용 차량'], ['special-purpose vehicle', 'special vehicle', 'specialty vehicle'], ['30']),
  c('railway', 'automotive', ['철도차량', '철도 차량', '철도부품', '철도 부품', '도시철도'], ['rolling stock', 'railway vehicle', 'railway parts'], ['31']),
  c('agricultural-machinery', 'machinery', ['농기계', '농업기계', '농업용 기계', '트랙터'], ['agricultural machinery', 'farm machinery', 'tractor'], ['29']),
  c('construction-machinery', 'machinery', ['건설기계', '건설장비', '굴삭기', '중장비'], ['construction machinery', 'construction equipment', 'excavator', 'heavy equipment'], ['29']),

  // ── Shipbuilding and offshore ─────────────────────────────────────────────────────
  c('shipbuilding', 'shipbuilding', ['조선', '조선업', '선박건조', '선박 건조', '조선소'], ['shipbuilding', 'shipyard', 'ship construction'], ['31']),
  c('shipbuilding-offshore', 'shipbuilding', ['조선해양', '조선 해양', '조선해양산업'], ['shipbuilding and offshore', 'shipbuilding & offshore', 'shipbuilding and marine'], ['31']),
  c('naval-architecture', 'shipbuilding', ['조선해양공학', '조선공학', '선박설계', '선박 설계', '선형설계'], [ 'naval architecture', 'naval architecture and ocean engineering', 'ship design', 'hull form design', ], ['72']),
  c('ship', 'shipbuilding', ['선박', '선체', '상선'], ['ship', 'vessel', 'hull', 'merchant ship'], ['31']),
  c('ship-block', 'shipbuilding', ['선박블록', '선박 블록', '선체블록', '곡블록'], ['ship block', 'hull block', 'curved block'], ['31']),
  c('offshore-plant', 'shipbuilding', ['해양플랜트', '해양 플랜트', '해양구조물', '해양 구조물', '해양설비'], ['offshore plant', 'offshore structure', 'offshore platform', 'FPSO'], ['31']),
  c('ship-equipment', 'shipbuilding', ['조선기자재', '조선 기자재', '선박기자재', '선박 기자재', '선박부품', '선박 부품'], ['marine equipment', 'ship equipment', 'shipbuilding equipment', 'ship parts'], ['31', '29']),
  c('marine-engine', 'shipbuilding', ['선박엔진', '선박 엔진', '선박용 엔진', '박용엔진'], ['marine engine', 'ship engine'], ['29']),
  c('eco-friendly-ship', 'shipbuilding', ['친환경선박', '친환경 선박', '엘엔지선', 'LNG추진선', 'LNG 추진선'], ['eco-friendly ship', 'green ship', 'LNG carrier', 'LNG-fuelled ship'], ['31']),
  c('leisure-boat', 'shipbuilding', ['레저선박', '레저 선박', '요트', '소형선박', '소형 선박'], ['leisure boat', 'yacht', 'small vessel', 'small craft'], ['31']),
  c('ship-outfitting', 'shipbuilding', ['선박의장', '선박 의장', '의장품', '선실'], ['ship outfitting', 'outfitting', 'accommodation module'], ['31']),
  c('ocean-engineering', 'shipbuilding', ['해양공학', '해양 공학', '해양기술', '해양 기술'], ['ocean engineering', 'marine technology'], ['72']),
  c('piping', 'machinery', ['배관', '파이프', '배관재', '배관 자재', '피팅'], ['piping', 'pipe', 'pipework', 'pipe fittings'], ['24', '25']),

  // ── Aerospace ─────────────────────────────────────────────────────────────────────
  c('aerospace', 'aerospace', ['항공우주', '항공 우주', '항공우주산업', '우주항공'], ['aerospace', 'aerospace industry'], ['31']),
  c('aircraft', 'aerospace', ['항공기', '비행기', '헬기', '헬리콥터'], ['aircraft', 'airplane', 'helicopter'], ['31']),
  c('aircraft-parts', 'aerospace', ['항공기부품', '항공기 부품', '항공부품', '항공 부품', '기체부품'], ['aircraft parts', 'aircraft components', 'aerostructures', 'aero parts'], ['31']),
  c('aircraft-mro', 'aerospace', ['항공정비', '항공기 정비', '항공기정비'], ['aircraft maintenance', 'MRO', 'aircraft MRO'], ['31', '34']),
  c('space', 'aerospace', ['위성', '인공위성', '우주발사체', '발사체'], ['satellite', 'space launch vehicle', 'launch vehicle'], ['31']),
  c('drone', 'aerospace', ['드론', '무인기', '무인항공기', '무인 항공기'], ['drone', 'UAV', 'unmanned aerial vehicle'], ['31']),

  // ── Machinery, robots, automation ─────────────────────────────────────────────────
  c('machinery', 'machinery', ['기계', '기계산업', '일반기계', '기계장비'], ['machinery', 'machinery industry', 'general machinery'], ['29']),
  c('machine-tools', 'machinery', ['공작기계', '공작 기계', 'CNC 공작기계'], ['machine tool', 'machine tools', 'CNC machine tool'], ['29']),
  c('cnc-machining', 'machinery', ['정밀가공', '정밀 가공', '절삭가공', '절삭 가공', '기계가공', 'CNC가공', 'CNC 가공'], ['CNC machining', 'precision machining', 'machining', 'milling and turning'], ['25']),
  c('precision-parts', 'machinery', ['정밀부품', '정밀 부품', '초정밀부품', '기계부품', '기계 부품'], ['precision parts', 'precision components', 'ultra-precision parts', 'machine parts'], ['25', '29']),
  c('precision-machinery', 'machinery', ['정밀기계', '정밀 기계', '정밀기기', '정밀 기기'], ['precision machinery', 'precision equipment', 'precision instruments'], ['27', '29']),
  c('hydraulics', 'machinery', ['유압', '유압기기', '유공압', '공압'], ['hydraulics', 'hydraulic equipment', 'pneumatics'], ['29']),
  c('power-transmission', 'machinery', ['베어링', '기어', '감속기', '동력전달부품'], ['bearing', 'gear', 'gearbox', 'reducer'], ['29']),
  c('pump-valve', 'machinery', ['펌프', '밸브', '압축기'], ['pump', 'valve', 'compressor'], ['29']),
  c('factory-automation', 'machinery', ['공장자동화', '공장 자동화', '자동화설비', '자동화 설비', '생산자동화'], ['factory automation', 'industrial automation', 'automation equipment', 'FA'], ['29']),
  c('smart-factory', 'machinery', ['스마트공장', '스마트 공장', '스마트팩토리', '스마트 팩토리', '지능형공장'], ['smart factory', 'smart manufacturing', 'intelligent factory'], ['29', '62']),
  c('robotics', 'machinery', ['로봇', '로봇공학', '로보틱스', '산업용로봇', '산업용 로봇'], ['robot', 'robotics', 'industrial robot'], ['29']),
  c('collaborative-robot', 'machinery', ['협동로봇', '협동 로봇'], ['collaborative robot', 'cobot'], ['29']),
  c('service-robot', 'machinery', ['서비스로봇', '서비스 로봇', '물류로봇', '물류 로봇'], ['service robot', 'logistics robot'], ['29']),
  c('mechatronics', 'machinery', ['메카트로닉스', '기전융합', '기전 융합'], ['mechatronics', 'mechatronic systems'], ['29']),
  c('hvac', 'machinery', ['공조', '공조기', '냉동공조', '냉난방', '공기조화'], ['HVAC', 'air conditioning', 'refrigeration'], ['29']),
  c('boiler-heat-exchanger', 'machinery', ['보일러', '열교환기', '압력용기'], ['boiler', 'heat exchanger', 'pressure vessel'], ['25', '29']),
  c('plant-engineering', 'machinery', ['플랜트', '플랜트엔지니어링', '플랜트 엔지니어링', '발전플랜트'], ['plant engineering', 'industrial plant', 'power plant'], ['72', '29']),
  c('mechanical-design', 'machinery', ['기계설계', '기계 설계', '구조해석', '구조 해석', '설계해석'], ['mechanical design', 'structural analysis', 'CAE', 'finite element analysis', 'FEA'], ['72']),
  c('noise-vibration', 'machinery', ['소음진동', '소음 진동', '진동저감', '진동 저감'], ['noise and vibration', 'NVH', 'vibration reduction'], ['72']),
  c('logistics-automation', 'logistics', ['물류자동화', '물류 자동화', '자동창고', '무인운반차'], ['logistics automation', 'automated warehouse', 'AGV', 'automated guided vehicle'], ['29']),
  c('simulation', 'machinery', ['시뮬레이션', '전산모사', '수치해석', '전산해석'], ['simulation', 'numerical analysis', 'computational modelling', 'computational modeling'], ['70', '72']),

  // ── Root industries (뿌리산업): forming, joining, finishing ────────────────────────
  c('root-industry', 'process', ['뿌리산업', '뿌리 산업', '뿌리기술', '뿌리 기술'], ['root industry', 'root technology', 'foundational manufacturing technology'], ['24', '25']),
  c('welding', 'process', ['용접', '용접기술', '용접 기술', '용접가공', '접합'], ['welding', 'welding technology', 'joining'], ['25']),
  c('welding-automation', 'process', ['용접자동화', '용접 자동화', '자동용접', '자동 용접', '용접로봇', '용접 로봇'], ['welding automation', 'automated welding', 'robotic welding', 'welding robot'], ['29']),
  c('laser-welding', 'process', ['레이저용접', '레이저 용접'], ['laser welding', 'laser beam welding'], ['25']),
  c('friction-stir-welding', 'process', ['마찰교반용접', '마찰 교반 용접', '마찰교반접합'], ['friction stir welding', 'FSW'], ['25']),
  c('welding-consumables', 'process', ['용접재료', '용접 재료', '용접봉', '용가재', '용접와이어'], ['welding consumables', 'welding rod', 'filler metal', 'welding wire'], ['25']),
  c('non-destructive-testing', 'process', ['비파괴검사', '비파괴 검사', '초음파탐상', '방사선투과검사'], ['non-destructive testing', 'NDT', 'ultrasonic testing', 'radiographic testing'], ['72']),
  c('casting', 'process', ['주조', '주물', '다이캐스팅', '정밀주조', '주조품'], ['casting', 'foundry', 'die casting', 'investment casting'], ['24']),
  c('mould-die', 'process', ['금형', '금형설계', '금형 설계', '사출금형', '프레스금형', '프레스 금형'], ['mould', 'mold', 'mould and die', 'injection mould', 'press die', 'tool and die'], ['29']),
  c('forging', 'process', ['단조', '단조품', '열간단조', '냉간단조'], ['forging', 'hot forging', 'cold forging'], ['25']),
  c('metal-forming', 'process', ['프레스', '프레스가공', '프레스 가공', '소성가공', '판금'], ['stamping', 'metal stamping', 'press forming', 'sheet metal', 'metal forming'], ['25']),
  c('heat-treatment', 'process', ['열처리', '열 처리', '표면경화', '침탄'], ['heat treatment', 'case hardening', 'carburizing', 'carburising'], ['25']),
  c('surface-treatment', 'process', ['표면처리', '표면 처리', '코팅', '표면개질'], ['surface treatment', 'surface finishing', 'coating', 'surface modification'], ['25']),
  c('plating', 'process', ['도금', '전기도금', '무전해도금', '아연도금', '도금업'], ['plating', 'electroplating', 'electroless plating', 'galvanizing'], ['25']),
  c('painting', 'process', ['도장', '분체도장', '분체 도장', '도장공정'], ['painting', 'powder coating', 'industrial painting'], ['25']),
  c('injection-moulding', 'process', ['사출', '사출성형', '사출 성형', '플라스틱 사출'], ['injection moulding', 'injection molding', 'plastic injection'], ['22']),
  c('powder-metallurgy', 'process', ['분말야금', '분말 야금', '소결'], ['powder metallurgy', 'sintering'], ['25']),
  c('additive-manufacturing', 'process', ['3D프린팅', '3D 프린팅', '적층제조', '적층 제조', '삼차원 프린팅'], ['3D printing', 'additive manufacturing'], ['29']),

  // ── Metals ────────────────────────────────────────────────────────────────────────
  c('steel', 'metal', ['철강', '철강재', '강재', '제철', '제강'], ['steel', 'steelmaking', 'steel products'], ['24']),
  c('special-steel', 'metal', ['특수강', '스테인리스', '스테인레스', '합금강'], ['special steel', 'stainless steel', 'alloy steel'], ['24']),
  c('non-ferrous-metals', 'metal', ['비철금속', '비철 금속', '비철', '제련'], ['non-ferrous metals', 'nonferrous metals', 'smelting'], ['24']),
  c('aluminium', 'metal', ['알루미늄', '알루미늄합금', '알루미늄 합금'], ['aluminium', 'aluminum', 'aluminium alloy', 'aluminum alloy'], ['24']),
  c('copper', 'metal', ['구리', '구리합금', '동합금', '신동'], ['copper', 'copper alloy', 'brass'], ['24']),
  c('light-metals', 'metal', ['티타늄', '마그네슘', '경량금속', '경량 금속'], ['titanium', 'magnesium', 'light metals'], ['24']),
  c('rare-metals', 'metal', ['희소금속', '희유금속', '희토류'], ['rare metals', 'rare earth', 'rare earth elements'], ['24']),
  c('metal-fabrication', 'metal', ['금속가공', '금속 가공', '금속가공품', '금속 가공품'], ['metal fabrication', 'fabricated metal products', 'metalworking', 'metal working'], ['25']),
  c('fasteners', 'metal', ['볼트', '너트', '체결부품', '체결 부품', '파스너'], ['fastener', 'bolts and nuts', 'fastening parts'], ['25']),
  c('steel-structure', 'metal', ['철구조물', '철 구조물', '강구조물', '강구조'], ['steel structure', 'steel structures', 'structural steel'], ['25']),
  c('corrosion', 'metal', ['부식', '부식방지', '방청', '내식성'], ['corrosion', 'corrosion protection', 'anti-corrosion', 'corrosion resistance'], ['25']),

  // ── Chemicals ─────────────────────────────────────────────────────────────────────
  c('petrochemicals', 'chemical', ['석유화학', '석유 화학', '석유화학제품', '석유화학산업'], ['petrochemicals', 'petrochemical', 'petrochemical industry'], ['20']),
  c('oil-refining', 'chemical', ['정유', '석유정제', '석유 정제', '정유공장'], ['oil refining', 'petroleum refining', 'refinery'], ['19']),
  c('fine-chemicals', 'chemical', ['정밀화학', '정밀 화학', '정밀화학제품', '고기능성 화학'], ['fine chemicals', 'specialty chemicals', 'speciality chemicals'], ['20']),
  c('chemical-engineering', 'chemical', ['화학', '화학공정', '화학 공정', '화학공학', '화학제품'], ['chemicals', 'chemical process', 'chemical engineering', 'chemical products'], ['20']),
  c('polymer', 'chemical', ['고분자', '플라스틱', '합성수지', '폴리머', '수지'], ['polymer', 'plastics', 'synthetic resin', 'resin'], ['20', '22']),
  c('engineering-plastics', 'chemical', ['엔지니어링플라스틱', '엔지니어링 플라스틱', '고기능 플라스틱', '엔플라'], ['engineering plastics', 'high-performance plastics'], ['20', '22']),
  c('rubber', 'chemical', ['고무', '고무제품', '합성고무', '타이어'], ['rubber', 'rubber products', 'synthetic rubber', 'tire', 'tyre'], ['22']),
  c('paints', 'chemical', ['도료', '페인트', '코팅제'], ['paint', 'paints', 'coating materials'], ['20']),
  c('adhesives', 'chemical', ['접착제', '점착제', '실란트'], ['adhesive', 'adhesives', 'sealant'], ['20']),
  c('catalyst', 'chemical', ['촉매', '촉매소재', '촉매 소재'], ['catalyst', 'catalysts'], ['20']),
  c('industrial-gas', 'chemical', ['산업용가스', '산업용 가스', '특수가스', '특수 가스'], ['industrial gas', 'specialty gas'], ['20']),
  c('chemical-safety', 'chemical', ['화학물질 안전', '화학안전', '유해화학물질'], ['chemical safety', 'hazardous chemicals'], ['72']),

  // ── Materials ─────────────────────────────────────────────────────────────────────
  c('advanced-materials', 'materials', ['신소재', '첨단소재', '첨단 소재', '소재', '기능성 소재'], ['advanced materials', 'new materials', 'materials', 'functional materials'], ['20', '23', '24']),
  c('parts-materials', 'materials', ['부품소재', '부품·소재', '부품 소재', '소재부품', '소재·부품'], ['parts and materials', 'components and materials', 'materials and components']),
  c('composites', 'materials', ['복합재', '복합소재', '복합 소재', '복합재료', '탄소복합재'], ['composites', 'composite materials', 'CFRP', 'carbon fibre reinforced plastic'], ['22', '23']),
  c('carbon-fibre', 'materials', ['탄소섬유', '탄소 섬유', '탄소소재', '탄소 소재'], ['carbon fibre', 'carbon fiber', 'carbon materials'], ['23']),
  c('ceramics', 'materials', ['세라믹', '세라믹스', '파인세라믹', '파인 세라믹', '요업'], ['ceramics', 'ceramic', 'fine ceramics', 'advanced ceramics'], ['23']),
  c('nanomaterials', 'materials', ['나노소재', '나노 소재', '나노기술', '나노 기술', '그래핀'], ['nanomaterials', 'nanotechnology', 'graphene'], ['20', '70']),
  c('functional-film', 'materials', ['기능성필름', '기능성 필름', '광학필름', '광학 필름'], ['functional film', 'optical film'], ['22']),
  c('glass', 'materials', ['유리', '특수유리', '특수 유리', '유리가공'], ['glass', 'specialty glass', 'glass processing'], ['23']),
  c('metal-materials', 'materials', ['금속소재', '금속 소재', '합금', '신합금'], ['metal materials', 'metallic materials', 'alloy'], ['24']),
  c('magnets', 'materials', ['자석', '영구자석', '희토류 자석'], ['magnet', 'permanent magnet', 'rare-earth magnet'], ['28', '24']),
  c('non-metallic-minerals', 'materials', ['비금속광물', '비금속 광물', '비금속광물제품', '시멘트'], ['non-metallic minerals', 'non-metallic mineral products', 'cement'], ['23']),
  c('materials-analysis', 'services', ['소재분석', '소재 분석', '재료분석', '성분분석', '물성평가', '물성 평가'], [ 'materials analysis', 'material characterisation', 'material characterization', 'property evaluation', ], ['72']),

  // ── Textiles ──────────────────────────────────────────────────────────────────────
  c('textiles', 'textile', ['섬유', '섬유소재', '섬유 소재', '직물', '섬유산업'], ['textile', 'textiles', 'textile materials', 'fabric'], ['13']),
  c('technical-textiles', 'textile', ['산업용섬유', '산업용 섬유', '기능성섬유', '기능성 섬유', '슈퍼섬유'], ['technical textiles', 'industrial textiles', 'functional textiles', 'high-performance fibre'], ['13']),
  c('nonwoven', 'textile', ['부직포', '부직포 소재'], ['nonwoven', 'non-woven fabric', 'nonwoven fabric'], ['13']),
  c('dyeing', 'textile', ['염색', '염색가공', '염색 가공', '날염'], ['dyeing', 'textile finishing', 'textile printing'], ['13']),

  // ── Light industry ──────────────────────────────────────────────────────────────────
  c('wood-products', 'materials', ['목재', '목재가공', '목재 가공', '목제품'], ['wood products', 'wood processing', 'timber'], ['16']),
  c('paper', 'materials', ['제지', '종이', '펄프', '골판지'], ['paper', 'pulp', 'papermaking', 'corrugated board'], ['17']),
  c('printing', 'services', ['인쇄', '출판', '출판·인쇄', '인쇄출판'], ['printing', 'publishing', 'publishing and printing'], ['18', '58']),
  c('jewellery', 'materials', ['귀금속', '보석', '주얼리', '귀금속·보석'], ['jewellery', 'jewelry', 'precious metals'], ['33']),
  c('furniture', 'materials', ['가구', '사무용 가구', '가구제조'], ['furniture', 'office furniture'], ['32']),

  // ── Photonics ─────────────────────────────────────────────────────────────────────
  c('photonics', 'photonics', ['광산업', '광기술', '광 기술', '포토닉스', '광융합', '광융합산업'], ['photonics', 'photonics industry', 'optical technology', 'photonic convergence'], ['27', '26']),
  c('optics', 'photonics', ['광학', '광학부품', '광학 부품', '광학렌즈', '렌즈'], ['optics', 'optical components', 'optical lens', 'lens'], ['27']),
  c('led', 'photonics', ['발광다이오드', '발광 다이오드', '엘이디', 'LED조명', 'LED 조명'], ['LED', 'light-emitting diode', 'LED lighting'], ['26', '28']),
  c('laser', 'photonics', ['레이저', '레이저가공', '레이저 가공', '레이저광원'], ['laser', 'laser processing', 'laser source'], ['27']),
  c('optical-communication', 'photonics', ['광통신', '광 통신', '광섬유', '광부품', '광 부품'], ['optical communication', 'optical fibre', 'optical fiber', 'fibre optics'], ['26', '28']),
  c('lighting', 'photonics', ['조명', '조명기기', '스마트조명', '스마트 조명'], ['lighting', 'luminaire', 'smart lighting'], ['28']),
  c('image-sensor', 'photonics', ['이미지센서', '이미지 센서', '광센서', '광 센서'], ['image sensor', 'optical sensor', 'CMOS image sensor'], ['26']),
  c('optical-measurement', 'photonics', ['광계측', '광 계측', '분광', '분광분석'], ['optical measurement', 'spectroscopy', 'photonic measurement'], ['27']),

  // ── Medical ───────────────────────────────────────────────────────────────────────
  c('medical-devices', 'medical', ['의료기기', '의료 기기', '의료장비', '의료 장비', '의료기기산업'], ['medical device', 'medical devices', 'medical equipment'], ['27']),
  c('medical-imaging', 'medical', ['의료영상', '의료 영상', '영상진단', '영상진단기기', '엑스레이', '초음파진단기'], ['medical imaging', 'diagnostic imaging', 'X-ray', 'ultrasound imaging'], ['27']),
  c('in-vitro-diagnostics', 'medical', ['체외진단', '체외 진단', '진단키트', '진단 키트', '분자진단'], ['in vitro diagnostics', 'IVD', 'diagnostic kit', 'molecular diagnostics'], ['21', '27']),
  c('rehabilitation-devices', 'medical', ['재활기기', '재활 기기', '재활보조기기', '보조기기'], ['rehabilitation device', 'assistive device', 'assistive technology'], ['27']),
  c('dental', 'medical', ['치과', '치과기기', '치과 기기', '치과용 임플란트', '임플란트'], ['dental', 'dental device', 'dental implant'], ['27']),
  c('digital-health', 'medical', ['디지털헬스', '디지털 헬스', '원격의료', '원격 의료', '의료정보', '유헬스'], ['digital health', 'telemedicine', 'healthcare IT', 'u-health'], ['27', '62']),
  c('healthcare', 'medical', ['헬스케어', '건강관리', '건강 관리'], ['healthcare', 'health care', 'health management'], ['86']),
  c('wearable', 'medical', ['웨어러블', '웨어러블기기', '웨어러블 기기', '착용형 기기'], ['wearable', 'wearable device', 'wearables'], ['26', '27']),
  c('biosignal', 'medical', ['생체신호', '생체 신호', '환자감시장치', '생체신호 측정'], ['biosignal', 'vital signs monitoring', 'patient monitoring'], ['27']),
  c('medical-robot', 'medical', ['의료로봇', '의료 로봇', '수술로봇', '수술 로봇', '재활로봇', '재활 로봇'], ['medical robot', 'surgical robot', 'rehabilitation robot'], ['27']),
  c('biomaterials', 'medical', ['생체재료', '생체 재료', '의료용 소재', '의료용소재'], ['biomaterials', 'medical materials'], ['27', '21']),
  c('regulatory-approval', 'services', ['인허가', '의료기기 인허가', '식약처 인증', 'GMP인증', 'GMP 인증'], ['regulatory approval', 'GMP', 'GMP certification', 'FDA approval'], ['72']),

  // ── Bio, pharma, cosmetics ────────────────────────────────────────────────────────
  c('biotechnology', 'bio', ['바이오', '생명공학', '생명 공학', '바이오산업', '바이오기술'], ['bio', 'biotechnology', 'biotech', 'bio industry'], ['21', '70']),
  c('bio-health', 'bio', ['바이오헬스', '바이오 헬스', '바이오헬스산업'], ['bio-health', 'biohealth', 'bio-health industry'], ['21']),
  c('pharmaceuticals', 'bio', ['제약', '의약품', '신약', '신약개발', '신약 개발'], ['pharmaceuticals', 'pharmaceutical', 'drug development', 'new drug'], ['21']),
  c('biopharmaceuticals', 'bio', ['바이오의약품', '바이오 의약품', '생물의약품', '항체의약품', '백신'], ['biopharmaceuticals', 'biologics', 'antibody drug', 'vaccine'], ['21']),
  c('cosmetics', 'bio', ['화장품', '기능성화장품', '기능성 화장품', '코스메틱', '천연화장품'], ['cosmetics', 'functional cosmetics', 'natural cosmetics', 'cosmeceuticals'], ['20']),
  c('health-functional-food', 'bio', ['건강기능식품', '건강 기능 식품', '기능성식품', '기능성 식품', '건기식'], ['health functional food', 'functional food', 'nutraceuticals', 'dietary supplement'], ['10']),
  c('natural-products', 'bio', ['천연물', '천연물소재', '천연물 소재', '천연추출물', '천연 추출물'], ['natural products', 'natural extracts', 'botanical extracts'], ['20', '21']),
  c('marine-bio', 'bio', ['해양바이오', '해양 바이오', '해양생물', '해양생물소재', '해조류'], ['marine biotechnology', 'marine bio', 'marine biomaterials', 'seaweed'], ['21', '10']),
  c('fermentation', 'bio', ['발효', '미생물발효', '발효기술', '미생물'], ['fermentation', 'microbial fermentation', 'microorganism', 'microbiology'], ['10', '21']),
  c('clinical-trial', 'bio', ['임상시험', '임상 시험', '비임상', '전임상'], ['clinical trial', 'preclinical study', 'non-clinical study'], ['70']),
  c('herbal-medicine', 'bio', ['한방', '한약재', '한방바이오', '생약'], ['herbal medicine', 'oriental medicine', 'traditional Korean medicine', 'medicinal herbs'], ['21']),
  c('genomics', 'bio', ['유전체', '유전체분석', '유전체 분석', '생물정보학', '바이오인포매틱스'], ['genomics', 'genome analysis', 'bioinformatics'], ['70']),

  // ── Food and agro ─────────────────────────────────────────────────────────────────
  c('food-processing', 'food', ['식품가공', '식품 가공', '식품제조', '식품 제조', '가공식품'], ['food processing', 'processed food', 'food manufacturing'], ['10']),
  c('food-safety', 'food', ['식품안전', '식품 안전', '해썹', '식품위생', '식품 위생'], ['food safety', 'HACCP', 'food hygiene'], ['10']),
  c('traditional-food', 'food', ['전통식품', '전통 식품', '발효식품', '장류', '김치'], ['traditional food', 'fermented food', 'kimchi'], ['10']),
  c('beverages', 'food', ['음료', '음료제조', '기능성음료', '기능성 음료'], ['beverages', 'beverage', 'functional beverage', 'drinks'], ['11']),
  c('mineral-water', 'food', ['먹는샘물', '먹는 샘물', '생수', '용암해수', '제주용암해수'], ['mineral water', 'bottled water', 'lava seawater'], ['11']),
  c('agro-products', 'agro', ['농산물', '농산물 가공', '농특산물', '지역특산물', '특산물'], ['agricultural products', 'agro products', 'agro-processing', 'local specialties'], ['01', '10']),
  c('seafood', 'agro', ['수산물', '수산가공', '수산 가공', '수산가공품'], ['seafood', 'fishery products', 'seafood processing'], ['03', '10']),
  c('livestock', 'agro', ['축산', '축산물', '축산가공', '축산 가공'], ['livestock', 'livestock products', 'meat processing'], ['01', '10']),
  c('smart-farm', 'agro', ['스마트팜', '스마트 팜', '스마트농업', '시설원예'], ['smart farm', 'smart farming', 'precision agriculture'], ['01', '29']),
  c('citrus', 'agro', ['감귤', '감귤류', '한라봉'], ['citrus', 'tangerine', 'mandarin orange'], ['01']),
  c('packaging', 'food', ['포장', '포장재', '포장재료', '패키징'], ['packaging', 'packaging materials'], ['17', '22']),
  c('cold-chain', 'logistics', ['콜드체인', '저온유통', '저온 유통', '냉동냉장'], ['cold chain', 'cold storage'], ['52']),

  // ── Environment ───────────────────────────────────────────────────────────────────
  c('environment', 'environment', ['환경', '환경산업', '환경기술', '환경 기술'], ['environment', 'environmental technology', 'environmental industry'], ['37', '38', '39']),
  c('wastewater', 'environment', ['폐수', '폐수처리', '폐수 처리', '수처리', '하수처리', '하수 처리'], ['wastewater', 'wastewater treatment', 'water treatment', 'sewage treatment'], ['37']),
  c('waste-recycling', 'environment', ['폐기물', '폐기물처리', '폐기물 처리', '재활용', '자원순환', '자원 순환'], ['waste', 'waste treatment', 'recycling', 'resource circulation', 'circular economy'], ['38']),
  c('air-pollution', 'environment', ['대기오염', '대기 오염', '미세먼지', '배출가스', '집진'], ['air pollution', 'fine dust', 'emission control', 'dust collection'], ['29', '39']),
  c('carbon-neutrality', 'environment', ['탄소중립', '탄소 중립', '온실가스', '온실가스 감축', '탄소저감'], ['carbon neutrality', 'carbon neutral', 'greenhouse gas', 'GHG reduction', 'decarbonisation'], ['72']),
  c('ccus', 'environment', ['탄소포집', '탄소 포집', '이산화탄소 포집'], ['CCUS', 'CCS', 'carbon capture', 'carbon capture and storage'], ['29', '72']),
  c('soil-remediation', 'environment', ['토양정화', '토양 정화', '지하수 정화'], ['soil remediation', 'groundwater remediation'], ['39']),
  c('environmental-monitoring', 'environment', ['환경측정', '환경 측정', '환경모니터링', '환경 모니터링'], ['environmental monitoring', 'environmental measurement'], ['72']),
  c('industrial-safety', 'services', ['산업안전', '산업 안전', '안전관리', '안전 관리', '중대재해'], ['industrial safety', 'occupational safety', 'safety management'], ['72']),

  // ── Logistics ─────────────────────────────────────────────────────────────────────
  c('logistics', 'logistics', ['물류', '물류센터', '물류 센터', '유통물류', '택배'], ['logistics', 'distribution centre', 'distribution center', 'third-party logistics', '3PL'], ['49', '52']),
  c('port-logistics', 'logistics', ['항만물류', '항만 물류', '항만', '컨테이너'], ['port logistics', 'port', 'container terminal', 'container'], ['52']),
  c('supply-chain', 'logistics', ['공급망', '공급망관리', '공급망 관리'], ['supply chain', 'supply chain management', 'SCM'], ['52']),
  c('freight-transport', 'logistics', ['화물운송', '화물 운송', '운송', '수송'], ['freight transport', 'transportation', 'haulage'], ['49']),

  // ── Services around manufacturing ─────────────────────────────────────────────────
  c('industrial-design', 'services', ['디자인', '산업디자인', '산업 디자인', '제품디자인', '제품 디자인'], ['design', 'industrial design', 'product design'], ['73']),
  c('brand-design', 'services', ['브랜드디자인', '브랜드 디자인', '시각디자인', '패키지디자인', '포장디자인'], ['brand design', 'visual design', 'package design', 'branding'], ['73']),
  c('testing-certification', 'services', ['시험인증', '시험 인증', '시험분석', '시험 분석', '인증'], ['testing and certification', 'test and certification', 'certification', 'testing'], ['72']),
  c('reliability', 'services', ['신뢰성', '신뢰성평가', '신뢰성 평가', '신뢰성시험', '신뢰성 시험', '내구성 시험'], ['reliability', 'reliability testing', 'durability testing'], ['72']),
  c('metrology', 'services', ['계측', '측정', '교정', '정밀측정', '정밀 측정'], ['measurement', 'metrology', 'calibration', 'precision measurement'], ['27', '72']),
  c('standardisation', 'services', ['표준화', '국제표준', '국제 표준', 'KS인증', 'KC인증'], [ 'standardisation', 'standardization', 'international standards', 'KS certification', 'KC certification', ], ['72']),
  c('technology-transfer', 'services', ['기술이전', '기술 이전', '기술사업화', '기술 사업화', '사업화'], ['technology transfer', 'commercialisation', 'commercialization', 'tech transfer'], ['70']),
  c('joint-research', 'services', ['공동연구', '공동 연구', '산학연', '산학협력', '산학 협력'], [ 'joint research', 'joint R&D', 'industry-academia collaboration', 'industry-university cooperation', ], ['70']),
  c('prototyping', 'services', ['시제품', '시제품 제작', '시작품', '시작품 제작'], ['prototype', 'prototyping', 'prototype production'], ['72']),
  c('intellectual-property', 'services', ['특허', '지식재산', '지식재산권', '특허출원'], ['patent', 'intellectual property', 'IP', 'patent application'], ['71']),
  c('workforce-training', 'services', ['인력양성', '인력 양성', '교육훈련', '재직자 교육', '기술인력'], ['workforce development', 'training', 'technical training', 'skilled workforce'], ['85']),
  c('export-marketing', 'services', ['해외마케팅', '해외 마케팅', '수출', '수출지원', '판로개척', '판로 개척'], ['export', 'overseas marketing', 'export support', 'market development'], ['73']),
  c('consulting', 'services', ['컨설팅', '경영컨설팅', '경영 컨설팅', '기술컨설팅', '기술 컨설팅'], ['consulting', 'management consulting', 'technical consulting'], ['71']),
  c('quality-management', 'services', ['품질관리', '품질 관리', '품질경영', '품질보증', '품질 보증'], ['quality control', 'quality management', 'quality assurance', 'QC', 'QA'], ['72']),
  c('process-improvement', 'services', ['공정개선', '공정 개선', '공정최적화', '공정 최적화', '생산성향상', '생산성 향상'], [ 'process improvement', 'process optimisation', 'process optimization', 'productivity improvement', ], ['72']),
  c('construction', 'services', ['건설', '건축', '토목'], ['construction', 'civil engineering', 'architecture'], ['41', '42']),
];
