// Package cli runs the program's subcommands, for batch work, scripts and
// tests: the same work as the window, printed instead of shown.
package cli

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"time"

	"taizhang/app/workspace"
)

// Exit codes.
const (
	ExitOK      = 0
	ExitRefused = 1 // some file was refused, or the work failed
	ExitUsage   = 2
)

// IsCommand reports whether args (without the program name) ask for a
// subcommand rather than the window.
func IsCommand(args []string) bool {
	if len(args) == 0 {
		return false
	}
	_, ok := commands[args[0]]
	return ok || args[0] == "help" || args[0] == "-h" || args[0] == "--help"
}

type command struct {
	usage string
	run   func(env *env, args []string) int
}

var commands = map[string]command{}

func init() {
	commands["tasks"] = command{"tasks  [--db FILE] [--json]                  列出分工方案的任务及解析出的牵头、负责、配合单位", runTasks}
	commands["import"] = command{"import [--db FILE] [--period P] [--unit 单位] [--dry-run] [--json] FILE...  导入落实情况表", runImport}
	commands["ledger"] = command{"ledger [--db FILE] [--period P] [--json]     输出台账", runLedger}
	commands["export"] = command{"export summary [--db FILE] [--period P] [--today 日期] -o OUT.xlsx|OUT.pdf  导出汇总表（汇总表、未报送、统计），或打印用的 PDF\n      taizhang export report  [--db FILE] [--period P] -o OUT.docx          导出工作总结初稿（Word）", runExport}
	commands["template"] = command{"template [--db FILE] [--period P] --unit 单位 -o OUT.xlsx | --all -o 文件夹  生成落实情况表模板", runTemplate}
	commands["plan"] = command{"plan   [--db FILE] import FILE | list | use 编号  导入新的分工方案（Word、文本或总表 Excel），列出方案，或换用已有方案", runPlan}
	commands["period"] = command{"period [--db FILE] list [--json] [--today 日期] | add 名称 [--due 日期] | due 名称 日期 | rename 原名 新名 | remove 名称  管理报送期及截止日期", runPeriod}
	commands["units"] = command{"units  [--db FILE] [--json] | set 单位 [--contact 联系人] [--phone 电话] [--note 备注]  单位名录及联系人", runUnits}
	commands["remind"] = command{"remind [--db FILE] [--period P] [--today 日期] [--json] [-o OUT.txt|OUT.xlsx|OUT.docx]  催报：未报齐的单位、逾期天数、催报文字、催办通知", runRemind}
	commands["feedback"] = command{"feedback template [--db FILE] (--unit 单位 | --all) [--format xlsx|docx] -o OUT.xlsx|OUT.docx|文件夹  生成征求意见反馈表\n      taizhang feedback import [--db FILE] [--unit 单位] [--dry-run] [--json] FILE...  导入各单位的反馈意见\n      taizhang feedback list [--db FILE] [--json] [--unit 单位] [--task N] | decide 编号 采纳|部分采纳|不采纳 [--reason 理由] | remind [--json] [--today 日期] [-o 未反馈.txt|.xlsx|.docx] | table -o 采纳情况表.xlsx|.docx | undo  处理反馈意见\n      taizhang plan publish [--db FILE] [-o 分工方案.docx] [--table 采纳情况.xlsx|.docx] | diff A B | stage 征求意见稿|正式印发  正式印发及版本比较", runFeedback}
}

// env is what a command writes to.
type env struct {
	out, errOut io.Writer
}

// Run runs a subcommand and returns the exit code.
func Run(args []string, stdout, stderr io.Writer) int {
	e := &env{out: stdout, errOut: stderr}
	if len(args) == 0 || isHelp(args[0]) {
		usage(stdout) // asked for: the answer, on standard output
		return ExitOK
	}
	c, ok := commands[args[0]]
	if !ok {
		fmt.Fprintf(stderr, "未知的命令“%s”。\n", args[0])
		usage(stderr)
		return ExitUsage
	}
	if slices.ContainsFunc(args[1:], isHelpFlag) {
		fmt.Fprintln(stdout, "用法：taizhang "+c.usage)
		for _, line := range usageElsewhere(args[0]) {
			fmt.Fprintln(stdout, line)
		}
		return ExitOK
	}
	return c.run(e, args[1:])
}

