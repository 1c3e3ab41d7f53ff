import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def json = { String path -> new JsonSlurper().parse(new File(basedir, path)) }
assert !(log =~ /(?m)^\s+at [a-zA-Z_$][\w$]*(\.[\w$<>]+)+\(/) : 'no Java stack trace may reach the user'

assert log.contains("[ERROR] backend-requirements.yaml:1:1: error: [drift] the recommendation drifted from the baseline 'go' to 'nodejs'; to accept the new one, commit this build's report.json as the baseline")
// mismatch is asked for, but there is no decision to judge: a warning in the compiler format
assert log.contains("[WARNING] backend-requirements.yaml:1:1: warning: decision.chosen is not set, so check cannot judge veto or mismatch")
return true
