def log = new File(basedir, 'build.log').text
assert !(log =~ /(?m)^\s+at [a-zA-Z_$][\w$]*(\.[\w$<>]+)+\(/) : 'no Java stack trace may reach the user'

// the baseline is a committed file the user edits: its error has a position, like every other input
assert log =~ /\[ERROR\] accepted\.json:3:22: error: baseline is not valid JSON: unexpected 'go' where a JSON value/
// a baseline that cannot be used is a problem of the configuration, reported with any other at once
assert log.contains('[ERROR] Failed to execute goal')
assert log.contains('Backend Advisor: 1 error in accepted.json; see the lines above')
return true
