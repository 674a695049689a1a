// facts/names: the people and place names of a text (namesOf, forEachName).

import { strict as assert } from 'node:assert';
import { forEachName, namesOf } from '../../server/src/core/facts/names';

const names = (text: string): string[] => namesOf(text).map((n) => `${n.kind}:${n.text}`);

describe('facts/names: namesOf', () => {
  const cases: Array<[string, string[]]> = [
    // a person: a surname and three syllables, or two after a cue
    ['Tới dự có Nguyễn Văn An, Bí thư.', ['person:Nguyễn Văn An']],
    ['Phát biểu của đồng chí Lò Thoa tại hội nghị.', ['person:Lò Thoa']],
    ['Phát biểu của Lò Thoa tại hội nghị.', []],
    // a place after a place noun, at most three syllables
    ['Người dân xã Cao Sơn và thôn Nà Vạc.', ['place:Cao Sơn', 'place:Nà Vạc']],
    ['Bà Lê Thị Hoa. Xã Hòa Bình, Tân Minh', ['place:Hòa Bình']],
    // titles after a name are not part of it ("Ông" is also a surname); more than five syllables are no name
    ['Ông Trần Văn Bình Phó Chủ tịch xã phát biểu.', ['person:Ông Trần Văn Bình']],
    ['Tổ Nguyễn Văn Nam Định', ['person:Nguyễn Văn Nam Định']],
    ['Đảng ủy Chi bộ Thôn Hợp Thành Khu Vực Một họp.', []],
    // a split word ("L ê") ends the run before it; ALL CAPS is a headline, not a name
    ['Đồng chí Trần L ê Văn Trọng phát biểu.', []],
    ['Đồng chí L ê Văn Trọng phát biểu.', []],
    ['ĐỒNG CHÍ NGUYỄN VĂN AN PHÁT BIỂU.', []],
    ['A B C Nguyễn Văn A', []],
    // one space or a no-break space between the syllables, nothing else
    ['Dự có Nguyễn\u00a0Văn\u00a0An.', ['person:Nguyễn\u00a0Văn\u00a0An']],
    ['Dự có Nguyễn  Văn An.', []],
    // a word that is not Capitalised ("AN", "McLe") stops the run
    ['Dự có Nguyễn Văn AN và Phạm McLe Hùng.', []],
  ];
  for (const [text, expected] of cases) {
    it(JSON.stringify(text), () => assert.deepEqual(names(text), expected));
  }

  it('forEachName visits the same mentions, in order', () => {
    const text = cases.map(([t]) => t).join('\n');
    const visited: string[] = [];
    forEachName(text, (start, end, kind) => visited.push(`${kind}:${text.slice(start, end)}@${start}`));
    assert.deepEqual(
      visited,
      namesOf(text).map((n) => `${n.kind}:${n.text}@${n.start}`),
    );
    assert.ok(visited.length >= 7);
  });
});
