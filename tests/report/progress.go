package report

import (
	"fmt"
	"io"
	"strings"
	"sync"
)

// barWidth is the number of cells in the progress bar.
const barWidth = 40

// Progress draws a one-line progress bar, redrawn in place with a carriage return.
// It is safe for concurrent use by the runner's workers. It redraws only when the
// visible text changes, so a 700-case run writes at most a few hundred short lines.
type Progress struct {
	mu     sync.Mutex
	w      io.Writer
	total  int
	done   int
	failed int
	shown  string
}

// NewProgress returns a bar for total cases that draws on w (normally stderr).
func NewProgress(w io.Writer, total int) *Progress {
	return &Progress{w: w, total: total}
}

// Add records one finished case and redraws the bar if it changed.
func (p *Progress) Add(c Case) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.done++
	if !c.Passed() {
		p.failed++
	}
	p.draw()
}

// Finish ends the bar's line so later output starts on a fresh line.
func (p *Progress) Finish() {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.draw()
	fmt.Fprintln(p.w)
}

func (p *Progress) draw() {
	line := progressLine(p.done, p.total, p.failed)
	if line == p.shown {
		return
	}
	p.shown = line
	fmt.Fprint(p.w, "\r"+line)
}

// progressLine renders e.g. "[=========>                              ]  167/691  24%  0 failed".
func progressLine(done, total, failed int) string {
	filled, percent := barWidth, 100
	if total > 0 {
		filled = min(done, total) * barWidth / total
		percent = min(done, total) * 100 / total
	}
	bar := strings.Repeat("=", filled)
	if filled < barWidth {
		bar += ">" + strings.Repeat(" ", barWidth-filled-1)
	}
	return fmt.Sprintf("[%s] %*d/%d %3d%%  %d failed", bar, len(fmt.Sprint(total)), done, total, percent, failed)
}
