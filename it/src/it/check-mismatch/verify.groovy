import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def json = { String path -> new JsonSlurper().parse(new File(basedir, path)) }
assert !(log =~ /(?m)^\s+at [a-zA-Z_$][\w$]*(\.[\w$<>]+)+\(/) : 'no Java stack trace may reach the user'

// in the compiler format, at the descriptor's decision.chosen, so that CI can annotate the line
assert log.contains("[ERROR] backend-requirements.yaml:22:11: error: [mismatch] the chosen candidate 'java' is not the recommendation 'nodejs' (it scores 56.7, 18.6 points behind); record the recommendation as decision.chosen, or take 'mismatch' out of failOn to keep a choice that departs from it")
assert log.contains('Backend Advisor: check failed with 1 violation (mismatch)')
// the second build
assert log.contains("[ERROR] pom.xml:1:1: error: failOn 'none' is not a condition; allowed: veto, mismatch, error, fragile,"
    + " too-close, drift. To keep check from failing the build, set skip to true in its own execution, or leave the"
    + " check goal out; report still writes the reports (set by the property backendAdvisor.failOn)")
// the third
assert log.contains('Backend Advisor: check passed (failOn: veto, error)')
return true
