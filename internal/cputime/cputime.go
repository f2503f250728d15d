// Package cputime reads the CPU time of the running process, the measure the
// project's benchmarks report next to wall time, and the load average they
// state with it: the machines they run on are shared, and other jobs inflate
// wall time but not the CPU a process was given.
package cputime

import (
	"os"
	"strings"
	"syscall"
	"time"
)

// Process is the CPU time this process has used so far, user plus system, over
// all its threads: it includes the garbage collector and every goroutine the
// measured code starts, so a path that spreads work over cores pays for all of it.
func Process() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		panic(err) // RUSAGE_SELF with a valid pointer cannot fail
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// LoadAverage is the machine's one-minute load average as /proc/loadavg gives
// it, which every figure states next to it: how many other jobs competed for
// the cores while it was measured. It is "?" where /proc/loadavg is absent.
func LoadAverage() string {
	data, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "?"
	}
	if f := strings.Fields(string(data)); len(f) > 0 {
		return f[0]
	}
	return "?"
}
