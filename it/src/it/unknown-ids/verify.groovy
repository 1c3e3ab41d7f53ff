import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def json = { String path -> new JsonSlurper().parse(new File(basedir, path)) }
assert !(log =~ /(?m)^\s+at [a-zA-Z_$][\w$]*(\.[\w$<>]+)+\(/) : 'no Java stack trace may reach the user'

assert log.contains("[ERROR] backend-requirements.yaml:13:5: error: unknown language 'pyton'; no rule pack in use defines it (did you mean 'python'?)")
assert log.contains("error: unknown capability 'websocket'; no rule pack in use defines it (did you mean 'websockets'?)")
assert log.contains("error: unknown capability 'pdff'; no rule pack in use defines it (did you mean 'pdf'?)")
assert log.contains("error: unknown candidate 'node'; no rule pack in use defines it (did you mean 'nodejs'?)")
return true
