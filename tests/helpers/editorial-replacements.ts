/**
 * The replacement each editorial note of nguyen-2020 proposes, read by hand from its correction
 * (`annotations/nguyen-2020/editorial.jsonld`): the words that would stand in the text in place of
 * the quote, or null where the correction states a fact instead.
 */
export const EXPECTED_REPLACEMENTS: Record<string, string | null> = {
  'hoang-sa': 'Hoàng Sa',
  'vinh-ministry-1': '國防部',
  'vinh-ministry-2': '國防部',
  'trong-visit-date': '2015年7月6日至10日',
  'four-goods-year': '2002年',
  'party-congress': '全國代表大會',
  'poem-reading': 'định phận',
  'poem-date': null,
  'poem-obama': null,
  'mofa-day': '同日',
  'mofa-unity': '保護獨立、主權、統一、領土完整',
  'dung-date': '2014年5月21日至22日',
  sweeny: 'Sweeney',
  liberthal: 'Lieberthal',
  'minh-triet-name': '明',
  'truong-tan-sang-name': '晉',
  'peaceful-evolution': 'peaceful evolution',
  'phuc-head-of-state-1': '政府首腦',
  'phuc-head-of-state-2': '政府首腦',
  'state-department-1': '國務院',
  'state-department-2': '國務院',
  'balancing-decade': '1970年代末',
  'converse-holds': '反之亦然',
  'outline-section': '第三節和第四節',
  'mattis-name': '馬蒂斯',
  'three-noes-item': '第三條',
  'trade-partner-years': null,
  'china-fdi-decimal': '133.48億',
  'us-fdi-growth': '288%',
};
