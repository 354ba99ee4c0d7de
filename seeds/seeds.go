// Package seeds carries the default plan, embedded so that a first start
// with an empty database has something to show.
package seeds

import (
	_ "embed"
	"fmt"

	"taizhang/app/plan"
)

// Text is the seed document: 翁源县2018年政务公开工作要点分工方案.
//
//go:embed 000_f349a1681916d5d1.txt
var Text string

// Default parses the embedded plan and seeds its unit directory.
func Default() (*plan.Plan, *plan.Directory, error) {
	p, err := plan.ParseText(Text)
	if err != nil {
		return nil, nil, fmt.Errorf("内置分工方案无法解析：%w", err)
	}
	return p, plan.SeedDirectory(p), nil
}
