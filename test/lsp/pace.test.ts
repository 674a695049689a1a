// When the server analyses after an edit (server/src/lsp/pace.ts): at once after a pause, after a
// quiet spell while edits come in quick succession.

import { strict as assert } from 'node:assert';
import { EditPace, quietWindow } from '../../server/src/lsp/pace';

describe('edit pacing', () => {
  const URI = 'file:///a.tin.txt';

  it('analyses the opening and a lone edit at once, a quick second edit after the quiet spell', () => {
    const pace = new EditPace();
    pace.changed(URI, 1000, 0, 150);
    assert.equal(pace.delay(URI, 1000, 150), 0);
    pace.changed(URI, 5000, 0, 150);
    assert.equal(pace.delay(URI, 5001, 150), 0);
    pace.changed(URI, 5100, 0, 150);
    assert.equal(pace.delay(URI, 5101, 150), 149);
    assert.equal(pace.delay(URI, 5300, 150), 0);
  });

  it('takes the time spent analysing out of the distance between two edits', () => {
    const pace = new EditPace();
    pace.changed(URI, 0, 0, 150);
    // read 1,000 ms later, but the server analysed for 950 of them: it came 50 ms after the previous one
    pace.changed(URI, 1000, 950, 150);
    assert.equal(pace.delay(URI, 1000, 150), 150);
    // 1,000 ms later with 100 ms of analysis: a pause
    pace.changed(URI, 2000, 1050, 150);
    assert.equal(pace.delay(URI, 2000, 150), 0);
  });

  it('keeps documents apart and forgets a closed one', () => {
    const pace = new EditPace();
    pace.changed(URI, 0, 0, 150);
    pace.changed('file:///b.tin.txt', 10, 0, 150);
    assert.equal(pace.delay('file:///b.tin.txt', 10, 150), 0);
    pace.forget(URI);
    pace.changed(URI, 20, 0, 150);
    assert.equal(pace.delay(URI, 20, 150), 0);
  });

  it('stretches the quiet spell for slow documents, up to 2 s', () => {
    assert.equal(quietWindow(150, 40), 150);
    assert.equal(quietWindow(150, 700.4), 700);
    assert.equal(quietWindow(150, 9000), 2000);
    assert.equal(quietWindow(0, 3), 3);
  });
});
