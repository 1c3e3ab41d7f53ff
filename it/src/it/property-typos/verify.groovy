def log = new File(basedir, 'build.log').text
assert !(log =~ /(?m)^\s+at [a-zA-Z_$][\w$]*(\.[\w$<>]+)+\(/) : 'no Java stack trace may reach the user'

// each once, in whichever module came first, however many modules and goals saw it
def once = { String text ->
    def n = log.count(text)
    assert n == 1 : "expected once, found ${n} times: ${text}"
}
once("pom.xml:1:1: warning: -Dbackendadvisor.skip sets nothing: no parameter of this plugin has that property"
        + " (did you mean 'backendAdvisor.skip'? property names are case-sensitive)")
once("pom.xml:1:1: warning: -DbackendAdvisor.rulePacks sets nothing: 'rulePacks' has no property; set it in the"
        + " plugin's <configuration> in the POM")
// at the value in the parent (Maven places a property after its start tag), seen from the parent or a module
assert log =~ /(?m)^\[WARNING\] (\.\.\/)?pom\.xml:19:29: warning: the property backendAdvisor\.fromats sets nothing: no parameter of this plugin has that property \(did you mean 'backendAdvisor\.formats'\?\)$/
once("the property backendAdvisor.fromats sets nothing")
once("pom.xml:1:1: warning: 'failIfMissing' is 'yes', which Maven reads as false; write true or false (set by the"
        + " property backendAdvisor.failIfMissing)")
assert !log.contains('backendAdvisor.version sets nothing')
assert !log.contains('backendAdvisor.today sets nothing')

// none of them took effect: both modules ran with the default formats
for (m in ['chat', 'crud']) {
    def dir = new File(basedir, "${m}/target/backend-advisor")
    assert new File(dir, 'report.html').isFile() && new File(dir, 'report.json').isFile()
    assert !new File(dir, 'report.sarif').exists()
}
assert !log.contains('Backend Advisor: skipped')
// failIfMissing read as false: the parent, which has no descriptor, is skipped rather than failed
assert log.contains('Backend Advisor: no backend-requirements.yaml in this module; skipping')
assert log.contains('BUILD SUCCESS')
return true
