"""The words scripts/make_folder_corpus.py builds job descriptions from.

Departments, sections and teams make the unit names (kept apart so the folder
check's spelling rule does not take one for another); titles come with the
case form 1.5 Keda asendab writes them in; the rest varies the documents.
"""

ORGANISATION = "Sotsiaalkindlustusameti"

#: Department name stems: "<stem> osakond" / "<stem> osakonna …".
DEPARTMENTS = (
    "Laste heaolu", "Ohvriabi ja ennetusteenuste", "Pensionide", "Puuetega inimeste teenuste",
    "Rehabilitatsiooni", "Erihoolekande", "Personali", "Finantsjuhtimise", "Õigusteenuste",
    "Kommunikatsiooni",
    "Infotehnoloogia", "Klienditeeninduse", "Analüüsi ja statistika", "Dokumendihalduse",
    "Välissuhete", "Hüvitiste", "Sisekontrolli", "Arendus- ja innovatsiooni", "Halduse",
    "Töövõime hindamise", "Perehüvitiste", "Tervisekaitse", "Riigihangete", "Turvalisuse",
    "Koolitus- ja arenduskeskuse", "Kinnisvarahalduse", "Andmehalduse", "Strateegia",
)
#: Section (talitus) name stems.
SECTIONS = (
    "lastemaja", "asendushoolduse", "ohvriabi", "lepituse", "ennetustöö", "nõustamise",
    "menetluse", "järelevalve", "vastuvõtu", "kvaliteedi", "teenuste arenduse", "arvelduse",
    "aruandluse", "koolituse", "värbamise", "hanke", "riskijuhtimise", "andmekaitse",
    "kasutajatoe", "arhiivi", "tõlke", "metoodika", "hindamise", "perelepituse", "elatisabi",
    "toetuste", "sissenõudmise", "palgaarvestuse", "eelarve", "raamatupidamise",
    "siseauditi", "turunduse", "meediasuhete", "veebihalduse", "tarkvaraarenduse",
    "võrguhalduse", "infoturbe", "dokumendiringluse", "statistika", "prognoosimise",
)
#: Teams of a section, one level deeper.
REGIONS = ("Põhja", "Lõuna", "Ida", "Lääne", "Tallinna", "Tartu", "Pärnu", "Narva", "Viljandi",
           "Rakvere", "Kuressaare", "Haapsalu", "Jõhvi", "Võru", "Paide", "Valga")
#: (nominative, partitive) of the post titles: 1.4 names the substitute in the
#: nominative, 1.5 the substituted post in the partitive.
TITLES = (
    ("Spetsialist", "Spetsialisti"), ("Peaspetsialist", "Peaspetsialisti"),
    ("Juhtivspetsialist", "Juhtivspetsialisti"), ("Vanemspetsialist", "Vanemspetsialisti"),
    ("Koordinaator", "Koordinaatorit"), ("Nõunik", "Nõunikku"), ("Jurist", "Juristi"),
    ("Analüütik", "Analüütikut"), ("Projektijuht", "Projektijuhti"),
    ("Konsultant", "Konsultanti"), ("Referent", "Referenti"), ("Sekretär", "Sekretäri"),
    ("Assistent", "Assistenti"), ("Ekspert", "Eksperti"), ("Arendusjuht", "Arendusjuhti"),
    ("Menetleja", "Menetlejat"), ("Juhtumikorraldaja", "Juhtumikorraldajat"),
    ("Sotsiaaltöötaja", "Sotsiaaltöötajat"), ("Raamatupidaja", "Raamatupidajat"),
    ("Psühholoog", "Psühholoogi"), ("Klienditeenindaja", "Klienditeenindajat"),
    ("Metoodik", "Metoodikut"), ("Kvaliteedijuht", "Kvaliteedijuhti"),
    ("Infohaldur", "Infohaldurit"), ("Lastekaitsetöötaja", "Lastekaitsetöötajat"),
)
QUALIFIERS = ("kaitstud töö", "lastemaja", "rehabilitatsioon", "ennetus", "hoolekanne", "SRT",
              "KLAT")
MANAGERS = ("Osakonna juhataja", "Talituse juhataja", "Tiimijuht", "Peadirektori asetäitja",
            "Juhtivspetsialist (tiimijuht)", "Teenusejuht", "Valdkonnajuht")
ACTIONS = ("korraldamine", "koordineerimine", "analüüsimine", "menetlemine", "arendamine",
           "nõustamine", "kavandamine", "hindamine", "ettevalmistamine", "seire")
OBJECTS = ("teenuse osutamise", "taotluste", "klientide pöördumiste", "koostööpartneritega "
           "suhtlemise", "aruannete", "juhendmaterjalide", "andmete", "lepingute", "koolituste",
           "riskide", "eelarve", "tööprotsesside", "infosüsteemi kasutajate", "dokumentide")
RESULTS = ("Ülesanne on täidetud õigeaegselt ja kvaliteetselt.",
           "Vajalik teave on edastatud asjaosalistele.",
           "Dokumendid on vormistatud nõuetekohaselt.",
           "Parendusettepanekud on esitatud vahetule juhile.",
           "Kliendid on nõustatud ja nende küsimustele on vastatud.",
           "Statistika on koostatud ja analüüsitud.")
RIGHTS_INTROS = ("Ametnikul on õigus:", "Omab õigust:", "")
RESPONSIBILITY_INTROS = ("Ametnik vastutab:", "Omab vastutust:", "")
DUTIES_HEADINGS = ("TEENISTUSKOHUSTUSED", "TEENISTUSÜLESANDED", "PÕHIKOHUSTUSED")

#: The way a manager's title gets spelt differently in one file.
MANAGER_VARIANTS = {"Osakonna juhataja": "Osakonnajuhataja",
                    "Talituse juhataja": "Talitusejuhataja", "Tiimijuht": "Tiimi juht",
                    "Peadirektori asetäitja": "peadirektori asetäitja",
                    "Juhtivspetsialist (tiimijuht)": "Juhtivspetsialist/tiimijuht",
                    "Teenusejuht": "Teenuse juht", "Valdkonnajuht": "Valdkonna juht"}
#: The last word of a unit's name and the form it is mistyped in (genitive for nominative).
UNIT_ENDINGS = {"osakond": "osakonna", "talitus": "talituse", "tiim": "tiimi"}
