def log = new File(basedir, 'build.log').text
assert !(log =~ /(?m)^\s+at [a-zA-Z_$][\w$]*(\.[\w$<>]+)+\(/) : 'no Java stack trace may reach the user'

// the pack that is not there, with the file of a close name suggested, at the line that names it
assert log =~ /\[ERROR\] pom\.xml:\d+:\d+: error: rule pack 'rules\/acme-extra\.yaml' does not exist \(looked for .*\) \(did you mean 'rules\/acme-extras\.yaml'\?\)/
// the same build reports the problems of the pack before it, which cannot depend on the missing one
assert log.contains("[ERROR] rules/acme.yaml:11:15: error: rule 'acme-kotlin-shop': unknown candidate 'jvm'")
// but not those of the pack after it, which may need what the missing pack defines, nor the
// descriptor's ids, which may be the missing pack's too
assert !log.contains('rules/after.yaml') : 'a pack after the missing one is not judged'
assert !log.contains('backend-requirements.yaml:') : 'the descriptor is valid as far as can be told'
// a pack named a second time is read once, and the repeat is an error at the same place
assert log =~ /\[ERROR\] pom\.xml:\d+:\d+: error: rule pack '\.\/rules\/acme\.yaml' is read twice, through 'rules\/acme\.yaml' and through '\.\/rules\/acme\.yaml' in rulePacks; name each pack once/
// a pack named by URL is not fetched, nor looked for as a file
assert log =~ /\[ERROR\] pom\.xml:\d+:\d+: error: rule pack 'https:\/\/packs\.example\.com\/acme\.yaml' is a URL; packs are read from files, directories and the classpath, never from the network/
assert log.contains('Backend Advisor: 4 errors in pom.xml and rules/acme.yaml; see the lines above')
assert !new File(basedir, 'target/backend-advisor/report.html').exists() : 'no HTML for invalid input'
return true
