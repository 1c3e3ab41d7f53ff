import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def json = { String path -> new JsonSlurper().parse(new File(basedir, path)) }
assert !(log =~ /(?m)^\s+at [a-zA-Z_$][\w$]*(\.[\w$<>]+)+\(/) : 'no Java stack trace may reach the user'

[
  "[ERROR] backend-requirements.yaml:5:3: error: unknown key 'peakConnection' in 'concurrency' (did you mean 'peakConcurrentConnections'?)",
  "[ERROR] backend-requirements.yaml:7:26: error: 'concurrency.peakRequestsPerSecond' must be a whole number >= 0, not 'lots'",
  "[ERROR] backend-requirements.yaml:9:12: error: 'io.profile' is 'io_bound'; allowed values are io-bound, cpu-bound, mixed (did you mean 'io-bound'?)",
  "[ERROR] backend-requirements.yaml:10:17: error: 'io.cpuWorkShare' is 1.5; it must be a number >= 0 and <= 1",
  "[ERROR] backend-requirements.yaml:13:5: error: unknown language 'pyton'; no rule pack in use defines it (did you mean 'python'?)",
  "[ERROR] backend-requirements.yaml:14:9: error: skill level of 'go' is 9; it must be from 0 to 5",
  "[ERROR] backend-requirements.yaml:16:11: error: unknown capability 'websocket'; no rule pack in use defines it (did you mean 'websockets'?)",
].each { assert log.contains(it) : it }
// the ids are checked against the packs although other fields are invalid: one build shows every problem
assert log.contains('Backend Advisor: 7 errors in backend-requirements.yaml; see the lines above')
assert !new File(basedir, 'target/backend-advisor/report.html').exists() : 'no HTML for invalid input'
def sarif = json('target/backend-advisor/report.sarif')
assert sarif.runs[0].results.size() == 7
assert sarif.runs[0].results.every { it.ruleId == 'backend-advisor/invalid-input' }
return true
