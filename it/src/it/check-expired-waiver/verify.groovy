import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def json = { String path -> new JsonSlurper().parse(new File(basedir, path)) }
assert !(log =~ /(?m)^\s+at [a-zA-Z_$][\w$]*(\.[\w$<>]+)+\(/) : 'no Java stack trace may reach the user'

assert log =~ /\[WARNING\] backend-requirements.yaml:\d+:\d+: warning: the waiver for rule 'python-async-stack-required' expired on 2026-01-31/
// report and check both find it; the second goal of the module does not print it again
assert (log =~ /warning: the waiver for rule 'python-async-stack-required' expired/).count == 1
assert log =~ /\[ERROR\] backend-requirements.yaml:\d+:\d+: error: \[error\] the waiver for rule 'python-async-stack-required' expired on 2026-01-31/
def r = json('target/backend-advisor/report.json')
assert r.expiredWaivers[0].rule == 'python-async-stack-required'
return true
