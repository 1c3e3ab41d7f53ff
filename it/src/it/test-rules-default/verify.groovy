import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def json = { String path -> new JsonSlurper().parse(new File(basedir, path)) }
assert !(log =~ /(?m)^\s+at [a-zA-Z_$][\w$]*(\.[\w$<>]+)+\(/) : 'no Java stack trace may reach the user'

assert log.contains('Backend Advisor pack tests: 34 passed, 0 failed')
assert !log.contains('is fired by no pack test') : 'every rule of the default pack is fired by one of its tests'
return true
