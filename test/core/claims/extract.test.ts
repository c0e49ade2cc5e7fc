// Claim extraction on real report sentences (the seeds' own, and their messy forms): subject, measure, value, unit.
import { extractClaims, type Claim, type ReportText } from '../../../src/core/claims';
import { gridFromRows } from '../../../src/core/grid';

const report = (...paragraphs: string[]): ReportText => ({ file: 'r.docx', paragraphs: paragraphs.map((text, i) => ({ index: i + 1, text })), tables: [] });
const claims = (...paragraphs: string[]) => extractClaims(report(...paragraphs)).claims;
const brief = (c: Claim) => [c.subject.key, c.measure, c.value, c.unit, c.decimals];

describe('figures and units', () => {
  it('seed 002, 重点工作任务 1: the task by name, budget, executed and rate', () => {
    expect(claims('重点工作任务 1：党务经费预算数为 134.5 万元，预算执行金额为 69.64 万元，预算执行率 51.78%，目标任务完成情况：已完成。').map(brief)).toEqual([
      ['item:党务经费', 'budget', 134.5, '万元', 1],
      ['item:党务经费', 'executed', 69.64, '万元', 2],
      ['item:党务经费', 'rate', 0.5178, '%', 2],
    ]);
  });
  it('seed 003: thousands separators; 收支比率; an "其中" part is not the total', () => {
    expect(claims('部门整体财政资金收入8,024.86万元，其中一般公共预算收入8,024.86万元。部门整体财政资金支出8,022.31万元。收支比率为99.97%。').map(brief)).toEqual([
      ['whole', 'income', 8024.86, '万元', 2],
      ['whole/一般公共预算', 'income', 8024.86, '万元', 2],
      ['whole', 'executed', 8022.31, '万元', 2],
      ['whole', 'ratio', 0.9997, '%', 2],
    ]);
  });
  it('full-width digits, ％ and 元', () => {
    expect(claims('我部门调整预算数为１１２５５４００元，预算执行率１００％。').map(brief)).toEqual([
      ['whole', 'adjusted', 11255400, '元', 0],
      ['whole', 'rate', 1, '%', 0],
    ]);
  });
  it('targets, estimates and other rates are not claims', () => {
    // seed 001: "审计计划执行率达到 90%及以上"; seed 002: "满意度均在95%左右", "细化率达 100%"; seed 003's 预算完成率.
    expect(claims('（六）内部审计工作：', '审计计划执行率达到 90%及以上；问题整改率达到 80%及以上。',
      '经统计分析，满意度均在95%左右。专项经费均按项目分别细化编制，细化率达 100%。', '预算完成率得分1.98分，预算完成率达到99.21%。')).toEqual([]);
  });
  it('seed 001: 其中人员及公用经费, then 专项预算项目 85 个 after the semicolon', () => {
    expect(claims('其中人员及公用经费预算调整金额 3484.29 万元，截至 12 月底共完成 3483.94 万元，预算执行率 99.99%；专项预算项目 85 个，预算调整金额 6108.89 万元。').map(brief)).toEqual([
      ['basic', 'adjusted', 3484.29, '万元', 2],
      ['basic', 'executed', 3483.94, '万元', 2],
      ['basic', 'rate', 0.9999, '%', 2],
      ['projects', 'count', 85, '个', 0],
      ['projects', 'adjusted', 6108.89, '万元', 2],
    ]);
  });
  it('seed 000: 年初 makes a 预算支出 the initial budget; counts of monitored projects are not project counts', () => {
    expect(claims('本单位 2021 年度年初 12 个项目预算支出 222.54 万元，全年执行数为 144.86 万元。', '开展绩效监控项目 8 个，绩效监控完成率 100%。').map(brief)).toEqual([
      // "年初 12 个项目" counts those budgeted at the start (not necessarily all): it names the subject, not the count.
      ['projects', 'initial', 222.54, '万元', 2],
      ['projects', 'executed', 144.86, '万元', 2],
    ]);
  });
  it('seed 002: the “三公”经费 and its 控制率; 控制率 of anything else is an indicator', () => {
    expect(claims('“三公经费”年初预算 28 万元，实际支出 6.49 万元，“三公经费”控制率 23.18%；大型会议控制率 0.5%。').map(brief)).toEqual([
      ['sangong', 'initial', 28, '万元', 0],
      ['sangong', 'executed', 6.49, '万元', 2],
      ['sangong', 'rate', 0.2318, '%', 2],
    ]);
  });
  it('a published sentence (红河州数据发展中心 2024): counts in brackets and counts of a change are not the number of projects', () => {
    expect(claims('2024年,红河州数据发展中心实施项目共15个(含2023年转列暂付性款项项目5个),年初批复预算8个项目985万元(含1个年初结转结余项目50万元),调整预算后项目预算861.46万元,年中增加8个项目(含2023年转列暂付性款项项目5个),实际到位资金334.67万元。').map(brief)).toEqual([
      ['projects', 'count', 15, '个', 0],
      ['projects', 'initial', 985, '万元', 0],
      ['projects', 'adjusted', 861.46, '万元', 2],
      ['projects', 'received', 334.67, '万元', 2],
    ]);
  });
});

