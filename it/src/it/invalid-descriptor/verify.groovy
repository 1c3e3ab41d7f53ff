import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def json = { String path -> new JsonSlurper().parse(new File(basedir, path)) }
assert !(log =~ /(?m)^\s+at [a-zA-Z_$][\w$]*(\.[\w$<>]+)+\(/) : 'no Java stack trace may reach the user'

[
  "[ERROR] backend-requirements.yaml:5:3: error: unknown key 'peakConnection' in 'concurrency' (did you mean 'peakConcurrentConnections'?)",
  "[ERROR] backend-requirements.yaml:7:26: error: 'concurrency.peakRequestsPerSecond' must be a whole number >= 0, not 'lots'",
  "[ERROR] backend-requirements.yaml:9:12: error: 'io.profile' is 'io_bound'; allowed values are io-bound, cpu-bound, mixed (did you mean 'io-bound'?)",
  "[ERROR] backend-requirements.yaml:10:17: error: 'io.cpuWorkShare' is 1.5; it must be a number >= 0 and <= 1",
  "[ERROR] backend-requirements.yaml:14:9: error: skill level of 'go' is 9; it must be from 0 to 5",
].each { assert log.contains(it) : it }
assert log.contains('Backend Advisor: 5 errors in backend-requirements.yaml or its rule packs; see the lines above')
assert !new File(basedir, 'target/backend-advisor/report.html').exists() : 'no HTML for invalid input'
def sarif = json('target/backend-advisor/report.sarif')
assert sarif.runs[0].results.size() == 5
assert sarif.runs[0].results.every { it.ruleId == 'backend-advisor/invalid-input' }
return true
