package report

import (
	"fmt"
	"io"
	"os"
	"strings"
	"sync"

	"github.com/mattn/go-isatty"
)

// barWidth is the number of cells in the progress bar.
const barWidth = 40

// Progress draws a one-line progress bar, redrawn in place with a carriage return.
// It is safe for concurrent use by the runner's workers. It redraws only when the
// bar, the percentage or the failure count moves, and once at the end, so even a
// long run writes about a hundred short updates (stderr may be a CI log file).
type Progress struct {
	mu     sync.Mutex
	w      io.Writer
	total  int
	done   int
	failed int
	shown  progressState
	drawn  bool
}

// progressState is what a redraw would change.
type progressState struct {
	filled, percent, failed int
	complete                bool
}

// NewProgress returns a bar for total cases that draws on w (normally stderr).
func NewProgress(w io.Writer, total int) *Progress {
	return &Progress{w: w, total: total}
}

// NewTerminalProgress returns a bar on w only if w is a terminal, and nil
// otherwise: carriage-return frames belong on a screen, not in a CI log or a
// redirected file. A nil *Progress does nothing.
func NewTerminalProgress(w io.Writer, total int) *Progress {
	if !IsTerminal(w) {
		return nil
	}
	return NewProgress(w, total)
}

// IsTerminal reports whether w is a terminal, not a file, a pipe, a buffer or
// another character device such as /dev/null (a mode check would take that
// for a terminal; the terminal ioctl does not).
func IsTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && isatty.IsTerminal(f.Fd())
}

// Add records one finished case and redraws the bar if it changed.
func (p *Progress) Add(c Case) {
	if p == nil {
		return
	}
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
	if p == nil {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	p.draw()
	fmt.Fprintln(p.w)
}

func (p *Progress) draw() {
	filled, percent := progressCells(p.done, p.total)
	state := progressState{filled: filled, percent: percent, failed: p.failed, complete: p.done >= p.total}
	if p.drawn && state == p.shown {
		return
	}
	p.shown, p.drawn = state, true
	fmt.Fprint(p.w, "\r"+progressLine(p.done, p.total, p.failed))
}

// progressCells returns how many bar cells are filled and the whole percentage done.
func progressCells(done, total int) (filled, percent int) {
	if total <= 0 {
		return barWidth, 100
	}
	done = min(done, total)
	return done * barWidth / total, done * 100 / total
}

// progressLine renders e.g. "[=========>                              ]  167/691  24%  0 failed".
func progressLine(done, total, failed int) string {
	filled, percent := progressCells(done, total)
	bar := strings.Repeat("=", filled)
	if filled < barWidth {
		bar += ">" + strings.Repeat(" ", barWidth-filled-1)
	}
	return fmt.Sprintf("[%s] %*d/%d %3d%%  %d failed", bar, len(fmt.Sprint(total)), done, total, percent, failed)
}
