import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def json = { String path -> new JsonSlurper().parse(new File(basedir, path)) }
assert !(log =~ /(?m)^\s+at [a-zA-Z_$][\w$]*(\.[\w$<>]+)+\(/) : 'no Java stack trace may reach the user'

assert log.contains("[ERROR] backend-requirements.yaml:23:11: error: [veto] the chosen candidate 'nodejs' is excluded: 'ml-training' (Training machine-learning models) is a must-have, and Node.js's support for it is weak")
// and the way out
assert log =~ /\[veto\] the chosen candidate 'nodejs' is excluded: .*; record the recommendation '[a-z]+' as decision.chosen, or, if 'ml-training' is not a must, move it from libraries.mustHave to libraries.needs/
assert log.contains('(veto)')
return true
