package app

import (
	_ "embed"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
)

// zhStrings are Fyne's own words (dialog buttons, the file dialog, text
// box menus) in the office's Chinese: Fyne's zh_Hans translation with 好
// and 不 made 确定 and 否.
//
//go:embed zh.json
var zhStrings []byte

// fyneLocales are the languages Fyne ships; the Chinese strings are
// loaded under each, and under English, Fyne's fallback for any other.
var fyneLocales = []fyne.Locale{"en", "cs", "de", "el", "es", "fr", "pl", "pt", "pt-BR", "ru", "sv", "ta", "uk", "zh-Hans"}

// UseChinese makes Fyne speak Chinese whatever the system's language: the
// clerk's Windows may be an English one. Fyne picks its language from the
// system, so Chinese is loaded under every language it might pick.
func UseChinese() {
	for _, l := range fyneLocales {
		if err := lang.AddTranslationsForLocale(zhStrings, l); err != nil {
			fyne.LogError("loading Chinese for Fyne's dialogs", err)
		}
	}
}
