import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def json = { String path -> new JsonSlurper().parse(new File(basedir, path)) }
assert !(log =~ /(?m)^\s+at [a-zA-Z_$][\w$]*(\.[\w$<>]+)+\(/) : 'no Java stack trace may reach the user'

assert log.contains('Backend Advisor: skipped (backendAdvisor.skip)')
def r = json('target/backend-advisor/report.json')
assert r.ranking*.candidate.toSet() == ['python', 'java'] as Set
assert !r.firedRules*.id.contains('idle-connections-favour-non-blocking')
assert !new File(basedir, 'target/backend-advisor/report.html').exists()
// the third build's empty values: the descriptor and the report directory stay the defaults (Maven
// would have made them the module's directory), and an empty baseline is no baseline
assert log.contains('Backend Advisor: check passed')
assert new File(basedir, 'target/backend-advisor/report.md').isFile() : 'the third build ran with its properties'
assert !new File(basedir, 'report.md').exists()
assert !new File(basedir, 'report.json').exists() && !new File(basedir, '.report-inputs').exists()
return true