// usageElsewhere is the lines of other commands' usage that show the
// command name: plan publish, diff and stage are listed under feedback.
func usageElsewhere(name string) []string {
	var out []string
	for _, n := range commandOrder {
		if n == name {
			continue
		}
		for _, line := range strings.Split(commands[n].usage, "\n") {
			if strings.HasPrefix(strings.TrimSpace(line), "taizhang "+name+" ") {
				out = append(out, line)
			}
		}
	}
	return out
}

func isHelp(a string) bool { return a == "help" || isHelpFlag(a) }

// isHelpFlag is a request for help among a command's arguments (a bare
// "help" there may be a file or unit name).
func isHelpFlag(a string) bool { return a == "-h" || a == "--help" || a == "-help" }

// commandOrder is the order commands are listed in the usage (and in the
// README, which a test compares with it).
var commandOrder = []string{"tasks", "import", "ledger", "export", "template", "plan", "period", "units", "remind", "feedback", "backup", "restore"}

// usage writes every command with its flags, as --help prints them.
func usage(w io.Writer) {
	fmt.Fprintln(w, "用法：taizhang [--db FILE]            打开窗口")
	for _, n := range commandOrder {
		if c, ok := commands[n]; ok {
			fmt.Fprintln(w, "      taizhang "+c.usage)
		}
	}
}

// flags is a flag set that prints Chinese usage errors and lets flags and
// file names mix in any order (taizhang import a.xlsx --json).
type flags struct {
	*flag.FlagSet
	db *string
}

func newFlags(name string) *flags {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	return &flags{FlagSet: fs, db: fs.String("db", "", "数据库文件")}
}

// parse returns the positional arguments, or an error for bad usage.
func (f *flags) parse(args []string) ([]string, error) {
	var rest []string
	for {
		if err := f.Parse(args); err != nil {
			return nil, fmt.Errorf("参数有误：%s", strings.TrimPrefix(err.Error(), "flag provided but not defined: "))
		}
		args = f.Args()
		if len(args) == 0 {
			return rest, nil
		}
		if args[0] == "--" {
			return append(rest, args[1:]...), nil
		}
		rest = append(rest, args[0])
		args = args[1:]
	}
}

func (e *env) bad(err error) int {
	fmt.Fprintln(e.errOut, err)
	fmt.Fprintln(e.errOut, "运行 taizhang help 查看用法。")
	return ExitUsage
}

func (e *env) fail(err error) int {
	fmt.Fprintln(e.errOut, err)
	return ExitRefused
}

// ResolveDB turns the --db value into the database path (the window's
// rules: portable mode, network shares refused). Unset, --db or the
// default place is used as is.
var ResolveDB func(flag string) (string, error)

func (e *env) open(db string) (*workspace.Workspace, error) {
	if ResolveDB != nil {
		path, err := ResolveDB(db)
		if err != nil {
			return nil, err
		}
		db = path
	}
	return workspace.Open(db)
}

// openPeriod opens the database and settles the reporting period (the
// one current today when p is empty).
func (e *env) openPeriod(db, p string) (*workspace.Workspace, string, error) {
	return e.openPeriodAt(db, p, time.Now())
}

// openPeriodAt is openPeriod for a command given --today: without
// --period it works on the period current at that day, the same rule as
// remind and the window.
func (e *env) openPeriodAt(db, p string, today time.Time) (*workspace.Workspace, string, error) {
	w, err := e.open(db)
	if err != nil {
		return nil, "", err
	}
	period, err := w.PeriodAt(p, today)
	if err != nil {
		w.Close()
		return nil, "", err
	}
	return w, period, nil
}

func (e *env) json(v any) int {
	enc := json.NewEncoder(e.out)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", " ")
	if err := enc.Encode(v); err != nil {
		return e.fail(err)
	}
	return ExitOK
}

var errNoFiles = errors.New("没有给出要导入的文件")

// Main runs the command line and exits; for main.go.
func Main(args []string) {
	os.Exit(Run(args, os.Stdout, os.Stderr))
}
