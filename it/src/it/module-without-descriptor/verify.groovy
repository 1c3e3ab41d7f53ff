import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def json = { String path -> new JsonSlurper().parse(new File(basedir, path)) }
assert !(log =~ /(?m)^\s+at [a-zA-Z_$][\w$]*(\.[\w$<>]+)+\(/) : 'no Java stack trace may reach the user'

assert (log =~ /Backend Advisor: no backend-requirements.yaml in this module; skipping/).count == 6 : 'root and library, three goals each'
assert new File(basedir, 'service/target/backend-advisor/report.html').isFile()
assert !new File(basedir, 'library/target/backend-advisor').exists()
return true
