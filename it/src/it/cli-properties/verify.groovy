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
// would have made them the module's directory), an empty baseline is no baseline, and an empty
// useDefaultRules keeps the default pack (Maven would have read it as false)
assert log.contains('Backend Advisor: check passed')
assert !log.contains("'useDefaultRules' is ''")
assert new File(basedir, 'target/backend-advisor/report.md').isFile() : 'the third build ran with its properties'
assert !new File(basedir, 'report.md').exists()
assert !new File(basedir, 'report.json').exists() && !new File(basedir, '.report-inputs').exists()
// the fourth and fifth builds: lists separated by a space or a semicolon, each error with the list as
// it is meant (the fifth fails on failOn and candidates, the fourth on formats and candidates)
[
  "[ERROR] pom.xml:1:1: error: unknown format 'html sarif' in formats; allowed: html, json, md, sarif (items are"
      + " separated by commas: html,sarif) (set by the property backendAdvisor.formats)",
  "[ERROR] pom.xml:1:1: error: candidates names unknown candidate 'nodejs;python' (items are separated by commas:"
      + " nodejs,python) (set by the property backendAdvisor.candidates)",
  "[ERROR] pom.xml:1:1: error: unknown failOn 'veto error'; allowed: veto, mismatch, error, fragile, too-close, drift"
      + " (items are separated by commas: veto,error) (set by the property backendAdvisor.failOn)",
].each { assert log.contains(it) : it }
return true
