package storage

import (
	"bytes"
	"encoding/json"
	"testing"

	"taizhang/app/plan"
)

var trickyTexts = []string{
	"", "已完成", "按要求推进，已在县政府门户网站专栏公开相关信息。",
	"引号\"与反斜杠\\", "换行\n回车\r制表\t退格\b换页\f", "\x00\x01\x1f\x7f",
	"<b>粗</b> & 细", "行分隔\u2028段分隔\u2029", "\u2027\u202a", "坏字节\xff\xfe中", "\xe2\x80", "末尾\xe2",
	"http://www.wengyuan.gov.cn/zwgk/?a=1&b=2", "😀 表情", "\ufffd",
}

func trickyReturn(s string, history int) plan.Return {
	r := plan.Return{Plan: "2018-" + s, Period: s + "年度", Task: 12, Unit: s,
		Values: plan.Values{Status: s, Text: s + s, Problems: s, Next: s, Evidence: s, Remark: s, RawStatus: s, Extra: s},
		Date:   "2018-07-01", File: s + ".xlsx", FileHash: s, Imported: "2026-12-08T00:10:21Z"}
	for i := 0; i < history; i++ {
		r.History = append(r.History, plan.Revision{Values: plan.Values{Text: s, Status: "已完成"}, Date: s, File: s})
	}
	return r
}

// The hand encoding is exactly what encoding/json writes, for every kind
// of text a unit can type and every shape of return.
func TestEncodeReturnIsEncodingJSON(t *testing.T) {
	for _, s := range trickyTexts {
		for h := 0; h < 3; h++ {
			checkEncoding(t, trickyReturn(s, h))
		}
	}
	checkEncoding(t, plan.Return{Task: -3, History: []plan.Revision{}})
}

func checkEncoding(t *testing.T, r plan.Return) {
	t.Helper()
	want, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	if got := encodeReturn(nil, &r); !bytes.Equal(got, want) {
		t.Fatalf("encoding %+v\n got %s\nwant %s", r, got, want)
	}
}

func FuzzEncodeReturn(f *testing.F) {
	for _, s := range trickyTexts {
		f.Add(s, 1)
	}
	f.Fuzz(func(t *testing.T, s string, history int) {
		checkEncoding(t, trickyReturn(s, history%4))
	})
}

// A return that pushes an earlier one into its history is encoded with the
// earlier history copied, and still exactly as encoding/json writes it;
// when its history does not begin with the earlier one (an older return
// sorted into the middle), nothing is copied.
func TestEncodeReturnAfterAnEarlierOne(t *testing.T) {
	rev := func(date, text string) plan.Revision {
		return plan.Revision{Values: plan.Values{Text: text, Status: "已完成"}, Date: date, File: text + ".xlsx"}
	}
	held := plan.Return{Plan: "p", Task: 3, Unit: "县财政局", Values: plan.Values{Text: "三<"}, Date: "2018-07-03",
		History: []plan.Revision{rev("2018-07-01", "一&"), rev("2018-07-02", "二\n")}}
	raw, hist := encodeReturnAfter(nil, &held, nil)
	prev := &encodedReturn{ret: &held, raw: raw, hist: hist}
	if want, _ := json.Marshal(held); !bytes.Equal(raw, want) || string(raw[hist[0]-1]) != "[" || string(raw[hist[1]]) != "]" {
		t.Fatalf("held: %s, history at %v", raw, hist)
	}
	later := held
	later.Values, later.Date = plan.Values{Text: "四"}, "2018-07-04"
	later.History = append(append([]plan.Revision{}, held.History...), held.Revision())
	middle := held
	middle.History = []plan.Revision{held.History[0], rev("2018-07-01", "旧"), held.History[1]}
	changed := held
	changed.History = []plan.Revision{rev("2018-07-01", "改"), held.History[1], held.Revision()}
	for _, r := range []plan.Return{later, middle, changed} {
		got, _ := encodeReturnAfter([]byte("前缀"), &r, prev)
		want, _ := json.Marshal(r)
		if !bytes.Equal(got, append([]byte("前缀"), want...)) {
			t.Fatalf("\n got %s\nwant 前缀%s", got, want)
		}
	}
}
