import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def json = { String path -> new JsonSlurper().parse(new File(basedir, path)) }
assert !(log =~ /(?m)^\s+at [a-zA-Z_$][\w$]*(\.[\w$<>]+)+\(/) : 'no Java stack trace may reach the user'

['backend-advisor:report', 'backend-advisor:check', 'backend-advisor:validate', 'backend-advisor:test-rules', 'backend-advisor:help'].each {
  assert log.contains(it) : it
}
return true
