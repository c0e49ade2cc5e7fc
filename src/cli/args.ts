// A small hand parser, so that every mistake gets a one-line zh-CN reason (node's parseArgs speaks English).
import { DEFAULT_LOCALE, isLocale, LOCALES, type Locale } from '../core/locale';
import { isProfileName, parseGradeBands, type GradeBand, type ProfileName } from '../core/profile';

export type Command = 'check' | 'recalc' | 'summary' | 'clean' | 'help' | 'version';

export interface CliOptions {
  command: Command;
  files: string[];
  json: boolean;
  profile: ProfileName;
  gradeBands?: GradeBand[];
  overCompletionThreshold?: number;
  output?: string;
  /** Language of messages and output (--lang), zh-CN by default. */
  lang: Locale;
  /** Worker threads for `summary` (default: one per core). */
  jobs?: number;
  /** The 自评报告 (.docx) to cross-check with the table (--report). */
  report?: string;
}

export class UsageError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'UsageError';
  }
}

const VALUE_OPTIONS = new Set(['--profile', '--grade-bands', '--over-completion', '--lang', '-o', '--output', '--report', '--jobs', '-j']);
const FLAG_OPTIONS = new Set(['--json', '--help', '-h', '--version', '-v']);

export function parseArgs(argv: string[]): CliOptions {
  const positionals: string[] = [];
  const values = new Map<string, string>();
  const flags = new Set<string>();
  let onlyPositionals = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (onlyPositionals || !arg.startsWith('-') || arg === '-') {
      positionals.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyPositionals = true;
      continue;
    }
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    if (FLAG_OPTIONS.has(name)) {
      if (eq > 0) throw new UsageError(`选项 ${name} 不带参数`);
      flags.add(name);
      continue;
    }
    if (!VALUE_OPTIONS.has(name)) throw new UsageError(`未知选项 ${name}（运行 jixiao --help 查看用法）`);
    let value: string | undefined;
    if (eq > 0) value = arg.slice(eq + 1);
    else if (i + 1 < argv.length) value = argv[++i];
    if (value === undefined || value === '') throw new UsageError(`选项 ${name} 缺少参数`);
    const key = name === '--output' ? '-o' : name === '-j' ? '--jobs' : name;
    if (values.has(key)) throw new UsageError(`选项 ${name} 只能给一次`);
    values.set(key, value);
  }

  if (flags.has('--help') || flags.has('-h')) return { command: 'help', files: [], json: false, profile: 'national', lang: DEFAULT_LOCALE };
  if (flags.has('--version') || flags.has('-v')) return { command: 'version', files: [], json: false, profile: 'national', lang: DEFAULT_LOCALE };

  const [command, ...files] = positionals;
  if (command === undefined) throw new UsageError('缺少命令：check、recalc、summary 或 clean（运行 jixiao --help 查看用法）');
  if (command === 'help') return { command: 'help', files: [], json: false, profile: 'national', lang: DEFAULT_LOCALE };
  if (command !== 'check' && command !== 'recalc' && command !== 'summary' && command !== 'clean') {
    throw new UsageError(`未知命令 ${command}，应为 check、recalc、summary 或 clean（运行 jixiao --help 查看用法）`);
  }

  const profileText = values.get('--profile') ?? 'national';
  if (!isProfileName(profileText)) throw new UsageError(`未知的评分口径 --profile ${profileText}，应为 national 或 yitihua`);
  const lang = values.get('--lang') ?? DEFAULT_LOCALE;
  if (!isLocale(lang)) throw new UsageError(`未知的语言 --lang ${lang}，应为 ${LOCALES.join(' 或 ')}`);
  const options: CliOptions = { command, files, json: flags.has('--json'), profile: profileText, lang };

  const bandsText = values.get('--grade-bands');
  if (bandsText !== undefined) {
    const bands = parseGradeBands(bandsText);
    if (typeof bands === 'string') throw new UsageError(bands);
    options.gradeBands = bands;
  }

  const overText = values.get('--over-completion');
  if (overText !== undefined) {
    const t = Number(overText.normalize('NFKC'));
    if (!Number.isFinite(t) || t <= 1 || t > 10) throw new UsageError(`超额完成倍数 --over-completion ${overText} 无效，应为大于 1 的数，例如 1.3`);
    options.overCompletionThreshold = t;
  }

  const jobsText = values.get('--jobs');
  if (jobsText !== undefined) {
    if (command !== 'summary') throw new UsageError(`选项 --jobs 只用于 jixiao summary`);
    const jobs = Number(jobsText.normalize('NFKC'));
    if (!Number.isInteger(jobs) || jobs < 1 || jobs > 64) throw new UsageError(`--jobs ${jobsText} 无效，应为 1 到 64 的整数`);
    options.jobs = jobs;
  }

  if (files.length === 0) throw new UsageError(`jixiao ${command} 缺少要${command === 'clean' ? '处理' : '检查'}的 .xlsx 文件`);
  if (command === 'clean') return cleanOptions(options, files, values);
  const report = values.get('--report');
  if (report !== undefined) {
    if (command === 'summary') throw new UsageError('jixiao summary 不接受 --report：要把报告与表核对，请对该工作簿用 jixiao check --report');
    if (!/\.docx$/i.test(report)) throw new UsageError(`--report 须给 .docx 格式的自评报告（${report}）`);
    if (files.length > 1) throw new UsageError('--report 只能与一个工作簿一起使用：报告中的数字与这一个工作簿的表核对');
    if (/\.docx$/i.test(files[0])) throw new UsageError('--report 核对的是工作簿中的表；要检查报告本身，直接 jixiao check 报告.docx');
    options.report = report;
  }
  if (command === 'recalc' && /\.docx$/i.test(files[0])) throw new UsageError('jixiao recalc 只改写 .xlsx 工作簿；Word 报告只检查不改写，请用 jixiao check');
  if (command === 'summary') {
    const output = values.get('-o');
    if (output !== undefined && !/\.xlsx$/i.test(output)) throw new UsageError(`汇总表须以 .xlsx 结尾（-o ${output}）`);
    if (output !== undefined) options.output = output;
  } else if (command === 'check') {
    if (values.has('-o')) throw new UsageError('jixiao check 不写文件，不接受 -o；要写出结果请用 jixiao recalc');
  } else {
    if (files.length > 1) throw new UsageError('jixiao recalc 一次只处理一个文件');
    const output = values.get('-o');
    if (!output) throw new UsageError('jixiao recalc 需要用 -o 指定输出文件，例如 -o 结果.xlsx');
    options.output = output;
  }
  return options;
}

