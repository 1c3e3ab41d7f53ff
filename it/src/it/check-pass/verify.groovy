import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def json = { String path -> new JsonSlurper().parse(new File(basedir, path)) }
assert !(log =~ /(?m)^\s+at [a-zA-Z_$][\w$]*(\.[\w$<>]+)+\(/) : 'no Java stack trace may reach the user'

assert log.contains('Backend Advisor: check passed (failOn: veto, mismatch, error)')
assert !new File(basedir, 'target/backend-advisor').exists() : 'check writes no report'
return true
