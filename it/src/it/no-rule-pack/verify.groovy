def log = new File(basedir, 'build.log').text
assert !(log =~ /(?m)^\s+at [a-zA-Z_$][\w$]*(\.[\w$<>]+)+\(/) : 'no Java stack trace may reach the user'
assert !log.contains('internal error')

// neither the default pack nor a pack in rulePacks: every goal says so where the POM switches the
// default pack off, or names the property that did, and fails (report and check once failed here with
// an internal error, and validate passed)
def inPom = '[ERROR] pom.xml:15:28: error: no rule pack in use; keep useDefaultRules or name a pack in rulePacks'
def byProperty = '[ERROR] pom.xml:1:1: error: no rule pack in use; keep useDefaultRules or name a pack in rulePacks' +
    ' (set by the property backendAdvisor.useDefaultRules)'
assert log.count(inPom) == 2 : 'validate and report'
assert log.count(byProperty) == 2 : 'check and test-rules'
['validate', 'report', 'check', 'test-rules'].each {
  assert log.contains(":${it} (default) on project no-rule-pack-${it}: Backend Advisor: 1 error in pom.xml; see the lines above")
}
// report writes what renders invalid input, as for any invalid input: the JSON report, with the error
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'report-goal/target/backend-advisor/report.json'))
assert json.status == 'invalid'
assert json.diagnostics*.location*.line == [15]
assert new File(basedir, 'report-goal/target/backend-advisor').list() as List == ['report.json']
['validate', 'check', 'test-rules'].each {
  assert !new File(basedir, "${it}-goal/target/backend-advisor").exists() : it + ' writes nothing'
}
return true
