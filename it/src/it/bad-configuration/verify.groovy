def log = new File(basedir, 'build.log').text
assert !(log =~ /(?m)^\s+at [a-zA-Z_$][\w$]*(\.[\w$<>]+)+\(/) : 'no Java stack trace may reach the user'

// every problem of the configuration in one build, each where the POM sets the parameter (or naming
// the property that set it), together with the descriptor's; nothing is written
[
  "[ERROR] backend-requirements.yaml:4:3: error: unknown key 'owner' in 'service'",
  "[ERROR] pom.xml:1:1: error: 'fragileThreshold' must be >= 0, not -0.5 (set by the property backendAdvisor.fragileThreshold)",
  // Maven's own property for the build's time, read as Maven's archivers read it
  "[ERROR] pom.xml:11:87: error: project.build.outputTimestamp '2026-01-02 03:04' is neither a date and time with an offset,"
      + " such as 2026-01-02T03:04:05Z, nor a number of seconds since 1970-01-01, as Maven reads it",
  "[ERROR] pom.xml:25:27: error: candidates names unknown candidate 'deno'; the rule packs in use define nodejs, python, java, go",
  "[ERROR] pom.xml:26:22: error: 'today' must be an ISO date such as 2027-06-30, not '2026-02-30'",
  "[ERROR] pom.xml:30:33: error: unknown format 'mdd' in formats; allowed: html, json, md, sarif (did you mean 'md'?)",
  "[ERROR] pom.xml:30:33: error: unknown format 'pdf' in formats; allowed: html, json, md, sarif",
  "[ERROR] pom.xml:30:71: error: 'tooCloseMargin' must be a number such as 3.0, not '3,5' (did you mean 3.5?)",
].each { assert log.contains(it) : it }
// the line that ends the build counts the errors and names the files that hold them
assert log.contains('Backend Advisor: 8 errors in backend-requirements.yaml and pom.xml; see the lines above')
assert !new File(basedir, 'target/backend-advisor').exists() : 'nothing is written for a wrong configuration'
return true
