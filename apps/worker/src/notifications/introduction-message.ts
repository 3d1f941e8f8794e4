import { SuggestionScope } from '@app/domain';

export interface IntroducedParty {
  id: string;
  nameKo: string;
  nameEn: string | null;
  /** E-mail addresses of the organization's members. */
  memberEmails: string[];
}

export interface Introduction {
  suggestionId: string;
  scope: SuggestionScope;
  sharedConcepts: string[];
  note: string | null;
  /** The coordinator who made the introduction, to reply to. */
  coordinatorEmail: string | null;
}

export interface MessageText {
  subject: string;
  body: string;
}

const SCOPE_LABELS: Record<SuggestionScope, string> = {
  [SuggestionScope.SAME_COMPLEX]: '같은 산업단지 / same industrial complex',
  [SuggestionScope.SAME_CLUSTER]: '같은 클러스터 / same cluster',
  [SuggestionScope.SAME_ZONE]: '같은 광역권 / same zone',
  [SuggestionScope.CROSS_ZONE]: '초광역 협력 / across zones',
};

const label = (p: IntroducedParty) => (p.nameEn ? `${p.nameKo} (${p.nameEn})` : p.nameKo);

/**
 * The message one side of an introduction receives, in Korean and English: who the partner
 * is, why the platform paired them, and whom to write to. It names no need or capability:
 * a firm's needs may be confidential, and the concepts already say what the two share.
 */
export function introductionMessage(
  recipient: IntroducedParty,
  partner: IntroducedParty,
  intro: Introduction,
): MessageText {
  const contacts = partner.memberEmails.length
    ? partner.memberEmails.join(', ')
    : '등록된 담당자가 없습니다. 코디네이터에게 회신해 주세요. / No member registered yet: reply to your coordinator.';
  const lines = [
    `${recipient.nameKo} 담당자님께 / Dear ${recipient.nameEn ?? recipient.nameKo} team,`,
    '',
    `클러스터 코디네이터가 귀 기관에 ${label(partner)}을(를) 협력 상대로 소개합니다.`,
    `Your cluster coordinator introduces you to ${label(partner)} as a collaboration partner.`,
    '',
    `협력 범위 / Scope: ${SCOPE_LABELS[intro.scope]}`,
  ];
  if (intro.sharedConcepts.length > 0)
    lines.push(`공통 분야 / Shared topics: ${intro.sharedConcepts.join(', ')}`);
  if (intro.note) lines.push(`코디네이터 메모 / Coordinator's note: ${intro.note}`);
  lines.push(`상대 기관 연락처 / Partner contacts: ${contacts}`);
  if (intro.coordinatorEmail) lines.push(`코디네이터 / Coordinator: ${intro.coordinatorEmail}`);
  lines.push('', `제안 번호 / Suggestion: ${intro.suggestionId}`);
  return {
    subject: `[산학연 매칭] ${partner.nameKo} 소개 / Introduction: ${partner.nameEn ?? partner.nameKo}`,
    body: lines.join('\n'),
  };
}
