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
// a warning about the input is printed by every build, also when the reports are kept
def waiverWarnings = log.findAll(/\[WARNING\] backend-requirements.yaml:\d+:\d+: warning: [^\r\n]*streamed-io[^\r\n]*/)
assert waiverWarnings.size() == 4 && waiverWarnings.unique().size() == 1 : waiverWarnings
assert timings[1].contains('nothing was parsed or evaluated') : timings[1]
// the summary is the same whether the reports were written or kept
assert log.findAll(/\[INFO\]   Report: .*target.backend-advisor.report\.html/).size() == 4

def out = new File(basedir, 'target/backend-advisor')
def inputs = new File(out, '.report-inputs').text
assert inputs.contains('\nexpired python-async-stack-required@2030-12-31\n') : inputs
assert !inputs.contains('2031-03-15') : 'the date itself is not an input: ' + inputs
// the days on which the same waivers hold: from the day after the expired waiver's last, to the last of the other
assert inputs.contains('\nexpired python-async-stack-required@2030-12-31\ndays 2031-01-01 2032-06-30\n') : inputs
// what the build printed, which a rebuild that keeps the reports prints again
assert inputs.contains('\nprint info   Findings: 1 open: 1 info (python-async-stack-required); 1 expired waiver\nprint report\n') : inputs
assert inputs.contains("\nprint warning backend-requirements.yaml:") : inputs
assert inputs.contains('\nformats html json md\n') : inputs
['report.html', 'report.json', 'report.md'].each { f ->
  def report = new File(out, f)
  assert inputs.contains("\noutput ${f} ${report.length()} ${report.lastModified()}\n") : "${f} as recorded: " + inputs
}
def json = new JsonSlurper().parse(new File(out, 'report.json'))
assert json.recommendation == 'nodejs'
assert json.expiredWaivers*.rule == ['python-async-stack-required'] : json.expiredWaivers
return true
