import { SuggestionScope } from '@app/domain';
import { introductionMessage } from './introduction-message';

const firm = {
  id: 'a',
  nameKo: '대불정밀',
  nameEn: 'Daebul Precision',
  memberEmails: ['kim@daebul.example.kr'],
};
const lab = {
  id: 'b',
  nameKo: '목포해양대학교 조선해양공학과',
  nameEn: null,
  memberEmails: ['lee@mmu.example.kr', 'park@mmu.example.kr'],
};
const intro = {
  suggestionId: '5f0c0d4e-0000-4000-8000-000000000001',
  scope: SuggestionScope.SAME_ZONE,
  sharedConcepts: ['용접 자동화', '조선'],
  note: '다음 주 과제발굴 회의에서 만나 보세요',
  coordinatorEmail: 'coordinator@kicox.example.kr',
};

describe('introductionMessage', () => {
  it("tells each side about the other, in Korean and English, with the partner's contacts", () => {
    const toFirm = introductionMessage(firm, lab, intro);
    expect(toFirm.subject).toBe(
      '[산학연 매칭] 목포해양대학교 조선해양공학과 소개 / Introduction: 목포해양대학교 조선해양공학과',
    );
    expect(toFirm.body).toContain('대불정밀 담당자님께 / Dear Daebul Precision team,');
    expect(toFirm.body).toContain('Partner contacts: lee@mmu.example.kr, park@mmu.example.kr');
    expect(toFirm.body).toContain('Scope: 같은 광역권 / same zone');
    expect(toFirm.body).toContain('Shared topics: 용접 자동화, 조선');
    expect(toFirm.body).toContain("Coordinator's note: 다음 주 과제발굴 회의에서 만나 보세요");
    expect(toFirm.body).toContain('Coordinator: coordinator@kicox.example.kr');
    expect(toFirm.body).toContain(intro.suggestionId);

    const toLab = introductionMessage(lab, firm, intro);
    expect(toLab.subject).toBe('[산학연 매칭] 대불정밀 소개 / Introduction: Daebul Precision');
    expect(toLab.body).toContain('Partner contacts: kim@daebul.example.kr');
  });

  it('says whom to write to when the partner has no member yet, and leaves out what is empty', () => {
    const text = introductionMessage(
      lab,
      { ...firm, memberEmails: [] },
      { ...intro, sharedConcepts: [], note: null, coordinatorEmail: null },
    ).body;
    expect(text).toContain('No member registered yet: reply to your coordinator.');
    expect(text).not.toContain('Shared topics');
    expect(text).not.toContain("Coordinator's note");
    expect(text).not.toContain('Coordinator:');
  });
});
