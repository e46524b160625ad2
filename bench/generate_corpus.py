#!/usr/bin/env python3
"""generate_corpus.py — deterministic synthetic news corpus for benchmarking attrib.

usage: generate_corpus.py --articles N --out DIR [--seed 7] [--format jsonl|txt]

jsonl: one file DIR/corpus.jsonl, one article per line with id, title, text, outlet, published,
url, author.  txt: one file per article in DIR (headline, blank line, body).
Articles are 3-6 KB of invented news built from the templates below: direct quotes (curly or
straight, some running over two paragraphs, some split around their cue), indirect speech, named
speakers with roles, anonymous sources with counts, affiliations and reasons, relays ("X reported,
citing ..."), denials, and filler narrative. About 20% of articles retell one of a pool of shared
stories (pool size N/50), so the same claims recur across outlets verbatim and in paraphrase.
Output is streamed; the same N and seed always give the same bytes. Standard library only.
"""
import argparse
import json
import os
import random
import sys
import time

# ---------------------------------------------------------------------------- vocabulary
PLACES = ["Harborview", "Millbrook", "East Calder", "Port Wendell", "Ashford Falls", "Greyhaven",
          "Larkspur", "New Tamsin", "Ridgefield", "Oakmere", "Castleton", "Bramley", "Southport",
          "Fenwick", "Wexley", "Carrow Bay", "Elmstead", "Hollis Cross", "Tarrant", "Kelvedon"]
FEMALE = ["Maria", "Priya", "Hannah", "Grace", "Amara", "Sofia", "Leah", "Ingrid", "Chen", "Noor",
          "Beatriz", "Claire", "Yasmin", "Ruth", "Talia", "Mei", "Olga", "Fatima", "Joanna", "Eve"]
MALE = ["James", "Daniel", "Tomasz", "Kwame", "Luis", "Arjun", "Marcus", "Oliver", "Hiroshi",
        "Samuel", "Dmitri", "Peter", "Rafael", "Omar", "Henry", "Victor", "Nikolai", "Ben", "Ade", "Paul"]
SURNAMES = ["Okafor", "Lindqvist", "Moreno", "Hartley", "Nakamura", "Brennan", "Adeyemi", "Kowalski",
            "Fitzgerald", "Rahman", "Castellano", "Whitcombe", "Ferreira", "Haddad", "Sorensen",
            "Abernathy", "Delacroix", "Mbeki", "Thorne", "Vasquez", "Quillon", "Petrov", "Ashdown",
            "Greaves", "Iyer", "Montague", "Baptiste", "Kerrigan", "Oyelaran", "Stavros"]
OUTLETS = [("The Harborview Ledger", "ledger.example"), ("Valley Courier", "valleycourier.example"),
           ("The Northern Sentinel", "sentinel.example"), ("Metro Dispatch", "metrodispatch.example"),
           ("The Coastal Record", "coastalrecord.example"), ("Tri-County Herald", "tcherald.example"),
           ("The Daily Almanac", "almanac.example"), ("Capitol Wire", "capitolwire.example"),
           ("Riverside Post", "riversidepost.example"), ("The Evening Standard-Gazette", "esg.example")]
WIRES = ["Reuters", "The Associated Press", "Bloomberg", "the Meridian News Service",
         "the Coastal Wire", "the Ledger", "a local television station"]
UNIVERSITIES = ["Calder State University", "the University of Port Wendell", "Greyhaven College",
                "the Oakmere Institute of Technology"]
