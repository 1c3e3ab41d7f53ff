import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def json = { String path -> new JsonSlurper().parse(new File(basedir, path)) }
assert !(log =~ /(?m)^\s+at [a-zA-Z_$][\w$]*(\.[\w$<>]+)+\(/) : 'no Java stack trace may reach the user'

assert new File(basedir, 'target/acme-backend-rules-1.0.jar').isFile()
return true
