/** The benchmark's query set: the categories the issue asks for, plus one single-character query. */
export interface BenchQuery {
  query: string;
  category: string;
}

export const BENCH_QUERIES: BenchQuery[] = [
  ...['越南', '避險', '南海', '川普', '中國'].map((query) => ({
    query,
    category: 'Chinese, 2 chars',
  })),
  ...['軟制衡', '越南對中國', '權力不對稱', '印太戰略', '懲罰性因素', '全面戰略夥伴關係'].map(
    (query) => ({ query, category: 'Chinese, longer' }),
  ),
  ...['hedging', 'balancing', 'Vietnam', 'strategy'].map((query) => ({
    query,
    category: 'English word',
  })),
  ...['"soft balancing"', '"South China Sea"', 'hedging strategy'].map((query) => ({
    query,
    category: 'English phrase',
  })),
  ...['Biển Đông', '"Nam quốc sơn hà"', 'Hoảng Sa'].map((query) => ({
    query,
    category: 'Vietnamese, diacritics',
  })),
  ...['Bien Dong', '"nam quoc son ha"', 'Hoang Sa', 'tau la'].map((query) => ({
    query,
    category: 'Vietnamese, no diacritics',
  })),
  ...['Kuik 2008', 'Kuik(2008', 'Le 2013'].map((query) => ({ query, category: 'citation' })),
  ...['Kuik "2008"', '避險 "軟制衡"', '避險 -軟制衡'].map((query) => ({
    query,
    category: 'several phrases, exclusion',
  })),
  ...['HD-981', '12.07%', '2014'].map((query) => ({ query, category: 'number' })),
  ...['HD-981事件', 'GDP約為'].map((query) => ({ query, category: 'mixed' })),
  ...['软制衡', '越南对中国', '美国'].map((query) => ({ query, category: 'Simplified' })),
  ...['量子計算', 'blockchain', '"Nguyen Van A"'].map((query) => ({ query, category: 'absent' })),
  { query: '越', category: 'single character' },
];
