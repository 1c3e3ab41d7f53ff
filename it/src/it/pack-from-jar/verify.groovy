import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def json = { String path -> new JsonSlurper().parse(new File(basedir, path)) }
assert !(log =~ /(?m)^\s+at [a-zA-Z_$][\w$]*(\.[\w$<>]+)+\(/) : 'no Java stack trace may reach the user'

def r = json('target/backend-advisor/report.json')
assert r.rulePacks*.id == ['default', 'acme']
assert r.rulePacks[1].revision == '3.1.0'
def go = r.ranking.find { it.candidate == 'go' }
assert go.excluded
assert go.exclusions[0].rule == 'acme-no-go-in-production'
assert r.recommendation != 'go'
assert log.contains('Backend Advisor pack tests: 35 passed, 0 failed')
return true
