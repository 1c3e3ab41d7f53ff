import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def json = { String path -> new JsonSlurper().parse(new File(basedir, path)) }
assert !(log =~ /(?m)^\s+at [a-zA-Z_$][\w$]*(\.[\w$<>]+)+\(/) : 'no Java stack trace may reach the user'

def out = new File(basedir, 'target/backend-advisor')
['report.html', 'report.json', 'report.md', 'report.sarif'].each { assert new File(out, it).isFile() : it }
def r = json('target/backend-advisor/report.json')
assert r.formatVersion == 1
assert r.status == 'recommended'
assert r.recommendation == 'nodejs'
assert r.generatedAt == '2026-01-02T03:04:05Z'
assert r.ranking[0].candidate == 'nodejs'
assert r.rulePacks[0].id == 'default'
def sarif = json('target/backend-advisor/report.sarif')
assert sarif.version == '2.1.0'
def md = new File(out, 'report.md').text
assert md.contains('## Considered Options') && md.contains('## Decision Outcome')
def html = new File(out, 'report.html').text
assert !html.contains('<script') && !html.contains('<link') && !(html =~ /\ssrc=/)
assert log.contains('[INFO] Backend Advisor: chat-it')
assert log =~ /\[INFO\]   Report: .*target.backend-advisor.report\.html/
return true
