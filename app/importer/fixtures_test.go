package importer

import (
	"encoding/json"
	"errors"
	"math/rand"
	"sort"
	"testing"

	"golang.org/x/text/unicode/norm"

	"taizhang/app/plan"
	"taizhang/app/sheet"
	"taizhang/internal/fixture"
	"taizhang/seeds"
)

type expected struct {
	Bad     map[string]string                                   `json:"bad"`
	Returns map[string]map[string]struct{ Status, Text string } `json:"returns"`
}

func loadExpected(t testing.TB) expected {
	var e expected
	if err := json.Unmarshal(fixture.Read(t, "fixtures/expected.json"), &e); err != nil {
		t.Fatal(err)
	}
	return e
}

func seedCtx(t testing.TB) Context {
	p, d, err := seeds.Default()
	if err != nil {
		t.Fatal(err)
	}
	return Context{Plan: p, Dir: d}
}

// ledgerOf folds results into a ledger as the store would, in the order given.
func ledgerOf(results []*Result) map[string]plan.Return {
	led := map[string]plan.Return{}
	for _, r := range results {
		for _, ret := range r.Returns {
			k := ret.Unit + "#" + itoa(ret.Task)
			var held *plan.Return
			if h, ok := led[k]; ok {
				held = &h
			}
			m, _ := plan.Merge(held, ret)
			led[k] = m
		}
	}
	return led
}

func itoa(n int) string { return json.Number(string(rune('0'+n/10)) + string(rune('0'+n%10))).String() }

func TestFixturesImportExactly(t *testing.T) {
	ctx := seedCtx(t)
	exp := loadExpected(t)
	files := fixture.Glob(t, "fixtures/returns/*")
	sort.Strings(files)
	for seed := int64(0); seed < 4; seed++ {
		order := append([]string{}, files...)
		if seed > 0 {
			rand.New(rand.NewSource(seed)).Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		}
		var results []*Result
		for _, f := range order {
			r := ReadFile(f, ctx)
			if r.Err != nil {
				t.Fatalf("%s refused: %v", f, r.Err)
			}
			if len(r.Unmatched) > 0 {
				t.Errorf("%s: unmatched rows %v", f, r.Unmatched)
			}
			results = append(results, r)
		}
		led := ledgerOf(results)
		want := 0
		for unit, tasks := range exp.Returns {
			for no, v := range tasks {
				want++
				var n int
				json.Unmarshal([]byte(no), &n)
				got, ok := led[unit+"#"+itoa(n)]
				if !ok {
					t.Errorf("order %d: %s #%s missing", seed, unit, no)
					continue
				}
				if got.Status != v.Status || norm.NFKC.String(got.Text) != norm.NFKC.String(v.Text) {
					t.Errorf("order %d: %s #%s got %s|%s want %s|%s", seed, unit, no, got.Status, got.Text, v.Status, v.Text)
				}
			}
		}
		if len(led) != want {
			t.Errorf("order %d: ledger has %d entries, want %d", seed, len(led), want)
		}
	}
}

func TestBadFixturesRefused(t *testing.T) {
	ctx := seedCtx(t)
	exp := loadExpected(t)
	for name := range exp.Bad {
		r := ReadFile(fixture.Path(t, "fixtures/bad/"+name), ctx)
		if r.Err == nil {
			t.Errorf("%s accepted with %d rows", name, len(r.Returns))
			continue
		}
		var refused *sheet.RefusedError
		if want, ok := badReasons[name]; ok && (!errors.As(r.Err, &refused) || refused.Reason != want) {
			t.Errorf("%s: refused as %v (%s), want %v", name, r.Err, r.RefusalText(), want)
		}
		t.Logf("%s: %s", name, r.RefusalText())
	}
}

// badReasons is the refusal each bad fixture must get where the fixture
// itself decides it; the encrypted workbook must be called encrypted, not
// damaged, so the clerk knows to ask for the password to be removed.
var badReasons = map[string]sheet.Reason{
	"empty.xlsx":              sheet.Empty,
	"not-excel.xlsx":          sheet.NotSpreadsheet,
	"password-protected.xlsx": sheet.Encrypted,
	"word-document.xlsx":      sheet.WordDocument,
	"zipbomb.xlsx":            sheet.TooLarge,
}

// The office's template has a 填报人 and a 联系电话 line: 县财政局's return
// names 李明, 0751-2812345; returns without those lines
// name nobody, and no sentence of 落实情况 is taken for one.
func TestFixtureContacts(t *testing.T) {
	ctx := seedCtx(t)
	for name, want := range map[string][2]string{
		"县财政局-落实情况.xlsx":            {"李明", "0751-2812345"},
		"县财政局-落实情况（更新）.xlsx":        {"李明", "0751-2812345"},
		"县住建局.csv":                  {"", ""},
		"教育局2018政务公开落实情况（修改版）.xlsx": {"李明", "0751-2812345"},
		"县信息中心落实情况表.xlsx":           {"", ""},
	} {
		r := ReadFile(fixture.Path(t, "fixtures/returns/"+name), ctx)
		if r.Err != nil {
			t.Fatalf("%s: %v", name, r.Err)
		}
		if r.Contact != want[0] || r.Phone != want[1] {
			t.Errorf("%s: contact %q phone %q, want %q %q", name, r.Contact, r.Phone, want[0], want[1])
		}
	}
}
