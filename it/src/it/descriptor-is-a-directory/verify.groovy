def log = new File(basedir, 'build.log').text
assert !(log =~ /(?m)^\s+at [a-zA-Z_$][\w$]*(\.[\w$<>]+)+\(/) : 'no Java stack trace may reach the user'

// a descriptor parameter that names a directory is a mistake to report, not a module to skip
assert log.contains("[ERROR] docs:1:1: error: this is a directory; a YAML file is expected here (did you mean 'docs/backend-requirements.yaml'?)")
assert log.contains('Backend Advisor: 1 error in docs; see the lines above')
assert !log.contains('skipping')
assert !new File(basedir, 'target/backend-advisor/report.html').exists()
return true
