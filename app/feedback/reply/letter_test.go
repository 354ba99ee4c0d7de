package reply

import (
	"reflect"
	"testing"

	"taizhang/seeds"
)

func TestTaskRefs(t *testing.T) {
	p, _, err := seeds.Default()
	if err != nil {
		t.Fatal(err)
	}
	cases := map[string][]int{
		"关于第8项，建议改由县住建局牵头": {8},
		"第8、9项不属于我局职责":     {8, 9},
		"第2至4项建议增加县公安局":    {2, 3, 4},
		"第八项和第十二项表述不准确":    {8, 12},
		"第二十一项，建议删除我局":     {21},
		"序号19：不属于本单位职责":    {19},
		"（14）建议修改为……":      {14},
		"3.建议增加培训":         {3},
		"第99项不存在":          nil,
		"全年共办理20件，建议加强培训":  nil,
	}
	for text, want := range cases {
		if got := taskRefs(text, p); !reflect.DeepEqual(got, want) {
			t.Errorf("taskRefs(%q) = %v, want %v", text, got, want)
		}
	}
}