describe('subjects across paragraphs', () => {
  it('seed 003: a heading names the item 该项目 and 本专项 speak of; 工作 and 项目 are one item', () => {
    const found = claims('1．文书档案规范化处理入馆项目', '2021年该项目预算数（含年中调整数）为69.88万元，实际执行数为69.88万元，完成预算的100%。',
      '文书档案规范化处理入馆工作：2021年该项目预算数69.88万元，实际执行数69.88万元。');
    expect(found.map(brief)).toEqual([
      ['item:文书档案规范化处理入馆', 'adjusted', 69.88, '万元', 2],
      ['item:文书档案规范化处理入馆', 'executed', 69.88, '万元', 2],
      ['item:文书档案规范化处理入馆', 'rate', 1, '%', 0],
      ['item:文书档案规范化处理入馆', 'budget', 69.88, '万元', 2],
      ['item:文书档案规范化处理入馆', 'executed', 69.88, '万元', 2],
    ]);
    expect(found[0].source).toEqual({ paragraph: 2, excerpt: '2021年该项目预算数（含年中调整数）为69.88万元，实际执行数为69.88万元，完成预算的100%' });
  });
  it('a section heading ("（三）部门整体收支情况") names no item; 我部门 overrides a colon heading', () => {
    expect(claims('（三）部门整体收支情况', '预算数为 100 万元。', '预算和财务管理情况：2021 年，我部门预算年初数为 1207.96 万元。').map((c) => c.subject.key)).toEqual(['whole', 'whole']);
  });
  it('该项目 with no item named stays in its paragraph', () => {
    expect(claims('2021年该项目预算数85万元。', '2021年该项目预算数90万元。').map((c) => c.subject.key)).toEqual(['item:@1', 'item:@2']);
  });
});

describe('scores, grades and stated bands', () => {
  it('seed 003: 自评结果良好 and 99.45 分; 预算完成率得分 is a part score', () => {
    expect(claims('本部门整体支出绩效自评结果良好，绩效自评得分为99.45分。其中，预算完成率得分1.98分。').map(brief)).toEqual([
      ['whole', 'grade', '良好', null, 0],
      ['whole', 'score', 99.45, '分', 2],
    ]);
  });
  it('band definitions are not grades, and become the report\'s bands', () => {
    const read = extractClaims(report('按照部门整体自评工作明确的90（含）-100分为优、80（含）-90分为良、60（含）-80分为中、60分以下为差的评价等级设置，我部门整体绩效评价等级为“优”。'));
    expect(read.claims.map(brief)).toEqual([['whole', 'grade', '优', null, 0]]);
    expect(read.bands).toEqual([{ min: 90, label: '优' }, { min: 80, label: '良' }, { min: 60, label: '中' }, { min: 0, label: '差' }]);
  });
  it('"评价结果中反映的问题" is no grade', () => expect(claims('对于评价结果中反映的预算执行问题及时整改。')).toEqual([]));
});

describe('label | value tables', () => {
  it('reads 其中 parts of the label above, in its own column', () => {
    const grid = gridFromRows('表1', [
      ['资金情况（元）', '预算安排资金', '1,000', '实际到位资金', '900'],
      [null, '其中：市级资金', '600', '其中：市级资金', '500'],
      [null, '县级资金', '400', '县级资金', '400'],
    ]);
    const read = extractClaims({ file: 'r.docx', paragraphs: [], tables: [grid] }).claims;
    expect(read.map((c) => [c.source.cell, c.subject.key, c.measure, c.value, c.unit, c.partOf ?? null])).toEqual([
      ['C1', 'whole', 'budget', 1000, '元', null],
      ['E1', 'whole', 'received', 900, '元', null],
      ['C2', 'whole/budget/市级资金', 'budget', 600, '元', 'budget'],
      ['E2', 'whole/received/市级资金', 'received', 500, '元', 'received'],
      ['C3', 'whole/budget/县级资金', 'budget', 400, '元', 'budget'],
      ['E3', 'whole/received/县级资金', 'received', 400, '元', 'received'],
    ]);
  });
});
