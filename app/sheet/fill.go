package sheet

// maxMergeCells bounds how many cells one merged range may fill, so a
// hostile file cannot make a reader build a million-cell grid.
const maxMergeCells = 20000

// FillMerges copies each merged range's value into every empty cell of the
// range, so a 工作任务 merged down its items or a group header over its
// columns reads the same on every row.
func (g *Grid) FillMerges() {
	for _, m := range g.Merges {
		if m.Top < 0 || m.Left < 0 || m.Bottom < m.Top || m.Right < m.Left ||
			(m.Bottom-m.Top+1)*(m.Right-m.Left+1) > maxMergeCells || m.Top >= len(g.Rows) {
			continue
		}
		v := g.Cell(m.Top, m.Left)
		if v == "" {
			continue
		}
		for r := m.Top; r <= m.Bottom && r < len(g.Rows); r++ {
			for c := m.Left; c <= m.Right; c++ {
				for len(g.Rows[r]) <= c {
					g.Rows[r] = append(g.Rows[r], "")
				}
				if g.Rows[r][c] == "" {
					g.Rows[r][c] = v
				}
			}
		}
	}
}
