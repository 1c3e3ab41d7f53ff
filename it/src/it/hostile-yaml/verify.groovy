import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def json = { String path -> new JsonSlurper().parse(new File(basedir, path)) }
assert !(log =~ /(?m)^\s+at [a-zA-Z_$][\w$]*(\.[\w$<>]+)+\(/) : 'no Java stack trace may reach the user'

// at the eleventh alias to a list, the second on line 3
assert log.contains('[ERROR] backend-requirements.yaml:3:11: error: YAML rejected: too many aliases: at most 10 aliases to lists or mappings are read, and this is one more (aliases can multiply the size of a document)')
assert log.contains("[ERROR] backend-requirements.yaml:2:10: error: YAML tag 'tag:yaml.org,2002:javax.script.ScriptEngineManager' is not allowed; only plain values, lists and mappings are read (no object is ever constructed)")
assert log.contains("[ERROR] backend-requirements.yaml:2:1: error: duplicate key 'version' (first at 1:1); write each key once")
assert log.contains('[ERROR] backend-requirements.yaml:1:1: error: file is empty; expected a YAML mapping')
// an unclosed quote is reported at the quote, not at the end of the file where the parser gave up
assert log.contains("[ERROR] backend-requirements.yaml:2:17: error: YAML syntax error: this quote is never closed; end the value with the same quote (the parser reached line 3 without finding it)")
['alias-bomb', 'java-tag', 'duplicate-keys', 'empty-file', 'syntax-error'].each {
  assert !new File(basedir, it + '/target/backend-advisor/report.html').exists()
}
assert (log =~ /Backend Advisor: 1 error in backend-requirements.yaml/).count == 5
return true
