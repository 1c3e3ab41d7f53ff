import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def json = { String path -> new JsonSlurper().parse(new File(basedir, path)) }
assert !(log =~ /(?m)^\s+at [a-zA-Z_$][\w$]*(\.[\w$<>]+)+\(/) : 'no Java stack trace may reach the user'

assert log.contains("[ERROR] rules/evil.yaml:6:11: error: rule 'exit-the-build': calling 'exit' on 'System' is not allowed")
assert log.contains("[ERROR] rules/evil.yaml:12:7: error: rule 'run-a-command': calling 'waitFor' on the method call")
assert !new File(basedir, 'pwned').exists()
assert log.contains('BUILD FAILURE') : 'the JVM was not stopped'
return true
