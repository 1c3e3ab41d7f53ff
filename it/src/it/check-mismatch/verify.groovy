import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def json = { String path -> new JsonSlurper().parse(new File(basedir, path)) }
assert !(log =~ /(?m)^\s+at [a-zA-Z_$][\w$]*(\.[\w$<>]+)+\(/) : 'no Java stack trace may reach the user'

// in the compiler format, at the descriptor's decision.chosen, so that CI can annotate the line
assert log.contains("[ERROR] backend-requirements.yaml:22:11: error: [mismatch] the chosen candidate 'java' is not the recommendation 'nodejs'")
assert log.contains('Backend Advisor: check failed with 1 violation (mismatch)')
return true
