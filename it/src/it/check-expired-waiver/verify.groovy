import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def json = { String path -> new JsonSlurper().parse(new File(basedir, path)) }
assert !(log =~ /(?m)^\s+at [a-zA-Z_$][\w$]*(\.[\w$<>]+)+\(/) : 'no Java stack trace may reach the user'

assert log =~ /\[WARNING\] backend-requirements.yaml:\d+:\d+: warning: the waiver for rule 'python-async-stack-required' expired on 2026-01-31/
// report and check both find it; the second goal of the module does not print it again
assert (log =~ /warning: the waiver for rule 'python-async-stack-required' expired/).count == 1
assert log =~ /\[ERROR\] backend-requirements.yaml:\d+:\d+: error: \[error\] the waiver for rule 'python-async-stack-required' expired on 2026-01-31/
// waivers that waive nothing are warnings, printed once though report and check both find them
assert log =~ /\[WARNING\] backend-requirements.yaml:28:13: warning: the waiver for rule 'large-team-static-types' waives nothing: the rule does not fire for this descriptor/
assert log =~ /\[WARNING\] backend-requirements.yaml:31:13: warning: rule 'idle-connections-favour-non-blocking' has no finding, so this waiver waives nothing: a waiver silences a finding, it does not change the rule's effect on the scores; to judge without the rule, add it to disabledRules/
assert (log =~ /waives nothing/).count == 2
// the only violation is the expired waiver
assert log.contains('check failed with 1 violation (error)')
def r = json('target/backend-advisor/report.json')
assert r.expiredWaivers[0].rule == 'python-async-stack-required'
assert r.diagnostics*.severity == ['warning', 'warning'] : r.diagnostics
return true
