//go:build !unix

package sheet

import "time"

// cpuTime is not measured here; callers fall back to wall time.
func cpuTime() time.Duration { return 0 }
