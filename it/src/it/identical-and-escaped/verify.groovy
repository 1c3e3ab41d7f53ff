import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def json = { String path -> new JsonSlurper().parse(new File(basedir, path)) }
assert !(log =~ /(?m)^\s+at [a-zA-Z_$][\w$]*(\.[\w$<>]+)+\(/) : 'no Java stack trace may reach the user'

['report.html', 'report.json', 'report.md', 'report.sarif'].each { f ->
  assert new File(basedir, 'target/first/' + f).bytes == new File(basedir, 'target/second/' + f).bytes : f
}
def html = new File(basedir, 'target/first/report.html').text
assert !html.contains('<script>') && !html.contains('<img')
assert html.contains('&lt;script&gt;alert(1)&lt;/script&gt;')
def md = new File(basedir, 'target/first/report.md').text
assert !md.contains('<script>') && !md.contains('[x](javascript')
assert json('target/first/report.json').service.name == '<script>alert(1)</script><img src=x onerror=alert(2)> & *md* [x](javascript:alert(3))'
assert !json('target/first/report.json').containsKey('generatedAt')
return true
