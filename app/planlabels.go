package app

import (
	"fmt"

	"taizhang/app/workspace"
)

// planLabels names the stored plans for the plan picker: by title, and
// where versions of one plan share a title (the draft and the issued
// plan), with the stage and version after it.
func planLabels(list []workspace.PlanInfo) ([]string, map[string]string) {
	count := map[string]int{}
	for _, p := range list {
		count[p.Title]++
	}
	ids := map[string]string{}
	var labels []string
	for _, p := range list {
		label := p.Title
		if count[p.Title] > 1 {
			label = fmt.Sprintf("%s（%s，第%d版）", p.Title, p.Stage, p.Version)
		}
		ids[label] = p.ID
		labels = append(labels, label)
	}
	return labels, ids
}

// labelOf is the label of the plan with id.
func labelOf(ids map[string]string, id string) string {
	for label, i := range ids {
		if i == id {
			return label
		}
	}
	return ""
}
