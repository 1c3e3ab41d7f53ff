import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def json = { String path -> new JsonSlurper().parse(new File(basedir, path)) }
assert !(log =~ /(?m)^\s+at [a-zA-Z_$][\w$]*(\.[\w$<>]+)+\(/) : 'no Java stack trace may reach the user'

def mods = ["m1-chat", "m2-ml", "m3-ledger", "m4-resizer", "m5-shop", "m6-crud", "m7-edge", "m8-scoring"]
int compared = 0
mods.each { m ->
  ['report.html', 'report.json', 'report.md', 'report.sarif'].each { f ->
    def serial = new File(basedir, m + '/target/backend-advisor-serial/' + f)
    def parallel = new File(basedir, m + '/target/backend-advisor-parallel/' + f)
    assert serial.isFile() && parallel.isFile() : m + '/' + f
    assert serial.bytes == parallel.bytes : 'differs under -T 4: ' + m + '/' + f
    compared++
  }
}
assert compared == 32
// code scanning resolves SARIF paths from the root of the sources (here marked by .mvn/): each
// descriptor is named from there, percent-encoded, not from its module
int located = 0
mods.each { m ->
  def where = json(m + '/target/backend-advisor-serial/report.sarif').runs[0].results*.locations*.getAt(0)*.physicalLocation*.artifactLocation
  where.each { a ->
    assert a.uri == m + '/backend-requirements.yaml' && a.uriBaseId == '%SRCROOT%' : m + ': ' + a
    located++
  }
}
assert located >= 8 : 'results with a location: ' + located
def debug = log.findAll(/Backend Advisor timings for [^:]+: packs [0-9.]+ ms \((loaded and compiled[^)]*|cached)\)/)
assert debug.size() == 8 : 'one timing line per module with a descriptor: ' + debug.size()
def compiled = debug.findAll { it.contains('loaded and compiled') }
assert compiled.size() == 1 : 'the default pack is compiled once per build'
// the plugin jar carries the default pack precompiled, and a build uses it
assert compiled[0].contains('(loaded and compiled; default pack precompiled)') : compiled[0]
// the fourth build repeats the second under -T 4: nothing changed, so no module parses or evaluates
def kept = log.findAll(/Backend Advisor timings for [^:]+: inputs [0-9.]+ ms, the last build's, so no pack was loaded and nothing was parsed or evaluated \(reports up to date, kept\)/)
assert kept.size() == 8 : 'every module of the fourth build keeps its reports: ' + kept
// ... and prints what the builds that evaluated printed: each summary line once per build
def scores = log.findAll(/\[INFO\]   Scores: [^\r\n]*/)
assert scores.size() == 32 : scores
scores.countBy { it }.each { line, n -> assert n % 4 == 0 : line + ' printed ' + n + ' times in four builds' }
assert json('m1-chat/target/backend-advisor-serial/report.json').recommendation == 'nodejs'
assert json('m3-ledger/target/backend-advisor-serial/report.json').recommendation == 'java'
assert json('m4-resizer/target/backend-advisor-serial/report.json').recommendation == 'go'
assert json('m6-crud/target/backend-advisor-serial/report.json').status == 'too-close'
return true
