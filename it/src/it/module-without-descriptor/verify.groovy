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
// a descriptor the module's own POM names but that is not there is a warning at that line; a path a
// parent names (the default here) is not, since it serves modules without a descriptor too
assert (log =~ /(?m)^\[WARNING\] pom\.xml:22:36: warning: 'descriptor' names no file: docs\/backend-requirements\.yaml; this module is skipped \(set failIfMissing to fail instead\)$/).count == 3 : 'configured, three goals'
assert !new File(basedir, 'configured/target/backend-advisor').exists()
return true
