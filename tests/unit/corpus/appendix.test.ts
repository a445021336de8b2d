import { describe, expect, it } from 'vitest';
import type { TimelineEntryBlock } from '../../../corpus/model/document';
import { sliceCodePoints } from '../../../corpus/text/code-points';
import { blockById, realDocument } from '../../helpers/real-document';

// Every row of 「越南—美國關係重要里程碑」 as printed: date, the event's first words, ISO range.
const ROWS: [string, string, string, string][] = [
  ['1994年2月3日', '美國比爾‧柯林頓總統（Bill Clinton）宣佈解除', '1994-02-03', '1994-02-03'],
  ['1995年7月11日', '越美雙方宣佈實現關係正常化。', '1995-07-11', '1995-07-11'],
  ['1995年8月', '越、美兩國分別在華盛頓和河內開設大使館。', '1995-08', '1995-08'],
  ['1997年4月至5月', '越、美兩國首度互派入住華盛頓和河內的大使。', '1997-04', '1997-05'],
  ['1997年8月', '美國國際開發署（USAID）', '1997-08', '1997-08'],
  ['1998年3月11日', '美國比爾‧柯林頓總統宣佈取消', '1998-03-11', '1998-03-11'],
  ['2000年3月13日', '威廉‧科漢（William Cohen）', '2000-03-13', '2000-03-13'],
  [
    '2000年11月16日至19日',
    '美國比爾‧柯林頓總統於越戰結束後首次訪問越南。',
    '2000-11-16',
    '2000-11-19',
  ],
  ['2001年1月', '美國會通過「越南教育法案」', '2001-01', '2001-01'],
  ['2001年12月10日', '越、美在華盛頓簽署雙邊貿易協定。', '2001-12-10', '2001-12-10'],
  ['2003年11月19日', '美國軍艦「范德格里夫特號」', '2003-11-19', '2003-11-19'],
  [
    '2004年7月28日',
    '美國「柯蒂斯‧威爾伯號」驅逐艦（USS Curtis Wilbur DDG-54）抵達峴港市。',
    '2004-07-28',
    '2004-07-28',
  ],
  ['2005年3月29日', '值關係正常化10週年', '2005-03-29', '2005-03-29'],
  ['2005年6月19日至25日', '越南總理潘文凱（Phan Van Khai）', '2005-06-19', '2005-06-25'],
  ['2006年11月17日至20日', '美國小布希總統訪越。', '2006-11-17', '2006-11-20'],
  ['2007年3月15日', '越、美在華盛頓簽訂雙邊航行協定。', '2007-03-15', '2007-03-15'],
  [
    '2007年6月18日至23日',
    '越南國家主席阮名哲（Nguyen Minh Triet）訪美。',
    '2007-06-18',
    '2007-06-23',
  ],
  ['2008年4月3日', '第一所美國中心（American Center）在河內成立。', '2008-04-03', '2008-04-03'],
  ['2008年6月23日至26日', '越南政府總理阮晉勇訪美。', '2008-06-23', '2008-06-26'],
  ['2008年10月6日', '雙方舉辦第一屆政治、安全、國防及人道合作對話。', '2008-10-06', '2008-10-06'],
  ['2009年11月7日至10日', '美國一艘驅逐艦「拉森號」（USS Lassen）', '2009-11-07', '2009-11-10'],
  ['2010年4月12日至13日', '越南政府總理阮晉勇訪美，並參與核安全峰會。', '2010-04-12', '2010-04-13'],
  ['2011年9月', '越、美簽訂雙邊國防合作備忘錄。', '2011-09', '2011-09'],
  ['2012年6月', '美國國防部長萊昂‧帕內塔（Leon Panetta）', '2012-06', '2012-06'],
  ['2012年6月16日至20日', '越南首次以觀察員身份參加美國環太平洋軍演。', '2012-06-16', '2012-06-20'],
  ['2013年7月24日至26日', '越南國家主席張進創（Truong Tan Sang）訪美', '2013-07-24', '2013-07-26'],
  ['2014年10月2日', '美國解除一部分殺傷性武器禁令。', '2014-10-02', '2014-10-02'],
  ['2015年6月1日', '越美簽署一份「越美國防關係聯合願景聲明」', '2015-06-01', '2015-06-01'],
  ['2015年10月6日至7日', '越共總書記阮富仲首次訪美。', '2015-10-06', '2015-10-07'],
  [
    '2016年5月23日至25日',
    '美國總統歐巴馬訪越，宣佈全部解除對越武器出口禁令。',
    '2016-05-23',
    '2016-05-25',
  ],
  ['2017年5月29日至31日', '越南總理阮春福訪美', '2017-05-29', '2017-05-31'],
  ['2017年11月11日至12日', '美國總統川普訪越', '2017-11-11', '2017-11-12'],
  ['2018年1月25日', '美國國防部長馬蒂斯上任後首次訪越。', '2018-01-25', '2018-01-25'],
  ['2018年2月24日', '美國航空母艦「卡爾‧文森」號（USS Carl Vinson）', '2018-02-24', '2018-02-24'],
  ['2018年6月至8月', '越南軍事團參加美國RIMPAC軍演。', '2018-06', '2018-08'],
  ['2018年7月8日', '美國國務卿邁克‧蓬佩奧', '2018-07-08', '2018-07-08'],
  ['2018年8月2日', '越、美簽署價值將近一億美元的購買武器合同。', '2018-08-02', '2018-08-02'],
  ['2018年10月17日', '美國國防部長馬蒂斯第二次訪越。', '2018-10-17', '2018-10-17'],
  ['2019年2月27日', '美國總統川普第二次訪越。', '2019-02-27', '2019-02-27'],
];

const entries = () =>
  realDocument().blocks.filter((b): b is TimelineEntryBlock => b.kind === 'timeline-entry');

describe('the appendix timeline', () => {
  it('has every row, in order, with its date and event', () => {
    const found = entries().map((b) => [
      sliceCodePoints(b.text, b.entry.date.start, b.entry.date.end),
      sliceCodePoints(b.text, b.entry.event.start, b.entry.event.end),
      b.entry.start,
      b.entry.end,
    ]);
    expect(found).toHaveLength(ROWS.length);
    found.forEach((row, i) => {
      const [date, event, start, end] = ROWS[i] as [string, string, string, string];
      expect(row[0]).toBe(date);
      expect(String(row[1]).startsWith(event), `${date}: ${String(row[1])}`).toBe(true);
      expect([row[2], row[3]]).toEqual([start, end]);
    });
  });

  it('spreads over pages 176–178 under its heading and title', () => {
    expect(entries().map((b) => b.pages[0])).toEqual([
      ...Array<number>(14).fill(176),
      ...Array<number>(15).fill(177),
      ...Array<number>(10).fill(178),
    ]);
    expect(blockById('appendix-h').text).toBe('附錄');
    expect(blockById('appendix-title').text).toBe('越南—美國關係重要里程碑');
    expect(blockById('appendix-source').text).toBe('資料來源：作者整理。');
    expect(realDocument().timelineColumns).toEqual({ date: '日期', event: '事件' });
  });

  it('drops the repeated column header row from the text', () => {
    for (const block of entries()) expect(block.text).not.toContain('日期 事件');
  });
});
