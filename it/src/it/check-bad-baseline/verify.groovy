def log = new File(basedir, 'build.log').text
assert !(log =~ /(?m)^\s+at [a-zA-Z_$][\w$]*(\.[\w$<>]+)+\(/) : 'no Java stack trace may reach the user'

// the baseline is a committed file the user edits: its error has a position, like every other input
assert log =~ /\[ERROR\] accepted\.json:3:22: error: baseline is not valid JSON: unexpected 'go' where a JSON value/
assert log.contains('[ERROR] Failed to execute goal') && log.contains('the baseline report accepted.json cannot be used')
return true
