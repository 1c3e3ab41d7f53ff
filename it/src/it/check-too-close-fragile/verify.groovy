def log = new File(basedir, 'build.log').text
assert !(log =~ /(?m)^\s+at [a-zA-Z_$][\w$]*(\.[\w$<>]+)+\(/) : 'no Java stack trace may reach the user'

// a property of the whole decision is placed at the descriptor's start, and names the threshold it fell under
assert log.contains('[ERROR] backend-requirements.yaml:1:1: error: [too-close] the decision is too close to call: a margin of 12.0 points, under the tooCloseMargin of 50.0')
assert log.contains("[ERROR] backend-requirements.yaml:1:1: error: [fragile] the decision is fragile: changing the weight of 'team' by 88% flips it in favour of 'go', under the fragileThreshold of 1000%")
assert log.contains('Backend Advisor: check failed with 2 violations (fragile, too-close)')
return true
