package fuzz

import (
	"bufio"
	"bytes"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

// ciFuzzTime is how long CI fuzzes each target.
const ciFuzzTime = "15s"

// target is one fuzz function and the package directory that holds it.
type target struct {
	dir, name string
}

var fuzzFunc = regexp.MustCompile(`^func (Fuzz\w*)\(\w+ \*testing\.F\)`)

// targets lists every fuzz function in the module's test files, in file order.
func targets(t *testing.T, root string) []target {
	var out []target
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (strings.HasPrefix(d.Name(), ".") || d.Name() == "node_modules" || d.Name() == "testdata") {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(path, "_test.go") {
			return nil
		}
		f, err := os.Open(path)
		if err != nil {
			return err
		}
		defer f.Close()
		scanner := bufio.NewScanner(f)
		for scanner.Scan() {
			if m := fuzzFunc.FindStringSubmatch(scanner.Text()); m != nil {
				dir, err := filepath.Rel(root, filepath.Dir(path))
				if err != nil {
					return err
				}
				out = append(out, target{dir: "./" + filepath.ToSlash(dir), name: m[1]})
			}
		}
		return scanner.Err()
	})
	require.NoError(t, err)
	return out
}

func TestFuzzTargets(t *testing.T) {
	fuzztime := os.Getenv("NR_FUZZTIME")
	if fuzztime == "" {
		if os.Getenv("CI") != "true" {
			t.Skip("fuzzing every target takes minutes: set NR_FUZZTIME (e.g. 10s) to run it; CI does, with " + ciFuzzTime + " each")
		}
		fuzztime = ciFuzzTime
	}
	root, err := filepath.Abs(filepath.Join("..", ".."))
	require.NoError(t, err)
	list := targets(t, root)
	require.NotEmpty(t, list, "no fuzz targets found under %s", root)
	for _, tg := range list {
		t.Run(strings.TrimPrefix(tg.dir, "./")+"/"+tg.name, func(t *testing.T) {
			start := time.Now()
			cmd := exec.CommandContext(t.Context(), "go", "test", "-run", "^$", "-fuzz", "^"+tg.name+"$",
				"-fuzztime", fuzztime, "-fuzzminimizetime", "10s", tg.dir)
			cmd.Dir = root
			out, err := cmd.CombinedOutput()
			if err != nil && deadlineArtifact(out) {
				t.Logf("go test -fuzz ended on its own -fuzztime deadline with no failing input written (%s in all); %s",
					time.Since(start).Round(time.Second), lastProgress(out))
				return
			}
			if err != nil {
				t.Fatalf("go test -fuzz %s %s failed after %s: %v\n%s\nThe failing input is in %s/testdata/fuzz/%s; `go test -run %s %s` replays it.",
					tg.name, tg.dir, time.Since(start).Round(time.Second), err, tail(out, 40), tg.dir, tg.name, tg.name, tg.dir)
			}
			t.Logf("%s (%s in all)", lastProgress(out), time.Since(start).Round(time.Second))
		})
	}
}

// deadlineArtifact reports whether a failed `go test -fuzz` run failed only on
// its own -fuzztime deadline: Go's fuzzing coordinator can report
// "context deadline exceeded" as the target's failure when the deadline expires
// while a slow input is still running in a worker (the worker's context error
// differs from the one it suppresses). A real finding always writes its input
// ("Failing input written to"), and that is never treated as an artifact.
func deadlineArtifact(out []byte) bool {
	return bytes.Contains(out, []byte("context deadline exceeded")) && !bytes.Contains(out, []byte("Failing input written to"))
}

// lastProgress is go test's last "fuzz: elapsed: ..., execs: ..." line.
func lastProgress(out []byte) string {
	var last string
	for _, line := range strings.Split(string(out), "\n") {
		if strings.HasPrefix(line, "fuzz: elapsed") {
			last = line
		}
	}
	return last
}

// tail is the last n lines of out.
func tail(out []byte, n int) string {
	lines := bytes.Split(bytes.TrimRight(out, "\n"), []byte("\n"))
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	return string(bytes.Join(lines, []byte("\n")))
}

func TestDeadlineArtifact(t *testing.T) {
	deadline := []byte("fuzz: elapsed: 16s, execs: 51 (0/sec)\n--- FAIL: FuzzDecodeWitness (16.07s)\n    context deadline exceeded\nFAIL\n")
	finding := []byte("--- FAIL: FuzzX (3.1s)\n    panic: boom\n    Failing input written to testdata/fuzz/FuzzX/abc\n    context deadline exceeded\n")
	require.True(t, deadlineArtifact(deadline))
	require.False(t, deadlineArtifact(finding), "a written failing input is always a finding")
	require.False(t, deadlineArtifact([]byte("--- FAIL: FuzzX\n    build failed\n")))
}
