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