/** `jixiao clean <in.xlsx> -o <out.xlsx>`: one workbook in, one out; it checks nothing, so it takes no scoring option. */
function cleanOptions(options: CliOptions, files: string[], values: Map<string, string>): CliOptions {
  for (const name of ['--report', '--profile', '--grade-bands', '--over-completion']) {
    if (values.has(name)) throw new UsageError(`jixiao clean 只去掉标记、不做检查，不接受 ${name}`);
  }
  if (files.length > 1) throw new UsageError('jixiao clean 一次只处理一个文件');
  if (/\.docx$/i.test(files[0])) throw new UsageError('jixiao clean 处理的是 .xlsx 工作簿，Word 报告中没有 jixiao 的标记');
  const output = values.get('-o');
  if (!output) throw new UsageError('jixiao clean 需要用 -o 指定输出文件，例如 -o 提交版.xlsx');
  return { ...options, output };
}

export const USAGE = `绩效自评助手 jixiao —— 检查并重算绩效自评表（部门整体 / 项目支出）

用法：
  jixiao check  <文件.xlsx|报告.docx|文件夹>... [--report 报告.docx] [--json] [--lang zh-CN|en-US] [--profile national|yitihua] [--grade-bands "90=优,80=良,60=中,0=差"]
  jixiao recalc <文件.xlsx> -o <输出.xlsx> [--report 报告.docx] [--json] [--profile national|yitihua] [--grade-bands ...]
  jixiao summary <文件.xlsx|文件夹>... [-o <汇总.xlsx>] [--json] [--jobs <n>] [--lang ...] [--profile ...] [--grade-bands ...]
  jixiao clean  <文件.xlsx> -o <提交版.xlsx> [--json]

命令：
  check    检查每个文件的每张工作表，列出发现的问题，不写任何文件；文件夹中的 .xlsx、.docx 逐层查找（跳过 ~$ 临时文件）；
           给 .docx 自评报告时检查报告中的表和所写的数字
  recalc   把算得出的执行率、得分、合计和等级填入一份副本，标出有问题的单元格（红：错误，黄：警告），
           加上批注、“校验结果”（按错误、警告、提示分组）和“修改记录”（每个改写的单元格：原值、新值、原因）工作表；原文件不动
  summary  检查多个文件（文件夹中的 .xlsx 逐层查找，跳过 ~$ 临时文件），每张表一行汇总：金额（万元）、执行率、
           得分、等级、问题数和状态（可提交 / 需修改），再加合计；-o 写出汇总表（另附问题清单），否则打印到屏幕；
           工作簿中的项目支出绩效自评汇总表与各项目表逐项核对
  clean    生成提交版：保留重算填入的数值，去掉 jixiao 留下的全部标记——底色（恢复原底色）、批注、
           “校验结果”“修改记录”工作表和标记记录；原文件不动

选项：
  --json             输出 JSON 报告（一个文件为一个对象，多个文件为数组）
  --lang <语言>      说明和输出的语言：zh-CN（默认）或 en-US；表格中的文字保持原样，加“”引出
  --profile <名称>   评分口径：national（全国通用，默认）或 yitihua（预算管理一体化系统）
  --grade-bands <档> 等级分档，从高到低，最后一档下限为 0，例如 "85=优秀,75=良好,60=一般,0=较差"
  --over-completion <倍数> 实际值达到目标值的多少倍须说明超额原因，默认 1.2（广西为 1.3）
  -o, --output <文件> recalc、clean 的输出文件（不能与输入文件相同）；summary 的汇总表
  -j, --jobs <n>     summary 同时处理的文件数，默认每个 CPU 核一个
  --report <报告.docx> 把自评报告中写的金额、执行率、得分、等级与表核对（报告只读不改）
  -h, --help         显示本帮助

退出码：0 没有错误级问题；1 至少有一个错误级问题（recalc 为重算后仍存在的错误）；2 文件不可用或参数有误
`;