FIELDS = ["public policy", "civil engineering", "economics", "public health", "labor relations"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
NUMBERS = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six"}
JOBS = ["retired teacher", "nurse", "bus driver", "small-business owner", "graduate student",
        "electrician", "pharmacist", "restaurant manager", "carpenter", "accountant"]

# Anonymous sources: head noun (singular, plural), affiliation, reasons for anonymity.
ANON_HEADS = [("person", "people"), ("official", "officials"), ("employee", "employees"),
              ("source", "sources"), ("executive", "executives"), ("staff member", "staff members")]
ANON_AFFIL = ["familiar with the matter", "close to the negotiations", "at {org}",
              "in the mayor's office", "with direct knowledge of the talks", "briefed on the review",
              "inside {org}", "involved in the investigation"]
ANON_REASONS = ["who spoke on condition of anonymity because they were not authorized to discuss it",
                "who asked not to be named because the discussions were private",
                "who requested anonymity to describe internal deliberations",
                "who declined to be identified for fear of retaliation"]

# Topics: org pattern, org short form, role titles at the org, headlines, claims (a direct quote,
# and two indirect wordings of the same claim), and background paragraphs.
TOPICS = [
    dict(org="the {place} Water Authority", short="the authority",
         roles=["the authority's general manager", "a spokesperson for the authority",
                "the authority's chief engineer"],
         heads=["{place} water authority knew of lead readings for weeks, records show",
                "Lead found in {n} {place} schools as questions mount over disclosure"],
         claims=[("We had the test results in hand for {weeks} weeks before anyone told the parents.",
                  "the authority had the test results for {weeks} weeks before parents were told",
                  "officials sat on the lead readings for {weeks} weeks without notifying families"),
                 ("Lead levels in {n} schools were above the federal action level, some of them by a wide margin.",
                  "lead levels in {n} schools exceeded the federal action level",
                  "{n} schools had tested above the federal threshold for lead"),
                 ("Replacing the service lines will cost at least {money}, and nobody has said where that money comes from.",
                  "replacing the service lines would cost at least {money} and no funding had been identified",
                  "the line replacement carried a price tag of {money} or more with no source of funding"),
                 ("The flushing program was cut two years ago to save money, and this is what that saved us.",
                  "the authority had cut its pipe-flushing program two years earlier to save money",
                  "a cost-cutting decision two years ago ended routine flushing of the pipes")],
         filler=["{Org} serves roughly {big} households across {place} and three neighboring towns. Much of its distribution network was laid before 1960, and engineers have warned for years that the older iron and lead service lines would eventually need to be replaced at considerable cost.",
                 "Parents gathered outside the school district offices on {day} evening, some holding bottles of cloudy water they said had come from classroom fountains. Several said they had already switched to bottled water at home and were waiting for clearer guidance."]),
    dict(org="the {place} Transit Workers Union", short="the union",
         roles=["the union's president", "the union's chief negotiator", "a shop steward at the union"],
         heads=["{place} transit strike enters day {n} with no talks scheduled",
                "Bus and rail service halted across {place} as transit workers walk out"],
         claims=[("The agency walked away from the table; we did not.",
                  "the transit agency, not the union, had walked away from negotiations",
                  "it was management that broke off the talks"),
                 ("Our members have gone {weeks} years without a raise that keeps up with rent.",
                  "members had gone {weeks} years without a raise that kept pace with housing costs",
                  "wages had lagged behind rents for {weeks} straight years"),
                 ("The agency has a {money} reserve fund it refuses to touch.",
                  "the transit agency was holding a {money} reserve it refused to spend",
                  "{money} was sitting unused in an agency reserve account"),
                 ("Safety staffing on the night trains has been cut in half since the spring.",
                  "night-train safety staffing had been halved since the spring",
                  "half of the overnight safety positions had been eliminated since spring")],
         filler=["The {place} transit system carries about {big} riders on an average weekday, many of them hospital workers, students and shift workers without access to a car. Ride-share prices in the city roughly doubled on the first morning of the walkout.",
                 "The previous contract expired in March. Both sides met with a state mediator twice in the summer, but those sessions ended without an agreement on wages or on the scheduling rules that drivers say leave them working split shifts of twelve hours or more."]),
    dict(org="Meridian Freight Holdings", short="the company",
         roles=["the company's chief executive", "Meridian's chief financial officer",
                "a spokesperson for Meridian"],
         heads=["Meridian Freight in talks to buy rival in {money} deal",
                "Regulators weigh Meridian Freight merger as shippers raise alarms"],
         claims=[("This deal will let us lower prices for shippers within the first year.",
                  "the merger would let the company lower prices for shippers within a year",
                  "shippers could expect lower rates within twelve months of the deal closing"),
                 ("No depots will close and no drivers will lose their jobs as a result of this merger.",
                  "no depots would close and no drivers would be laid off because of the merger",
                  "the combination would not cost any drivers their jobs or shut any depots"),
                 ("The combined company would control nearly {n} percent of regional freight capacity.",
                  "the combined company would control nearly {n} percent of regional freight capacity",
                  "the merged firm would hold close to {n} percent of the region's freight market"),
                 ("The board approved the offer of {money} in a unanimous vote last week.",
                  "the board had unanimously approved the {money} offer the previous week",
                  "directors voted without dissent last week to back the {money} bid")],
         filler=["Meridian, which is based in {place}, operates about {big} trucks and a network of rail-served warehouses across the region. Its shares have risen sharply since early in the year, when the company first said it was exploring acquisitions.",
                 "Antitrust reviews of freight mergers typically take several months. Smaller carriers and farm groups have asked regulators to hold public hearings before any decision, arguing that rural shippers have few alternatives when rates rise."]),
    dict(org="Castellano Health Systems", short="the hospital group",
         roles=["the hospital group's chief medical officer", "a spokesperson for Castellano Health",
                "the group's chief executive"],
         heads=["Nurses at {place} hospital say staffing shortages are putting patients at risk",
                "Castellano Health faces inquiry over emergency room wait times"],
         claims=[("On most nights a single nurse is responsible for {n} patients on the surgical floor.",
                  "a single nurse was often responsible for {n} patients on the surgical floor at night",
                  "night-shift nurses on the surgical ward were routinely assigned {n} patients each"),
                 ("Emergency patients are waiting an average of {weeks} hours before they see a doctor.",
                  "emergency patients were waiting an average of {weeks} hours to see a doctor",
                  "the average wait for a doctor in the emergency department had reached {weeks} hours"),
                 ("Management spent {money} on consultants while it froze hiring on the wards.",
                  "management had spent {money} on consultants during a hiring freeze",
                  "consultants were paid {money} while nursing positions went unfilled"),
                 ("Patients have been treated in hallways every day this month.",
                  "patients had been treated in hallways every day of the month",
                  "hallway care had become a daily occurrence")],
         filler=["Castellano Health operates three hospitals and more than a dozen clinics in and around {place}, and is the largest private employer in the county, with roughly {big} workers on its payroll.",
                 "State health inspectors visited the main campus twice this year. Their reports, which were obtained through a public records request, describe crowded corridors and delays in discharging patients, but do not reach conclusions about staffing levels."]),
    dict(org="Larkspur Data Services", short="the firm",
         roles=["the firm's chief security officer", "a spokesperson for Larkspur",
                "Larkspur's chief executive"],
         heads=["Larkspur Data Services confirms breach affecting {big} customers",
                "Questions grow over when Larkspur learned of data breach"],
         claims=[("The intruders were inside our network for about {weeks} weeks before we detected them.",
                  "the intruders had been inside the firm's network for about {weeks} weeks before being detected",
                  "the attackers went unnoticed on the company's systems for roughly {weeks} weeks"),
                 ("Names, addresses and partial account numbers for {big} customers were taken.",
                  "names, addresses and partial account numbers for {big} customers had been stolen",
                  "personal details of {big} customers were taken in the attack"),
                 ("We warned management about that server more than a year ago.",
                  "staff had warned management about the vulnerable server more than a year earlier",
                  "employees flagged the server as a risk over a year before the breach"),
                 ("No payment card data or passwords were exposed in this incident.",
                  "no payment card data or passwords had been exposed",
                  "the breach did not reach passwords or card numbers")],
         filler=["Larkspur Data Services processes billing records for utilities and small lenders. It disclosed the breach in a brief filing late on a {day} afternoon and has since set up a call center for affected customers.",
                 "Security researchers said the attack bore the hallmarks of a criminal group that has targeted several payment processors this year, though no group has publicly claimed responsibility."]),
    dict(org="the {place} Department of Public Works", short="the department",
         roles=["the public works director", "a spokesperson for the department",
                "the department's deputy commissioner"],
         heads=["{place} bridge repairs {money} over budget, audit finds",
                "Audit of {place} bridge project points to missed warnings"],
         claims=[("The contractor billed us for work that was never done.",
                  "the contractor had billed the city for work that was never performed",
                  "the city paid for repairs that the contractor never carried out"),
                 ("The project is now {money} over its original budget and at least {weeks} months behind.",
                  "the project was {money} over budget and at least {weeks} months behind schedule",
                  "costs had overrun by {money} and the work was {weeks} months late"),
                 ("Inspectors flagged corrosion on the main span in {n} separate reports.",
                  "inspectors had flagged corrosion on the main span in {n} reports",
                  "corrosion on the span was noted in {n} separate inspection reports"),
                 ("The bridge is safe to drive on today, and we would close it tomorrow if it were not.",
                  "the bridge was safe for traffic and would be closed at once if it were not",
                  "there was no current danger to drivers using the bridge")],
         filler=["The bridge, which carries about {big} vehicles a day over the river, was built in 1958 and last underwent a major rehabilitation in the 1990s. Traffic has been reduced to one lane in each direction since the work began.",
                 "The audit was requested by the city council after local reporters published invoices showing repeated change orders. The council's oversight committee is expected to hold a hearing on the findings."]),
    dict(org="the Ashford Falls Unified School District", short="the district",
         roles=["the district superintendent", "a district spokesperson",
                "the school board president"],
         heads=["Ashford Falls district weighs closing {n} schools to close budget gap",
                "Parents push back on plan to shutter {n} Ashford Falls schools"],
         claims=[("We are facing a {money} shortfall next year, and there is no painless way to close it.",
                  "the district faced a {money} shortfall next year with no painless way to close it",
                  "a {money} budget gap loomed and every option would hurt"),
                 ("Enrollment has fallen by {n} percent since 2015.",
                  "enrollment had fallen by {n} percent since 2015",
                  "the district had lost {n} percent of its students in less than a decade"),
                 ("The closures were decided before a single parent was asked.",
                  "the closures had been decided before parents were consulted",
                  "families were never asked before the list of schools was drawn up"),
                 ("Class sizes will not go above twenty-eight in any grade.",
                  "class sizes would not exceed twenty-eight in any grade",
                  "no class would be allowed to grow past twenty-eight students")],
         filler=["The district educates roughly {big} students in {place} and two unincorporated communities. Like many districts in the state, it used temporary federal pandemic money to fill gaps that are now reappearing.",
                 "More than two hundred people signed up to speak at the board meeting on {day}, which stretched past midnight. Many of them were parents of students at the schools on the proposed list."]),
    dict(org="the Greyhaven County Fire Authority", short="the fire authority",
         roles=["the county fire chief", "a fire authority spokesperson", "the incident commander"],
         heads=["Wildfire near {place} forces evacuation of {big} residents",
                "Evacuation orders lifted in parts of {place} as fire crews gain ground"],
         claims=[("The fire is about {n} percent contained, and the wind is the thing we are watching.",
                  "the fire was about {n} percent contained and crews were watching the wind",
                  "containment stood near {n} percent, with wind the main concern"),
                 ("The evacuation alert went out nearly an hour after the fire jumped the ridge.",
                  "the evacuation alert went out almost an hour after the fire crossed the ridge",
                  "residents were warned close to an hour after the flames had jumped the ridge"),
                 ("We lost {n} homes on the north side of the canyon.",
                  "{n} homes had been destroyed on the north side of the canyon",
                  "the blaze burned {n} houses along the canyon's north side"),
                 ("The alert system was tested last month and it worked exactly as designed.",
                  "the alert system had been tested the previous month and had worked as designed",
                  "last month's test of the warning system found no problems")],
         filler=["The fire started on {day} afternoon in dry brush along a service road and spread quickly through the canyon, pushed by gusts that forecasters said reached forty miles an hour at the ridgeline.",
                 "Evacuation centers opened at two high schools and a community college in {place}. Volunteers said they had served hundreds of meals by the second evening, and an animal shelter took in dogs, cats and several horses."]),
]

GENERIC_QUOTES = [
    "The public deserves to know what happened and when.",
    "We are going to keep asking questions until we get real answers.",
    "Nobody wants to see this happen again, and that starts with being honest about it.",
    "I have been doing this work for twenty years and I have never seen anything like it.",
    "We take these concerns seriously and we are reviewing every part of the process.",
    "People are frustrated, and frankly they have every right to be.",
    "This is not a partisan issue. It is a question of basic competence.",
    "We will share more information as soon as we are able to.",
    "Nobody in that building can say they were not warned.",
    "I want to see the documents before I draw any conclusions.",
    "Every family in this city is paying for these mistakes.",
    "We followed the process that was in place at the time.",
    "If this had happened anywhere else, people would already have lost their jobs.",
    "It is going to take years to rebuild the trust that was lost here.",
    "There are good people working there who are just as angry as we are.",
    "I think the honest answer is that nobody was really in charge.",
    "We are cooperating fully with the review and we will accept its findings.",
    "My neighbors are scared, and I do not blame them.",
    "The numbers speak for themselves, whatever anyone says at a press conference.",
    "We should have moved faster, and I accept responsibility for that.",
]
DENIAL_QUOTES = ["That is simply not true", "We reject that characterization completely",
                 "There is no basis for that claim", "That account is wrong, and the documents show it",
                 "At no point did we withhold information from the public"]
DENIAL_PHRASES = ["false and misleading", "flatly wrong", "a distortion of the facts",
                  "inaccurate and irresponsible", "baseless"]
GENERIC_FILLER = [
    "{Org} did not respond to several requests for comment on {day} beyond its written statement, and a person who answered the phone at its main office said no one was available to discuss the matter.",
    "{place} has a long history of disputes over public spending. A similar fight over a stadium subsidy a decade ago ended in a ballot measure that voters rejected by a wide margin, and the bitterness of that campaign still colors local politics.",
    "Records reviewed for this article include board minutes, internal emails released under the state's open records law, and budget documents covering the past five fiscal years. Some of the emails were partly redacted before release.",
    "The city council is expected to take up the matter at its next regular session. At least three members have asked for an independent review, and one has called for a formal investigation by the state attorney general.",
    "Outside the offices of {org} on {day}, a small group of protesters held hand-lettered signs and chanted for about an hour before dispersing peacefully. Police reported no arrests, and traffic on the avenue was briefly diverted.",
    "It was not immediately clear how the dispute would be resolved. Similar cases elsewhere in the state have taken years to work their way through the courts, and several ended in settlements whose terms were never disclosed.",
    "The developments come at a difficult moment for {place}, which is already grappling with rising housing costs, a shrinking tax base and the departure of two of its largest employers over the past decade.",
    "The state legislature's oversight committee has scheduled a hearing for later this month. Committee staff said they had requested documents from {org} and from the state agencies that are supposed to monitor it.",
    "Local business owners said the uncertainty was already affecting them. At a diner near the town square, the owner said weekday lunch traffic had dropped noticeably, and that regular customers talked about little else.",
    "The story drew wide attention on social media, where residents posted photographs and shared accounts of their own experiences. Some of those accounts could not be independently verified.",
    "{Org} has faced criticism before. Three years ago a state review found gaps in its record keeping, and it agreed to a set of reforms that a court-appointed monitor was supposed to track through the end of next year.",
    "A public meeting on the issue is planned for next {day} evening at the {place} community center. Organizers said they expected a large turnout and had asked for an overflow room with a video link.",
    "Budget documents show that spending on outside contractors has grown steadily over the past five years, even as the number of permanent staff positions fell. Officials have attributed the shift to difficulty hiring in a tight labor market.",
    "Weather may complicate matters. Forecasters expect heavy rain across the region later in the week, and emergency managers in {place} said they were preparing for possible flooding in low-lying neighborhoods.",
    "Independent experts contacted for this article said the situation was not unusual for an institution of its size, but that the length of the delay and the lack of public explanation stood out.",
    "This article has been updated with additional reporting and a response from {org}.",
]


def money(rng):
    return f"${rng.randint(11, 95) / 10:.1f} million" if rng.random() < 0.7 else f"${rng.randint(12, 480)} million"


def make_story(rng):
    """A story: topic, filled claims, and a cast, all fixed so retellings repeat them verbatim."""
    topic = rng.choice(TOPICS)
    slots = {"place": rng.choice(PLACES), "n": rng.randint(3, 38), "weeks": rng.randint(2, 11),
             "big": f"{rng.randint(12, 480) * 1000:,}", "money": money(rng)}
    slots["org"] = topic["org"].format(**slots)
    slots["Org"] = slots["org"][0].upper() + slots["org"][1:]
    fill = lambda s: s.format(**slots)  # noqa: E731
    def person(role):
        female = rng.random() < 0.5
        name = f"{rng.choice(FEMALE if female else MALE)} {rng.choice(SURNAMES)}"
        return {"name": name, "role": role, "pron": "she" if female else "he"}
    official = person(fill(rng.choice(topic["roles"])))
    cast = [official,
            person(f"a member of the {slots['place']} City Council"),
            person(f"a professor of {rng.choice(FIELDS)} at {rng.choice(UNIVERSITIES)}"),
            person(f"a {rng.randint(24, 79)}-year-old {rng.choice(JOBS)} from {slots['place']}")]
    singular, plural = rng.choice(ANON_HEADS)
    count = rng.choice([1, 1, 2, 2, 3, 4, 6])
    anon = {"count": count, "head": singular if count == 1 else plural,
            "affil": rng.choice(ANON_AFFIL).format(org=slots["org"]), "reason": rng.choice(ANON_REASONS)}
    return {"topic": topic, "slots": slots, "official": official, "cast": cast, "anon": anon,
            "claims": [tuple(fill(c) for c in claim) for claim in topic["claims"]],
            "heads": [fill(h) for h in topic["heads"]],
            "filler": topic["filler"], "wire": rng.choice(WIRES)}


class Writer:
    """Renders one article from a story; varies wording, quote style, order and filler."""

    def __init__(self, rng, story):
        self.rng, self.s = rng, story
        self.curly = rng.random() < 0.6
        self.met, self.last, self.used, self.anon_met = set(), None, set(), False

    @staticmethod
    def cap(text):
        return text[0].upper() + text[1:]

    def q(self, text):
        return f"\u201c{text}\u201d" if self.curly else f'"{text}"'

    def qc(self, text):
        """Quote a sentence that a cue follows: its final period becomes a comma."""
        return self.q(text[:-1] + "," if text.endswith(".") else text)

    def who(self, p, end=False):
        """First mention: name and role (closed by a comma unless it ends the sentence);
        later: surname, or a pronoun when p was the last person mentioned."""
        last, self.last = self.last, p["name"]
        if p["name"] not in self.met:
            self.met.add(p["name"])
            return f"{p['name']}, {p['role']}" + ("" if end else ",")
        return p["pron"] if last == p["name"] and self.rng.random() < 0.5 else p["name"].split()[-1]

    def anon_np(self):
        a = self.s["anon"]
        count = "a" if a["count"] == 1 and self.rng.random() < 0.5 else NUMBERS[a["count"]]
        return f"{count} {a['head']} {a['affil']}"

    def fill(self, text):
        return text.format(**self.s["slots"], day=self.rng.choice(WEEKDAYS))

    def pick(self):
        return self.rng.choice(self.s["cast"]), self.rng.choice(self.s["claims"])

    # Paragraph kinds ----------------------------------------------------------------------
    def direct(self):
        r, (p, (d, _, _)) = self.rng, self.pick()
        extra, cue = r.choice(GENERIC_QUOTES), r.choice(["said", "said", "told reporters", "added", "insisted"])
        if p["name"] not in self.met:
            return r.choice([lambda: f"{self.qc(d + ' ' + extra)} said {self.who(p, end=True)}.",
                             lambda: f"{self.cap(self.who(p))} said: {self.q(d + ' ' + extra)}"])()
        tail = f" {self.q(extra)}" if r.random() < 0.5 else ""
        return f"{self.qc(d)} {self.who(p)} {cue}.{tail}"

    def split(self):  # the cue splits the quote in two
        p, (d, _, _) = self.pick()
        return f"{self.qc(self.rng.choice(GENERIC_QUOTES))} {self.who(p)} said. {self.q(d)}"

    def multi(self):  # a quote running over two paragraphs: the first has no closing mark
        p, (d, _, _) = self.pick()
        a, b = self.rng.sample(GENERIC_QUOTES, 2)
        opening = "\u201c" if self.curly else '"'
        return f"{self.cap(self.who(p))} said in a statement:\n\n{opening}{d} {a}\n\n{self.q(b)}"

    def indirect(self):
        r, (p, (_, i1, i2)) = self.rng, self.pick()
        i, cue = r.choice([i1, i2]), r.choice(["said", "argued", "acknowledged", "noted", "claimed"])
        return r.choice([lambda: f"{self.cap(self.who(p))} {cue} on {r.choice(WEEKDAYS)} that {i}.",
                         lambda: f"According to {self.who(p, end=True) if p['name'] not in self.met else p['name'].split()[-1]}, {i}.",
                         lambda: f"{self.cap(self.who(p))} told the council that {i}.",
                         lambda: f"{self.cap(i)}, {self.who(p)} {cue}.".replace(",,", ",")])()

    def anonymous(self):
        r, a, (_, (d, i1, i2)) = self.rng, self.s["anon"], self.pick()
        if r.random() < 0.5 or not self.anon_met:
            self.anon_met = True
            if r.random() < 0.5:
                return f"{self.cap(self.anon_np())}, {a['reason']}, said {r.choice([i1, i2])}."
            return f"{self.qc(d)} said {self.anon_np()}, {a['reason']}."
        one = f"one of the {a['head']}" if a["count"] > 1 else f"the {a['head']}"
        return f"{self.qc(d)} said {one}."

    def relay(self):  # a wire or rival outlet relays an anonymous source
        r, (_, (_, i1, i2)) = self.rng, self.pick()
        w, np = self.s["wire"], self.anon_np()
        return r.choice([f"{self.cap(w)} reported on {r.choice(WEEKDAYS)}, citing {np}, that {i1}.",
                         f"{self.cap(i2)}, {w} reported, citing {np}.",
                         f"Earlier, {w} had reported that {i1}, citing internal documents."])

    def denial(self):
        r, off, (_, (_, i1, _)) = self.rng, self.s["official"], self.pick()
        org = self.s["slots"]["org"]
        return r.choice([lambda: f"{self.cap(self.who(off))} denied that {i1}.",
                         lambda: f"{self.qc(r.choice(DENIAL_QUOTES) + '.')} {self.who(off)} said when asked about the report.",
                         lambda: f"In a statement, {org} called the report {self.q(r.choice(DENIAL_PHRASES))} and said it had followed every required procedure.",
                         lambda: f"{self.cap(org)} rejected claims that {i1}."])()

    def filler(self):  # each background template at most once per article
        left = [f for f in self.s["filler"] + GENERIC_FILLER if f not in self.used]
        if not left:
            return ""
        choice = self.rng.choice(left)
        self.used.add(choice)
        return self.fill(choice)

    KINDS = [("direct", 5), ("split", 2), ("multi", 0.4), ("indirect", 5), ("anonymous", 3),
             ("relay", 2), ("denial", 2), ("filler", 6)]

    def article(self):
        """(title, body): paragraphs, never repeated, until 3-6 KB."""
        r = self.rng
        target = r.randint(3000, 5800)
        lede = r.choice(self.s["filler"])  # the lede is the story's own background
        self.used.add(lede)
        paras = [self.fill(lede), self.indirect() if r.random() < 0.6 else self.relay()]
        seen, size = set(paras), sum(len(p.encode()) + 2 for p in paras)
        names, weights = zip(*self.KINDS)
        for _ in range(400):
            if size >= target:
                break
            state = (set(self.met), self.last, set(self.used), self.anon_met)
            para = getattr(self, r.choices(names, weights)[0])()
            n = len(para.encode()) + 2
            if not para or para in seen or size + n > 6000:
                self.met, self.last, self.used, self.anon_met = state  # discarded: the reader never saw it
                continue
            paras.append(para)
            seen.add(para)
            size += n
        return self.cap(r.choice(self.s["heads"])), "\n\n".join(paras) + "\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--format", choices=["jsonl", "txt"], default="jsonl")
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    t0 = time.perf_counter()
    pool_rng = random.Random(args.seed)
    pool = [make_story(pool_rng) for _ in range(max(1, args.articles // 50))]
    out = open(os.path.join(args.out, "corpus.jsonl"), "w", encoding="utf-8") if args.format == "jsonl" else None
    total = 0
    for i in range(args.articles):
        rng = random.Random(args.seed * 1_000_003 + i)
        story = rng.choice(pool) if rng.random() < 0.2 else make_story(rng)
        title, text = Writer(rng, story).article()
        outlet, domain = rng.choice(OUTLETS)
        month, day = rng.randint(1, 12), rng.randint(1, 28)
        art_id = f"syn-{i:06d}"
        slug = "-".join(title.lower().replace(",", "").replace("$", "").split()[:6])
        if out:
            line = json.dumps({"id": art_id, "title": title, "text": text, "outlet": outlet,
                               "published": f"2024-{month:02d}-{day:02d}",
                               "url": f"https://{domain}/2024/{month:02d}/{slug}-{i}",
                               "author": f"{rng.choice(FEMALE + MALE)} {rng.choice(SURNAMES)}"},
                              ensure_ascii=False) + "\n"
            out.write(line)
            total += len(line.encode())
        else:
            data = f"{title}\n\n{text}".encode()
            with open(os.path.join(args.out, f"{art_id}.txt"), "wb") as fh:
                fh.write(data)
            total += len(data)
    if out:
        out.close()
    print(f"articles {args.articles}  MB {total / 1e6:.1f}  seconds {time.perf_counter() - t0:.1f}  "
          f"({args.format} in {args.out})")


if __name__ == "__main__":
    sys.exit(main())
