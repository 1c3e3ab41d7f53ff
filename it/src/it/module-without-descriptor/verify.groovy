import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def json = { String path -> new JsonSlurper().parse(new File(basedir, path)) }
assert !(log =~ /(?m)^\s+at [a-zA-Z_$][\w$]*(\.[\w$<>]+)+\(/) : 'no Java stack trace may reach the user'

assert (log =~ /Backend Advisor: no backend-requirements.yaml in this module; skipping/).count == 6 : 'root and library, three goals each'
assert new File(basedir, 'service/target/backend-advisor/report.html').isFile()
assert !new File(basedir, 'library/target/backend-advisor').exists()
// a descriptor saved as .yml is not read, but the module is not skipped silently either
assert (log =~ /(?m)^\[WARNING\] Backend Advisor: no backend-requirements\.yaml in this module, but there is backend-requirements\.yml; rename it, or set the descriptor parameter \(backendAdvisor\.descriptor\) to it\. Skipping$/).count == 3 : 'misnamed, three goals'
assert !new File(basedir, 'misnamed/target/backend-advisor').exists()
return true
