import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def json = { String path -> new JsonSlurper().parse(new File(basedir, path)) }
assert !(log =~ /(?m)^\s+at [a-zA-Z_$][\w$]*(\.[\w$<>]+)+\(/) : 'no Java stack trace may reach the user'

assert log.contains("[ERROR] team-pack.yaml:24:5: error: pack test 'a deliberately wrong expectation' failed")
assert log.contains("[ERROR]     recommendation: expected 'python', got 'nodejs' (scores: nodejs 80.0; python 0.0)")
// an id that no pack defines is a typo, said as one, and not also as an outcome that differs
assert log.contains("[ERROR] team-pack.yaml:32:5: error: pack test 'typos in the expectations' failed")
assert log.contains("[ERROR]     recommendation: unknown candidate 'node'; no rule pack in use defines it (did you mean 'nodejs'?)")
assert log.contains("[ERROR]     fired: unknown rule 'never-fird'; no rule pack in use defines it (did you mean 'never-fired'?)")
assert !log.contains("expected 'node'") && !log.contains("expected rule 'never-fird' to fire")
// a missing test descriptor, at the test that names it, and named from the pack's directory
assert log.contains("[ERROR] team-pack.yaml:40:5: error: pack test 'a descriptor file that is not there' failed")
assert log.contains("[ERROR]     descriptor: team-pack.yaml:40:5: error: test descriptor 'descriptors/missing.yaml' does not exist: there is no descriptors/missing.yaml")
assert log.contains('Backend Advisor pack tests: 1 passed, 3 failed')
// at the rule's definition, in the compiler format
assert log.contains("[WARNING] team-pack.yaml:10:5: warning: rule 'never-fired' is fired by no pack test; add a test whose descriptor fires it")
return true
