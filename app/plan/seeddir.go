package plan

import (
	"sort"
	"strings"
)

// The 2018 divisions of the county: seven towns and a forest farm (铁龙林场
// became 铁龙镇 in 2019; next year's directory is edited, not this code).
var seedTowns = []string{"龙仙镇", "坝仔镇", "江尾镇", "官渡镇", "周陂镇", "翁城镇", "新江镇", "铁龙林场"}

// Full names of the short names the plan uses, as on the units' seals.
var seedFullNames = map[string]string{
	"县府办":    "翁源县人民政府办公室",
	"县编办":    "翁源县机构编制委员会办公室",
	"县发改局":   "翁源县发展和改革局",
	"县经信局":   "翁源县经济和信息化局",
	"县工商局":   "翁源县工商行政管理局",
	"县财政局":   "翁源县财政局",
	"县国土资源局": "翁源县国土资源局",
	"县扶贫办":   "翁源县扶贫开发办公室",
	"县食药监局":  "翁源县食品药品监督管理局",
	"县环保局":   "翁源县环境保护局",
	"县卫计局":   "翁源县卫生和计划生育局",
	"县住建局":   "翁源县住房和城乡建设局",
	"县安监局":   "翁源县安全生产监督管理局",
	"县文广新局":  "翁源县文化广电新闻出版局",
	"县委宣传部":  "中共翁源县委宣传部",
}

// Other names clerks write for a unit.
var seedAliases = map[string][]string{
	"县府办":    {"县政府办公室", "县政府办", "县人民政府办公室", "翁源县政府办公室"},
	"县国土资源局": {"县国土局"},
	"县卫计局":   {"县卫生计生局"},
	"县食药监局":  {"县食品药品监管局"},
	"县信息中心":  {"县信息化中心"},
	"县委宣传部":  {"县宣传部"},
}

// The departments the office counts as 县直各有关行政执法部门 to begin with;
// the clerk changes the list in the units view.
var seedEnforcement = []string{"县发改局", "县经信局", "县公安局", "县民政局", "县财政局", "县国土资源局",
	"县住建局", "县水务局", "县卫计局", "县环保局", "县安监局", "县食药监局", "县工商局", "县文广新局", "县教育局", "县旅游局"}

// Collective names, with the other ways they are written.
const (
	CollectiveTowns       = "各镇（场）政府"
	CollectiveTownOffices = "各镇（场）政府办公室"
	CollectiveDepartments = "县直各部门"
	CollectiveEnforcement = "县直各有关行政执法部门"
)

// SeedDirectory builds a starting directory from a plan: every unit the plan
// names under the short name it uses, the towns, the known full names and
// aliases, and the collectives expanded to their members.
func SeedDirectory(p *Plan) *Directory {
	d := &Directory{County: County(p.Title)}
	collective := map[string]bool{CollectiveTowns: true, CollectiveTownOffices: true,
		CollectiveDepartments: true, CollectiveEnforcement: true}
	add := func(name, kind string) {
		if d.Unit(name) == nil && !collective[name] {
			d.Units = append(d.Units, Unit{Name: name, Kind: kind,
				FullName: seedFullNames[name], Aliases: seedAliases[name]})
		}
	}
	for _, t := range p.Tasks {
		for _, n := range ParseUnits(t.UnitsText).All() {
			if f, ok := seedAliasDirectory.exact(n); ok {
				n = f.canonical
			}
			add(n, kindOf(n))
		}
	}
	for i := range d.Units {
		if u := &d.Units[i]; u.FullName == "" && u.Kind == KindDepartment && d.County != "" {
			u.FullName = d.County + strings.TrimPrefix(u.Name, "县")
		}
	}
	for _, t := range seedTowns {
		add(t, KindTown)
		u := d.Unit(t)
		if strings.HasSuffix(t, "镇") {
			u.FullName = t + "人民政府"
		} else {
			u.FullName = d.County + t
		}
	}
	var depts []string
	for _, u := range d.Units {
		if u.Kind == KindDepartment {
			depts = append(depts, u.Name)
		}
	}
	d.Collectives = []Collective{
		{Name: CollectiveTowns, Aliases: []string{"各镇政府", "各镇（场）", "各镇场政府", "各镇（场）人民政府"}, Members: append([]string{}, seedTowns...)},
		{Name: CollectiveTownOffices, Aliases: []string{"各镇（场）政府办", "各镇政府办公室", "各镇（场）党政办"}, Members: append([]string{}, seedTowns...)},
		{Name: CollectiveDepartments, Aliases: []string{"县直各单位", "县直有关部门", "县直各有关部门"}, Members: depts},
		{Name: CollectiveEnforcement, Aliases: []string{"县直有关行政执法部门", "各行政执法部门"}, Members: knownOnly(d, seedEnforcement)},
	}
	return d
}

// seedAliasDirectory holds the seed's aliases alone, so a plan that writes
// a unit under an alias seeds it under its canonical name.
var seedAliasDirectory = func() *Directory {
	d := &Directory{}
	for canonical, list := range seedAliases {
		d.Units = append(d.Units, Unit{Name: canonical, Aliases: list})
	}
	sort.Slice(d.Units, func(i, j int) bool { return d.Units[i].Name < d.Units[j].Name })
	return d
}()

// kindOf guesses a unit's kind from its name. County party organs (县委…)
// are not 县直各部门 of the government; city branches are 其他.
func kindOf(name string) string {
	switch {
	case strings.HasSuffix(name, "镇") || strings.HasSuffix(name, "林场"):
		return KindTown
	case strings.HasPrefix(name, "县委"):
		return KindOther
	case strings.HasPrefix(name, "县"):
		return KindDepartment
	}
	return KindOther
}

func knownOnly(d *Directory, names []string) []string {
	var out []string
	for _, n := range names {
		if d.Unit(n) != nil {
			out = append(out, n)
		}
	}
	return out
}
