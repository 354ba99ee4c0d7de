//go:build unix

package workspace

import (
	"syscall"
	"time"
)

// cpuTime is the CPU time this process has used. The import benchmark reports
// CPU as well as wall time because the machines it runs on are shared.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
