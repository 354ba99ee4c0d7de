// Command guideshots takes the screenshots of 使用说明 from the real window:
// a fresh database for 从这里开始, then the shared fixtures imported for
// the other views. Run it through scripts/guide-shots.sh, under Xvfb.
package main

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"image"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"time"

	"fyne.io/fyne/v2"
	fyneapp "fyne.io/fyne/v2/app"
	"golang.org/x/image/draw"

	"taizhang/app"
	"taizhang/app/workspace"
)

// shotWidth is the width the screenshots are kept at: sharp in the guide
// window and on A4, small in the program.
const shotWidth = 1100

func main() {
	out := flag.String("o", "app/guide/shots", "folder for the PNGs")
	fixtures := flag.String("fixtures", "../shared/fixtures", "the shared test data")
	settle := flag.Duration("settle", 2500*time.Millisecond, "wait before each shot")
	flag.Parse()
	if err := run(*out, *fixtures, *settle); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

func run(out, fixtures string, settle time.Duration) error {
	returns, err := filepath.Glob(filepath.Join(fixtures, "returns", "*"))
	if err != nil || len(returns) < 4 {
		return fmt.Errorf("no returns under %s", fixtures)
	}
	sort.Strings(returns)
	// A fixed place, so the status line reads the same in every run.
	dir := filepath.Join(os.TempDir(), "台账示例")
	if err := os.RemoveAll(dir); err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	ws, err := workspace.Open(filepath.Join(dir, "taizhang.db"))
	if err != nil {
		return err
	}
	defer ws.Close()
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}

	app.UseChinese()
	a := fyneapp.NewWithID("cn.gov.wengyuan.taizhang.guideshots")
	a.Settings().SetTheme(app.NewTheme())
	win := a.NewWindow(app.AppTitle)
	win.Resize(fyne.NewSize(1366, 768))
	u := app.NewUI(a, win, ws)
	// The import scene previews files not yet in the ledger, one of them
	// refused, so the picture shows both.
	later := append(returns[len(returns)-2:], filepath.Join(fixtures, "bad", "word-document.xlsx"))
	var failed error
	go func() {
		defer fyne.Do(a.Quit)
		time.Sleep(settle)
		for _, scene := range app.Scenes {
			if scene == "overview" { // from here on the period has returns, due ten days ago
				due := time.Now().AddDate(0, 0, -10).Format("2006-01-02")
				if err := ws.SetPeriodDue(ws.Plan.Periods[0], due); err != nil {
					failed = err
					return
				}
				if _, _, err := ws.ReadAndImport(context.Background(), returns[:len(returns)-2], "", ""); err != nil {
					failed = err
					return
				}
				time.Sleep(settle)
			}
			fyne.DoAndWait(func() { failed = u.Stage(scene, later) })
			if failed != nil {
				return
			}
			time.Sleep(settle)
			if scene == "import" { // reading and matching the files takes longer
				time.Sleep(2 * settle)
			}
			img, err := grabScreen()
			if err != nil {
				failed = err
				return
			}
			if failed = save(filepath.Join(out, scene+".png"), img); failed != nil {
				return
			}
			fmt.Println(filepath.Join(out, scene+".png"))
		}
	}()
	win.ShowAndRun()
	return failed
}

// grabScreen takes the X screen as drawn (ImageMagick's import): the
// pixels the clerk would see. Fyne's own Capture reads back nothing under
// Xvfb's software OpenGL.
func grabScreen() (image.Image, error) {
	out, err := exec.Command("import", "-window", "root", "png:-").Output()
	if err != nil {
		return nil, fmt.Errorf("import -window root: %w (apt-get install imagemagick)", err)
	}
	return png.Decode(bytes.NewReader(out))
}

// save writes img scaled to shotWidth as a PNG.
func save(path string, img image.Image) error {
	b := img.Bounds()
	if b.Dx() == 0 {
		return fmt.Errorf("empty capture for %s", path)
	}
	h := b.Dy() * shotWidth / b.Dx()
	small := image.NewRGBA(image.Rect(0, 0, shotWidth, h))
	draw.CatmullRom.Scale(small, small.Bounds(), img, b, draw.Src, nil)
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	enc := png.Encoder{CompressionLevel: png.BestCompression}
	if err := enc.Encode(f, small); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
