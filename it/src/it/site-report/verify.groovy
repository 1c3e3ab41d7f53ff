import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def json = { String path -> new JsonSlurper().parse(new File(basedir, path)) }
assert !(log =~ /(?m)^\s+at [a-zA-Z_$][\w$]*(\.[\w$<>]+)+\(/) : 'no Java stack trace may reach the user'

def page = new File(basedir, 'target/site/backend-advisor/report.html')
assert page.isFile()
assert page.text.contains('Use Node.js for it-service')
def reports = new File(basedir, 'target/site/project-reports.html')
assert reports.isFile()
assert reports.text.contains('backend-advisor/report.html')
assert reports.text.contains('Backend Advisor')
return true
