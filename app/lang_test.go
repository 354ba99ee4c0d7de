package app

import (
	"testing"

	"fyne.io/fyne/v2/lang"
)

// Under any system language (the test runs under C or English), Fyne's
// own buttons read in Chinese.
func TestFyneSpeaksChinese(t *testing.T) {
	UseChinese()
	for en, zh := range map[string]string{"Cancel": "取消", "Yes": "是", "No": "否", "OK": "确定", "Save": "保存", "Open": "打开"} {
		if got := lang.L(en); got != zh {
			t.Errorf("%s reads %q, want %q", en, got, zh)
		}
	}
}
