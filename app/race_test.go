//go:build race

package app

// raceOn is true when the tests run under the race detector, which makes
// painting many times slower.
const raceOn = true
