// Batch mode (-DinteractiveMode=false) does not apply the descriptor's validationRegex, so the
// values are checked here: the platform refuses a bundle whose partner header has another form
// (nl.steunpunt.api.partner.PartnerHeader). A wrong value leaves no project behind.
def accepted = [
    partnerId: ~/(?=.{1,64}$)[a-z0-9]+(-[a-z0-9]+)*/,
    kind     : ~/MUNICIPALITY|POLICE|THERAPY|OTHER/,
    purpose  : ~/CARE|MUNICIPAL_SUPPORT|SECURITY_REPORTING|THERAPY|EVALUATION/,
]
def wrong = accepted.findAll { key, pattern -> !(request.properties.getProperty(key) ==~ pattern) }
if (wrong) {
    new File(request.outputDirectory, request.artifactId).deleteDir()
    throw new IllegalArgumentException('Not accepted by the platform: ' + wrong.collect { key, pattern ->
        "${key}=${request.properties.getProperty(key)} (must match ${pattern})"
    }.join(', '))
}
