import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def json = { String path -> new JsonSlurper().parse(new File(basedir, path)) }
assert !(log =~ /(?m)^\s+at [a-zA-Z_$][\w$]*(\.[\w$<>]+)+\(/) : 'no Java stack trace may reach the user'

assert log.contains("[ERROR] team-pack.yaml:24:5: error: pack test 'a deliberately wrong expectation' failed")
assert log.contains("[ERROR]     recommendation: expected 'python', got 'nodejs' (scores: nodejs 80.0 python 0.0)")
assert log.contains('Backend Advisor pack tests: 1 passed, 1 failed')
assert log.contains('[WARNING] rules no pack test fires: never-fired')
return true
