def log = new File(basedir, 'build.log').text
assert !(log =~ /(?m)^\s+at [a-zA-Z_$][\w$]*(\.[\w$<>]+)+\(/) : 'no Java stack trace may reach the user'

// a line break in a descriptor's text is shown as \n in the console: no line of the build starts with
// what followed it, which GitHub Actions would read as a command of its own
assert log.contains('[INFO] Backend Advisor: chat\\n::error file=pom.xml::injected')
assert log.contains('[INFO]   Use Node.js for chat\\n::error file=pom.xml::injected: it leads by')
assert !(log =~ /(?m)^::error/)
// the reports keep the name as it is, escaped for each format
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'line-break/target/backend-advisor/report.json'))
assert json.service.name == 'chat\n::error file=pom.xml::injected'

// an escape character, which a terminal acts on, is no text: an error where it is, and nothing reaches the console
assert log.contains('[ERROR] backend-requirements.yaml:3:9: error: text holds the control character U+001B; descriptors and rule packs hold printable text only')
assert !log.contains('\u001b[2J') && !log.contains('\u001b[31m')
assert log.contains('on project hostile-text-escape: Backend Advisor: 1 error in backend-requirements.yaml')
return true
