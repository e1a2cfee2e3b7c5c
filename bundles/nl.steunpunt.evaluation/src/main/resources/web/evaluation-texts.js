// /plugins/evaluation/evaluation-texts.js: the evaluator page's texts in Dutch and English, and
// the label and short explanation of every published indicator cell.

export const TEXTS = {
  nl: {
    loading: 'Bezig met laden…',
    failed: 'De indicatoren konden niet worden geladen.',
    period: 'Periode',
    fromYear: 'Van jaar',
    toYear: 'Tot en met jaar',
    show: 'Toon indicatoren',
    rangeInvalid: (max) => `Kies een beginjaar dat niet na het eindjaar ligt, en hoogstens ${max} jaar.`,
    loaded: (from, to) => `De indicatoren van ${from} tot en met ${to} zijn geladen.`,
    years: (from, to) => (from === to ? String(from) : `${from}–${to}`),
    headline: 'Kinderen vertrokken nadat de begeleiding van hun gezin begon',
    headlineTotal: (years) => `in ${years}, opgeteld over de jaren`,
    headlineNoTotal: 'Geen totaal: in minstens één jaar is het aantal afgeschermd.',
    headlineHint:
      'Elk kind (broer, zus of kind in het buitenland) dat vertrok nadat de volledige begeleiding van het gezin begon, één keer geteld. Het programma wil dat dit 0 blijft.',
    perYear: 'Per jaar',
    suppressionTitle: 'Afgeschermde aantallen (<5)',
    suppression:
      '“<5” staat voor een afgeschermd aantal: een aantal van 1 tot en met 4, of een aantal dat is afgeschermd zodat zo’n klein aantal niet uit totalen en andere cellen terug te rekenen is. 0 wordt wel getoond. Zo is geen gezin te herkennen. Deze pagina rekent niet met afgeschermde cellen en telt ze niet op.',
    figures: 'Cijfers',
    figuresCaption: (years) => `Indicatoren per jaar, ${years}`,
    reports: 'Veiligheidsmeldingen',
    reportsCaption: (years) => `Veiligheidsmeldingen per reden en ontvanger, per jaar, ${years}`,
    indicator: 'Indicator',
    definitions: 'Definities van de export (Engels)',
    missing: '—',
    medianLeftOut: 'niet getoond',
    medianNote: 'De mediaan ontbreekt als de begeleiding van minder dan 5 gezinnen in het jaar begon.',
    overTime: 'Gezinnen per jaar',
    overTimeCaption: (years) =>
      `Grafiek 1. Gezinnen met contact en gezinnen met een volledig traject, per jaar, ${years}`,
    overTimeDesc: 'Staafdiagram met per jaar twee staven.',
    byReason: 'Meldingen per reden',
    byReasonCaption: (years) => `Grafiek 2. Veiligheidsmeldingen per reden, per jaar, naar ontvanger, ${years}`,
    byReasonDesc: 'Vier staafdiagrammen, één per reden, met per jaar een staaf per ontvanger.',
    tableOfChart: 'De cijfers van deze grafiek als tabel',
    year: 'Jaar',
    suppressedMark: 'afgeschermd',
    downloads: 'Downloaden',
    downloadsHint:
      'De export bevat dezelfde afgeschermde cijfers met hun definities. Elke download wordt vastgelegd in het auditlog.',
    csv: (years) => `CSV van ${years}`,
    json: (years) => `JSON van ${years}`,
    series: {
      contact: { label: 'Gezinnen met contact', mark: 'C' },
      full: { label: 'Gezinnen met een volledig traject', mark: 'V' },
      MUNICIPALITY: { label: 'Gemeente', mark: 'G' },
      POLICE: { label: 'Politie', mark: 'P' },
    },
    reasons: {
      DEPARTURE_RISK: 'Risico op vertrek',
      DEPARTED: 'Vertrokken',
      RETURN_EXPECTED: 'Terugkeer verwacht',
      RETURNED: 'Teruggekeerd',
    },
    recipients: { MUNICIPALITY: 'gemeente', POLICE: 'politie' },
    reportCell: (reason, recipient) => `${reason}, aan ${recipient}`,
    reasonTotal: (reason) => `${reason}, totaal`,
    recipientTotal: (recipient) => `Alle redenen, aan ${recipient}`,
    reportsTotal: 'Alle meldingen',
    reportsHint:
      'Meldingen gedaan in het jaar. De totalen zijn door de server afgeschermd gepubliceerd, niet op deze pagina opgeteld.',
    labels: {
      familiesWithContact: [
        'Gezinnen met contact',
        'Gezinnen waarvan het traject in het jaar liep: geopend vóór het einde van het jaar en niet gesloten vóór het begin.',
      ],
      familiesWithFullTrajectory: [
        'Gezinnen met een volledig traject',
        'Van de gezinnen met contact: die waarvan de volledige begeleiding (fase ondersteuning) vóór het einde van het jaar begon.',
      ],
      familiesGuidanceStarted: [
        'Gezinnen met begeleiding gestart',
        'Gezinnen waarvan de volledige begeleiding in het jaar begon; de mediaan hieronder gaat over hen.',
      ],
      'familiesByBackground.DUTCH_ORIGIN': [
        'Gezinnen van Nederlandse herkomst',
        'Van de gezinnen met contact, naar vastgelegde achtergrond.',
      ],
      'familiesByBackground.MIGRANT_BACKGROUND': [
        'Gezinnen met een migratieachtergrond',
        'Van de gezinnen met contact, naar vastgelegde achtergrond.',
      ],
      'familiesByBackground.NOT_RECORDED': [
        'Gezinnen, achtergrond niet vastgelegd',
        'Van de gezinnen met contact, zonder vastgelegde achtergrond.',
      ],
      membersReached: [
        'Bereikte gezinsleden',
        'De vastgelegde gezinsleden van de gezinnen met contact, een kind in het buitenland meegeteld.',
      ],
      departuresAfterGuidanceStarted: [
        'Vertrokken na de start van de begeleiding',
        'Kinderen (broers, zussen, kind in het buitenland) die in het jaar vertrokken, nadat de begeleiding van hun gezin begon; ieder één keer.',
      ],
      criticalMoments: ['Kritieke momenten', 'Overlijdens in het buitenland in het jaar.'],
      criticalMomentsFollowedUpInTime: [
        'Kritieke momenten op tijd opgevolgd',
        'Van de kritieke momenten: die waarvan het steunplan en elke risico-inschatting van broers en zussen op tijd klaar waren.',
      ],
      siblingsReviewed: [
        'Broers en zussen beoordeeld',
        'Broers en zussen van wie de risico-inschatting in het jaar is afgerond, ieder één keer.',
      ],
      medianDaysToFullTrajectory: [
        'Mediaan aantal dagen tot volledig traject',
        'Van de gezinnen waarvan de begeleiding in het jaar begon: de mediaan van de dagen van eerste contact tot de start van de begeleiding.',
      ],
    },
  },
  en: {
    loading: 'Loading…',
    failed: 'The indicators could not be loaded.',
    period: 'Period',
    fromYear: 'From year',
    toYear: 'To year (included)',
    show: 'Show indicators',
    rangeInvalid: (max) => `Choose a first year that is not after the last year, and at most ${max} years.`,
    loaded: (from, to) => `The indicators of ${from} to ${to} are loaded.`,
    years: (from, to) => (from === to ? String(from) : `${from}–${to}`),
    headline: 'Children who left after their family’s guidance started',
    headlineTotal: (years) => `in ${years}, added up over the years`,
    headlineNoTotal: 'No total: the count is suppressed in at least one year.',
    headlineHint:
      'Every child (a sibling or a child abroad) who left after the family’s full guidance started, counted once. The programme aims to keep this at 0.',
    perYear: 'Per year',
    suppressionTitle: 'Suppressed counts (<5)',
    suppression:
      '“<5” marks a suppressed count: a count from 1 to 4, or a count suppressed so that such a small count cannot be derived from totals and other cells. 0 is shown. This way no family can be recognised. This page does not calculate with suppressed cells and never adds them up.',
    figures: 'Figures',
    figuresCaption: (years) => `Indicators per year, ${years}`,
    reports: 'Security reports',
    reportsCaption: (years) => `Security reports by reason and recipient, per year, ${years}`,
    indicator: 'Indicator',
    definitions: 'Definitions of the export',
    missing: '—',
    medianLeftOut: 'not shown',
    medianNote: 'The median is left out when the guidance of fewer than 5 families started in the year.',
    overTime: 'Families per year',
    overTimeCaption: (years) =>
      `Chart 1. Families with contact and families with a full trajectory, per year, ${years}`,
    overTimeDesc: 'Bar chart with two bars per year.',
    byReason: 'Reports by reason',
    byReasonCaption: (years) => `Chart 2. Security reports by reason, per year, by recipient, ${years}`,
    byReasonDesc: 'Four bar charts, one per reason, with a bar per recipient for each year.',
    tableOfChart: 'The figures of this chart as a table',
    year: 'Year',
    suppressedMark: 'suppressed',
    downloads: 'Downloads',
    downloadsHint:
      'The export holds the same suppressed figures with their definitions. Every download is recorded in the audit log.',
    csv: (years) => `CSV of ${years}`,
    json: (years) => `JSON of ${years}`,
    series: {
      contact: { label: 'Families with contact', mark: 'C' },
      full: { label: 'Families with a full trajectory', mark: 'F' },
      MUNICIPALITY: { label: 'Municipality', mark: 'M' },
      POLICE: { label: 'Police', mark: 'P' },
    },
    reasons: {
      DEPARTURE_RISK: 'Risk of departure',
      DEPARTED: 'Departed',
      RETURN_EXPECTED: 'Return expected',
      RETURNED: 'Returned',
    },
    recipients: { MUNICIPALITY: 'municipality', POLICE: 'police' },
    reportCell: (reason, recipient) => `${reason}, to the ${recipient}`,
    reasonTotal: (reason) => `${reason}, total`,
    recipientTotal: (recipient) => `All reasons, to the ${recipient}`,
    reportsTotal: 'All reports',
    reportsHint:
      'Reports made in the year. The totals are published, suppressed, by the server, not added up on this page.',
    labels: {
      familiesWithContact: [
        'Families with contact',
        'Families whose trajectory ran in the year: opened before the year ended and not closed before it began.',
      ],
      familiesWithFullTrajectory: [
        'Families with a full trajectory',
        'Of the families with contact, those whose full guidance (phase support) started before the year ended.',
      ],
      familiesGuidanceStarted: [
        'Families whose guidance started',
        'Families whose full guidance started in the year; the median below is over them.',
      ],
      'familiesByBackground.DUTCH_ORIGIN': [
        'Families of Dutch origin',
        'Of the families with contact, by recorded background.',
      ],
      'familiesByBackground.MIGRANT_BACKGROUND': [
        'Families with a migrant background',
        'Of the families with contact, by recorded background.',
      ],
      'familiesByBackground.NOT_RECORDED': [
        'Families, background not recorded',
        'Of the families with contact, without a recorded background.',
      ],
      membersReached: [
        'Family members reached',
        'The members recorded for the families with contact, a child abroad included.',
      ],
      departuresAfterGuidanceStarted: [
        'Left after guidance started',
        'Children (siblings, a child abroad) who left in the year, after their family’s guidance started; each once.',
      ],
      criticalMoments: ['Critical moments', 'Deaths abroad in the year.'],
      criticalMomentsFollowedUpInTime: [
        'Critical moments followed up in time',
        'Of the critical moments, those whose support plan and every sibling risk review were done in time.',
      ],
      siblingsReviewed: ['Siblings reviewed', 'Siblings whose risk review was completed in the year, each once.'],
      medianDaysToFullTrajectory: [
        'Median days to a full trajectory',
        'Of the families whose guidance started in the year: the median of the days from first contact to the start of guidance.',
      ],
    },
  },
};

/** The indicator rows of the figures table, in this order (the reports have a table of their own). */
export const FIGURES = [
  'familiesWithContact',
  'familiesWithFullTrajectory',
  'familiesGuidanceStarted',
  'familiesByBackground.DUTCH_ORIGIN',
  'familiesByBackground.MIGRANT_BACKGROUND',
  'familiesByBackground.NOT_RECORDED',
  'membersReached',
  'departuresAfterGuidanceStarted',
  'criticalMoments',
  'criticalMomentsFollowedUpInTime',
  'siblingsReviewed',
  'medianDaysToFullTrajectory',
];

export const REASONS = ['DEPARTURE_RISK', 'DEPARTED', 'RETURN_EXPECTED', 'RETURNED'];
export const RECIPIENTS = ['MUNICIPALITY', 'POLICE'];
