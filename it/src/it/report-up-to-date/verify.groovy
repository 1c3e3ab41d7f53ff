import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert !(log =~ /(?m)^\s+at [a-zA-Z_$][\w$]*(\.[\w$<>]+)+\(/) : 'no Java stack trace may reach the user'

// build.log holds the four builds in order
def timings = log.findAll(/Backend Advisor timings for report-up-to-date: [^\r\n]*/)
assert timings.size() == 4 : timings
assert !timings[0].contains('up to date') : 'the first build writes: ' + timings[0]
assert timings[1].contains('(reports up to date, kept)') : 'nothing changed, so the reports are kept: ' + timings[1]
assert timings[2].contains('(reports up to date, kept)') : 'another day on which the waiver holds changes nothing: ' + timings[2]
assert !timings[3].contains('up to date') : 'the waiver expired, which the reports show: ' + timings[3]
// the waiver silences the one finding until it expires
def findings = log.findAll(/\[INFO\]   Findings: [^\r\n]*/)
assert findings == ['[INFO]   Findings: none open, 1 waived'] * 3 + ['[INFO]   Findings: 1 open: 1 info (python-async-stack-required); 1 expired waiver'] : findings
// the summary is the same whether the reports were written or kept
assert log.findAll(/\[INFO\]   Report: .*target.backend-advisor.report\.html/).size() == 4

def out = new File(basedir, 'target/backend-advisor')
def inputs = new File(out, '.report-inputs').text
assert inputs.contains('\nexpired python-async-stack-required@2030-12-31\n') : inputs
assert !inputs.contains('2031-01-01') : 'the date itself is not an input: ' + inputs
assert inputs.contains('\nformats html json md\n') : inputs
['report.html', 'report.json', 'report.md'].each { f ->
  def report = new File(out, f)
  assert inputs.contains("\noutput ${f} ${report.length()} ${report.lastModified()}\n") : "${f} as recorded: " + inputs
}
def json = new JsonSlurper().parse(new File(out, 'report.json'))
assert json.recommendation == 'nodejs'
assert json.expiredWaivers*.rule == ['python-async-stack-required'] : json.expiredWaivers
return true
