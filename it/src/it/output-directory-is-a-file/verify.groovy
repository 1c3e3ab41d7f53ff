def log = new File(basedir, 'build.log').text
assert !(log =~ /(?m)^\s+at [a-zA-Z_$][\w$]*(\.[\w$<>]+)+\(/) : 'no Java stack trace may reach the user'

// an outputDirectory that names a file: the failure says which file and what to change
assert log.contains('Backend Advisor: cannot write reports to reports: reports is a file, not a directory;'
        + ' set outputDirectory (backendAdvisor.outputDirectory) to a directory')
assert new File(basedir, 'reports').text.startsWith('The reports of this service') : 'the file is left as it was'
return true
