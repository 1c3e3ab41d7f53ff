import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def json = { String path -> new JsonSlurper().parse(new File(basedir, path)) }
assert !(log =~ /(?m)^\s+at [a-zA-Z_$][\w$]*(\.[\w$<>]+)+\(/) : 'no Java stack trace may reach the user'

assert log.contains("[ERROR] [mismatch] the chosen candidate 'java' is not the recommendation 'nodejs'")
assert log.contains('Backend Advisor: check failed with 1 violation (mismatch)')
return true
