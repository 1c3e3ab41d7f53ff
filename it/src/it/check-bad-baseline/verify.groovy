def log = new File(basedir, 'build.log').text
assert !(log =~ /(?m)^\s+at [a-zA-Z_$][\w$]*(\.[\w$<>]+)+\(/) : 'no Java stack trace may reach the user'

// build.log holds the four builds in order
def failures = log.findAll(/Backend Advisor: 1 error in [^;]*; see the lines above/)
assert failures.size() == 4 : failures

// 1. the baseline is a committed file the user edits: its error has a position, like every other input
assert log =~ /\[ERROR\] accepted\.json:3:22: error: baseline is not valid JSON: unexpected 'go' where a JSON value/
assert failures[0].contains('1 error in accepted.json')

// 2. and 3. a baseline that names no file, or a directory, is a mistake of the configuration: it is
// placed where the POM sets the parameter, the file meant is suggested
assert log.contains("[ERROR] pom.xml:28:34: error: 'baseline' names no file: acepted.json (did you mean 'accepted.json'?)")
assert log.contains("[ERROR] pom.xml:28:34: error: 'baseline' names a directory: decisions; give the path of a report.json written by this plugin")
assert failures[1].contains('1 error in pom.xml') && failures[2].contains('1 error in pom.xml')

// 4. the report of invalid input is no baseline: it says so at its status
assert log.contains("[ERROR] invalid-report.json:6:13: error: the baseline is the report of invalid input (status 'invalid')"
    + " and records no decision; commit the report.json of a build whose input was valid")
assert failures[3].contains('1 error in invalid-report.json')
return true
