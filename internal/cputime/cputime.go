// Package cputime measures the CPU time a piece of work costs the
// process. Tests that check how a stage scales compare CPU times, not
// wall-clock times, so that a busy machine does not fail them.
package cputime

import (
	"fmt"
	"syscall"
	"time"
)

// Of returns the CPU time (user and system, every thread of the process)
// spent while f ran. Other goroutines running meanwhile count too, so
// callers measure with nothing else running in the process.
func Of(f func()) (time.Duration, error) {
	before, err := Used()
	if err != nil {
		return 0, err
	}
	f()
	after, err := Used()
	if err != nil {
		return 0, err
	}
	return after - before, nil
}

// Used is the CPU time (user and system, every thread) the process has
// spent so far; differences of two readings time a stretch of work.
func Used() (time.Duration, error) {
	var r syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &r); err != nil {
		return 0, fmt.Errorf("reading the process's CPU time: %w", err)
	}
	return time.Duration(r.Utime.Nano() + r.Stime.Nano()), nil
}
