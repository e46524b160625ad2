import AttribStore
import Testing

@Suite struct ExtractionTests {
    @Test func curlyQuoteWithSpeakerAfter() throws {
        let result = extract("“We have taken note of this possibility,” Igor Zhovkva said of the process.")
        let quote = try #require(result.attributions.first)
        #expect(quote.kind == .direct)
        #expect(quote.content == "We have taken note of this possibility")
        #expect(quote.cue == "said")
        #expect(result.source(of: quote)?.name == "Igor Zhovkva")
    }

    @Test func spansPointBackToTheWords() throws {
        let body = "Intro line.\n\n\"The plan is dead,\" said Maria Lopez, the mayor. \"We start again.\""
        let result = extract(body)
        let quote = try #require(result.attributions.first)
        let scalars = Array(body.unicodeScalars)
        let pieces = quote.pieces.map { String(String.UnicodeScalarView(scalars[$0])) }
        #expect(pieces.joined(separator: " ") == quote.content)
        #expect(quote.content == "The plan is dead We start again")
        #expect(result.source(of: quote)?.name == "Maria Lopez")
    }

    @Test func multiParagraphQuoteIsOneAttribution() throws {
        let body = """
            The judge spoke at length. She said:

            “The evidence was clear from the first day.

            “No court could ignore it, and this one will not.”
            """
        let result = extract(body)
        let quote = try #require(result.first(containing: "The evidence was clear"))
        #expect(quote.content.contains("No court could ignore it"))
        #expect(quote.pieces.count == 2)
    }

    @Test func unbalancedQuoteDoesNotSwallowTheArticle() throws {
        let body = """
            “This paragraph never closes its quote, the official said.

            Later, Mayor Tom Hill said the budget would pass.

            “We are ready,” Hill said.
            """
        let result = extract(body)
        #expect(result.quoteRepairs >= 1)
        let later = try #require(result.first(containing: "the budget would pass"))
        #expect(result.source(of: later)?.name == "Tom Hill")
        let ready = try #require(result.first(containing: "We are ready"))
        #expect(result.source(of: ready)?.name == "Tom Hill")
    }

    @Test func anonymousSourcesWithCountAffiliationAndGroupMembers() throws {
        let body = """
            The envoy struck a deal, three people close to the Russian leadership said.

            “He got the deal,” one of the sources said.

            The sources all requested anonymity to share sensitive internal information.
            """
        let result = extract(body)
        let first = try #require(result.first(containing: "The envoy struck a deal"))
        let group = try #require(result.source(of: first))
        #expect(group.kind == .anonymous)
        #expect(group.count == 3)
        #expect(group.head == "person")
        #expect(group.affiliation == "Russian leadership")
        #expect(group.reason == "sensitive")
        let member = try #require(result.first(containing: "He got the deal"))
        let one = try #require(result.source(of: member))
        #expect(one.kind == .anonymous)
        #expect(one.count == 1)
        #expect(one.affiliation == "Russian leadership")
        #expect(one.group == first.source)
    }

    @Test func pronounsAndSurnamesResolveToTheEarlierName() throws {
        let body = "Kremlin spokesman Dmitry Peskov spoke on Monday. Peskov said the talks were over. He also said no deal existed."
        let result = extract(body)
        let surname = try #require(result.first(containing: "the talks were over"))
        #expect(result.source(of: surname)?.name == "Dmitry Peskov")
        let pronoun = try #require(result.first(containing: "no deal existed"))
        #expect(result.source(of: pronoun)?.name == "Dmitry Peskov")
        #expect(pronoun.resolution.contains("pronoun"))
    }

    @Test func relaysAndCitations() throws {
        let body = """
            Reuters reported, citing two officials, that the frigates would sail in May.

            According to Reuters, Putin made clear that the concessions did not go far enough.

            Two of the officials told Reuters that the order was signed.
            """
        let result = extract(body)
        let cited = try #require(result.first(containing: "the frigates would sail"))
        #expect(result.source(of: cited)?.kind == .anonymous)
        #expect(result.source(of: cited)?.count == 2)
        #expect(cited.relayedBy == ["Reuters"])
        let inner = try #require(result.first(containing: "did not go far enough"))
        #expect(result.source(of: inner)?.name == "Putin")
        #expect(inner.relayedBy == ["Reuters"])
        let told = try #require(result.first(containing: "the order was signed"))
        #expect(told.relayedBy == ["Reuters"])
    }

    @Test func unknownOutletReportingCitingOthersIsAnOutlet() throws {
        let body = """
            The Valley Gazette reported, citing three engineers, that the bridge would reopen in June.

            The Morning Lantern, quoting two inspectors, reported that the tunnel had flooded.
            """
        let result = extract(body)
        let bridge = try #require(result.first(containing: "the bridge would reopen"))
        #expect(result.source(of: bridge)?.kind == .anonymous)
        #expect(result.source(of: bridge)?.count == 3)
        #expect(bridge.relayedBy == ["The Valley Gazette"])
        let tunnel = try #require(result.first(containing: "the tunnel had flooded"))
        #expect(result.source(of: tunnel)?.count == 2)
        #expect(tunnel.relayedBy == ["The Morning Lantern"])
    }

    @Test func clauseBeforeAndThatIsPartOfTheReportedSpeech() throws {
        let result = extract("The ferry company said the crossing had been delayed by fog and that no one had been hurt.")
        let said = try #require(result.first(containing: "no one had been hurt"))
        #expect(said.content == "the crossing had been delayed by fog and that no one had been hurt")
    }

    @Test func denialsInReportedClausesAndAfterDismissals() throws {
        let body = """
            The Riverside Times reported that the mill had polluted the lake.

            Millstone Paper, which owns the mill, said the story was incorrect and that its filters had been checked in May.

            Plant manager Jonas Pike dismissed the accusations as groundless, saying that the water was tested every week.
            """
        let result = extract(body)
        let incorrect = try #require(result.first(containing: "the story was incorrect"))
        #expect(incorrect.stance == .denies)
        let dismissed = try #require(result.first(containing: "the accusations as groundless"))
        #expect(dismissed.stance == .denies)
        let saying = try #require(result.first(containing: "the water was tested every week"))
        #expect(saying.stance == .denies)
        let quote = extract("“I never took a bribe from anyone,” councillor Ada Moss said.")
        #expect(quote.attributions.first?.stance == .denies)
    }

    @Test func openingPhraseNamingTheOutletRelays() throws {
        let body = """
            Writing in The Guardian, critic Ellen Moss said the play was "a quiet triumph."

            In an opinion piece for the Daily Ledger, councillor Ada Ring wrote that the park should stay open.
            """
        let result = extract(body)
        let review = try #require(result.first(containing: "a quiet triumph"))
        #expect(result.source(of: review)?.name == "Ellen Moss")
        #expect(review.relayedBy == ["The Guardian"])
        let park = try #require(result.first(containing: "the park should stay open"))
        #expect(result.source(of: park)?.name == "Ada Ring")
        #expect(park.relayedBy == ["The Daily Ledger"])
    }

    @Test func denials() throws {
        let body = """
            The company paid bribes, two people familiar with the matter said.

            The reporting has been refuted by company spokesman Carl Berg.

            “No such thing ever happened,” Berg said.
            """
        let result = extract(body)
        let refuted = try #require(result.first(containing: "The reporting"))
        #expect(refuted.stance == .denies)
        #expect(result.source(of: refuted)?.name == "Carl Berg")
        let quote = try #require(result.first(containing: "No such thing ever happened"))
        #expect(quote.stance == .denies)
        let claim = try #require(result.attributions.firstIndex { $0.content.contains("paid bribes") })
        #expect(quote.denies == claim)
    }

    @Test func capitalizedCueInsideANameIsNotAVerb() throws {
        let result = extract("The council “will not raise fares this winter,” the Harbor City Post reported on Friday.")
        let quote = try #require(result.first(containing: "will not raise fares"))
        #expect(quote.cue == "reported")
        #expect(result.source(of: quote)?.name?.hasSuffix("Harbor City Post") == true)
    }

    @Test func partlyQuotedClauseIsOneIndirectStatement() throws {
        let body = "The Tribune noted that the mayor “would face a revolt in the council” over the plan, as her allies “could walk out” by spring."
        let result = extract(body)
        let clause = try #require(result.first(containing: "the mayor"))
        #expect(clause.kind == .indirect)
        #expect(clause.content.contains("could walk out"))
        #expect(result.attributions.count == 1)
    }

    @Test func quoteThenCueGoesOnWithAddingThat() throws {
        let body = "“The harvest is the best in a decade,” Lena Moravec said on Tuesday, adding that grain prices would fall by autumn."
        let result = extract(body)
        let added = try #require(result.first(containing: "grain prices would fall"))
        #expect(added.kind == .indirect)
        #expect(result.source(of: added)?.name == "Lena Moravec")
    }

    @Test func datelineAndParticipleStayOutOfAccordingToContent() throws {
        let body = """
            Opening line.

            (Reuters) — The regulator is examining the merger, according to three people familiar with the talks, adding to pressure on the firms.

            But, according to a fourth person, who asked not to be named, the review could end by May.
            """
        let result = extract(body)
        let first = try #require(result.first(containing: "examining the merger"))
        #expect(first.content == "The regulator is examining the merger")
        #expect(result.source(of: first)?.count == 3)
        let second = try #require(result.first(containing: "the review could end by May"))
        #expect(second.content == "the review could end by May")
        #expect(result.source(of: second)?.kind == .anonymous)
    }

    @Test func sentenceAdverbBeforeAnInterruptingFrame() throws {
        let result = extract("The vote was close. Instead, Okafor argues, the board could delay the merger until spring.")
        let claim = try #require(result.first(containing: "the board could delay"))
        #expect(claim.content == "the board could delay the merger until spring")
        #expect(result.source(of: claim)?.name == "Okafor")
    }

    @Test func outletToldInAWithFrameRelays() throws {
        let body = "Reuters reported that the mill would shut. The owner denied it, with spokeswoman Ada Kern telling the agency that “the mill will stay open.”"
        let result = extract(body)
        let quote = try #require(result.first(containing: "the mill will stay open"))
        #expect(result.source(of: quote)?.name == "Ada Kern")
        #expect(quote.relayedBy == ["Reuters"])
    }

    @Test func trailingAccordingToRelaysTheFramedStatement() throws {
        let body = """
            Talks stalled in March.

            As the strike spread, a union official working at the port relayed that “the crews are ready to settle,” according to the Tribune. The goal, this official said, is “to end the dispute before the holidays.” Mayor Ines Falk told the governor that the port would reopen, according to a city hall aide.
            """
        let result = extract(body)
        let first = try #require(result.first(containing: "the crews are ready"))
        #expect(result.source(of: first)?.head == "official")
        #expect(first.relayedBy == ["the Tribune"])
        let second = try #require(result.first(containing: "to end the dispute"))
        #expect(second.source == first.source)
        #expect(second.relayedBy == ["the Tribune"])
        let third = try #require(result.first(containing: "the port would reopen"))
        #expect(result.source(of: third)?.name == "Ines Falk")
        #expect(third.relayedBy == ["a city hall aide"])
    }

    @Test func adverbialBeforeASpeakerWithThatIsNotAStatement() {
        let result = extract("The plan drew fire. But in the weeks leading up to the vote, the council made clear that the levy would stay.")
        #expect(result.first(containing: "in the weeks leading up") == nil)
        #expect(result.first(containing: "the levy would stay") != nil)
    }

    @Test func inOwnersViewAndAccordingToAnAccount() throws {
        let body = """
            Marta Olsen has covered the port for years. In Olsen’s view, the strike could end within a week.

            According to an account in the Financial Times, the carrier weighed a sale of its cargo arm.
            """
        let result = extract(body)
        let view = try #require(result.first(containing: "the strike could end"))
        #expect(view.content == "the strike could end within a week")
        #expect(result.source(of: view)?.name == "Marta Olsen")
        let account = try #require(result.first(containing: "weighed a sale"))
        #expect(result.source(of: account)?.name?.contains("Financial Times") == true)
    }

    @Test func possessiveBeforeACueWordMakesItANoun() throws {
        let body = "Lena Park wrote a column. The mayor’s claim about the budget, Park writes, is now the council’s “problem to solve.” She added that the vote was close."
        let result = extract(body)
        let claim = try #require(result.first(containing: "claim about the budget"))
        #expect(result.source(of: claim)?.name == "Lena Park")
        #expect(claim.kind == .indirect)
        let added = try #require(result.first(containing: "the vote was close"))
        #expect(result.source(of: added)?.name == "Lena Park")
    }

    @Test func participlesOfBlamingAndUrgingBelongToTheNearestClause() throws {
        let body = """
            Since the flood, the ministry has presented itself as ready to help, repeatedly blaming the province for the delays.

            The club released a statement after coach Rui Salgado criticized the board, urging the owners to sell.
            """
        let result = extract(body)
        let blame = try #require(result.first(containing: "the province for the delays"))
        #expect(blame.cue == "blamed")
        #expect(result.source(of: blame)?.kind == .organization)
        let urge = try #require(result.first(containing: "the owners to sell"))
        #expect(result.source(of: urge)?.name == "Rui Salgado")
    }

    @Test func documentsAsSubjectsOfCues() throws {
        let body = """
            A new report suggests that the ferry operator ignored three safety warnings last year.

            The Daily Ledger cited two inspectors. Court filings show that the operator paid a fine in 2019.
            """
        let result = extract(body)
        let report = try #require(result.first(containing: "ignored three safety warnings"))
        #expect(result.source(of: report)?.name?.hasSuffix("Daily Ledger") == true)
        let filings = try #require(result.first(containing: "paid a fine"))
        #expect(result.source(of: filings)?.kind == .anonymous)
        #expect(result.source(of: filings)?.head == "filing")
    }

    @Test func citingLeadMakesTheCitedTheSourceAndTheWriterTheRelay() throws {
        let body = """
            The column drew on former envoy Paul Anker. Citing “several retired diplomats,” Anker wrote that “the treaty was nearly signed” in May.

            Citing two engineers, the Tribune said the dam would be closed for a year.

            On Monday, the Tribune said the bridge would reopen in June.
            """
        let result = extract(body)
        #expect(result.first(containing: "several retired diplomats") == nil)
        let quote = try #require(result.first(containing: "the treaty was nearly signed"))
        #expect(result.source(of: quote)?.head == "diplomat")
        #expect(quote.relayedBy == ["Paul Anker"])
        let dam = try #require(result.first(containing: "the dam would be closed"))
        #expect(result.source(of: dam)?.count == 2)
        #expect(dam.relayedBy.first?.hasSuffix("Tribune") == true)
        #expect(result.first(containing: "On Monday") == nil)
        #expect(result.first(containing: "the bridge would reopen") != nil)
    }

    @Test func possessiveClaimWithAnInfinitiveInsideAnOpeningPhrase() throws {
        let body = "Despite the Transport Ministry’s claim to have “met every deadline” for the rail line, the audit tells another story."
        let result = extract(body)
        let claim = try #require(result.first(containing: "met every deadline"))
        #expect(claim.content.hasPrefix("to have"))
        #expect(claim.content.hasSuffix("for the rail line"))
        #expect(result.source(of: claim)?.kind == .organization)
    }

    @Test func bracketedAsideAfterAQuoteEndsTheSentence() throws {
        let body = "“We were open to talks on real concerns.” (emphasis added) The “role of the port” in the plan, Ruth Adler said, was deemed “minor.”"
        let result = extract(body)
        let said = try #require(result.first(containing: "in the plan"))
        #expect(result.source(of: said)?.name == "Ruth Adler")
    }

    @Test func unclosedQuoteAfterSayingIsNotGuessed() {
        let body = "The senator Mark Ellison reacted to the vote, saying: ‘This was a shameful day for all of us and the people we serve Protesters marched through the capital on Monday after the vote passed by a narrow margin."
        #expect(extract(body).first(containing: "Protesters marched") == nil)
    }

    @Test func quotingSourcesLikeCiting() throws {
        let body = """
            Harbor Radio, quoting two port officials, reported that the cranes had been idle for a week.

            The Tribune reported, quoting a union leader, that the strike would widen.
            """
        let result = extract(body)
        let first = try #require(result.first(containing: "the cranes had been idle"))
        #expect(result.source(of: first)?.count == 2)
        #expect(first.relayedBy == ["Harbor Radio"])
        let second = try #require(result.first(containing: "the strike would widen"))
        #expect(result.source(of: second)?.head == "leader")
        #expect(second.relayedBy.first?.hasSuffix("Tribune") == true)
    }

    @Test func narrationCaptionsAndScareQuotesAreNotAttributions() {
        let body = """
            By Jane Doe

            Photo: Reuters

            The so-called “reform” passed on Tuesday. Putin rejected the deal and pressed ahead.

            The film “Night Train” opens on Friday.
            """
        #expect(extract(body).attributions.isEmpty)
    }

    @Test func colonLeadInWithAnObjectIntroducesTheQuoteAndRelaysABlock() throws {
        let body = """
            The pharmacist kept a log. In an interview with the BBC, she described what she saw:

            “Every week the shelves were emptier. Nobody in the ministry answered my letters.”

            Economist Tomas Velde, a former adviser to the treasury, summarized the findings of the audit in a lecture on Monday:

            The audit covered four years. Its authors concluded that the fund had lost a third of its value.
            """
        let result = extract(body)
        let quote = try #require(result.first(containing: "the shelves were emptier"))
        #expect(quote.kind == .direct)
        #expect(quote.relayedBy == ["BBC"])
        let block = try #require(result.first(containing: "the fund had lost a third"))
        #expect(block.relayedBy == ["Tomas Velde"])
    }

    @Test func outletNamedAfterItsDescriptionIsTheNewspaperReferredToNext() throws {
        let body = """
            Reuters reported, citing two bankers, that the mill was for sale.

            According to the newspaper Kystposten, the owner, Lars Grim, told managers that “no offer has been accepted.”

            A union spokeswoman, Eva Brun, told the newspaper that the workers had not been consulted.
            """
        let result = extract(body)
        let inner = try #require(result.first(containing: "no offer has been accepted"))
        #expect(result.source(of: inner)?.name == "Lars Grim")
        #expect(inner.relayedBy == ["Kystposten"])
        let told = try #require(result.first(containing: "the workers had not been consulted"))
        #expect(told.relayedBy == ["Kystposten"])
    }

    @Test func unnamedMediaToldRelay() throws {
        let body = """
            The deputy mayor, Ola Berg, told state radio that the bridge would reopen in May.

            Ines Varga told reporters that the ferry was running late.
            """
        let result = extract(body)
        let radio = try #require(result.first(containing: "the bridge would reopen"))
        #expect(radio.relayedBy == ["state radio"])
        let reporters = try #require(result.first(containing: "the ferry was running late"))
        #expect(reporters.relayedBy.isEmpty)
    }

    @Test func openingPhraseNamingAnOutletTheLexiconDoesNotKnow() throws {
        let result = extract("In an op-ed for the Harwick Sentinel, councillor Jon Tell wrote that the market should move indoors.")
        let claim = try #require(result.first(containing: "the market should move indoors"))
        #expect(result.source(of: claim)?.name == "Jon Tell")
        #expect(claim.relayedBy == ["The Harwick Sentinel"])
    }

    @Test func theNewspaperAsSpeakerIsTheOutletNamedBefore() throws {
        let body = """
            The Harbor Ledger reported on Friday that the ferry contract would be cancelled.

            Citing a senior port official, the newspaper reported that the tender had been rigged.
            """
        let result = extract(body)
        let rigged = try #require(result.first(containing: "the tender had been rigged"))
        #expect(result.source(of: rigged)?.head == "official")
        #expect(rigged.relayedBy == ["Harbor Ledger"] || rigged.relayedBy == ["The Harbor Ledger"])
    }

    @Test func wireDatelineNamesTheArticlesOutletWhichIsNoRelay() throws {
        let paragraphs = ["Flood closes valley road", "MILL CREEK, Ore. (AP) — Floodwater closed the only road into the valley on Monday."]
        #expect(OutletGuess.fromText(paragraphs)?.outlet == "AP")
        #expect(OutletGuess.fromText(["    OSLO, May 2 (Reuters) - Salmon prices fell."])?.outlet == "Reuters")
        #expect(OutletGuess.fromText(["Council (East Ward) - minutes of the meeting."]) == nil)
        let body = "“The water rose in an hour,” farmer Ruth Olsen told The Associated Press."
        let own = try #require(extract(body, outlet: "AP").first(containing: "The water rose"))
        #expect(own.relayedBy.isEmpty)
        let other = try #require(extract(body, outlet: "Reuters").first(containing: "The water rose"))
        #expect(other.relayedBy == ["Associated Press"])
    }

    @Test func statementOrInterviewGivenToAnOutletRelays() throws {
        let body = """
            “We never approved the broadcast,” the studio said in a separate statement to Rolling Stone.

            The festival will go ahead, organizer Pia Lund said in an interview with NRK on Sunday.

            The band will not appear, its manager said in a statement to shareholders.
            """
        let result = extract(body)
        let studio = try #require(result.first(containing: "We never approved"))
        #expect(studio.relayedBy == ["Rolling Stone"])
        let festival = try #require(result.first(containing: "The festival will go ahead"))
        #expect(festival.relayedBy == ["NRK"])
        let band = try #require(result.first(containing: "The band will not appear"))
        #expect(band.relayedBy.isEmpty)
    }

    @Test func denialsWithAdverbsVenuesAndWordsOfUntruth() throws {
        let body = """
            The bakery group flat-out denied the accusations in a brief statement on Tuesday.

            “At no point did we sell stale bread,” the chain’s owner, Rosa Weil, said.

            A former manager told the Valley Courier that this, too, was not the whole truth.
            """
        let result = extract(body)
        let denied = try #require(result.first(containing: "the accusations"))
        #expect(denied.stance == .denies)
        #expect(denied.content == "the accusations")
        let quote = try #require(result.first(containing: "At no point did we sell"))
        #expect(quote.stance == .denies)
        let truth = try #require(result.first(containing: "not the whole truth"))
        #expect(truth.stance == .denies)
    }

    @Test func statementReleasedBySomeoneElseRelaysAndQuotesTheSpeaker() throws {
        let body = """
            The club fired its coach on Friday.

            In a statement issued by his attorney, Mara Voss, the former coach, Ilya Petrov, denied taking the money.

            “I never touched a cent of it,” the statement quoted him as saying.
            """
        let result = extract(body)
        let denied = try #require(result.first(containing: "taking the money"))
        #expect(result.source(of: denied)?.name == "Ilya Petrov")
        #expect(denied.relayedBy == ["Mara Voss"])
        let quote = try #require(result.first(containing: "I never touched a cent"))
        #expect(quote.kind == .direct)
        #expect(result.source(of: quote)?.name == "Ilya Petrov")
        #expect(quote.relayedBy == ["Mara Voss"])
    }

    @Test func groupThatSpokeToAnOutletIsTheirInALaterAccount() throws {
        let body = """
            The mayor has not explained the delay. The story began with officials close to the harbor board, who described the dispute to the Financial Times.

            According to their account, the board voted twice before the contract was signed.

            A council aide said the vote was routine.
            """
        let result = extract(body)
        let account = try #require(result.first(containing: "the board voted twice"))
        #expect(result.source(of: account)?.head == "official")
        #expect(account.relayedBy == ["Financial Times"])
        let aide = try #require(result.first(containing: "the vote was routine"))
        #expect(aide.relayedBy.isEmpty)
        // The export names the group, not the pronoun, as the descriptor.
        let record = StatelessExtract.exportRecord(account, in: result, article: "a.txt")
        #expect(record.contains("\"descriptor\": \"officials close to the harbor board\""))
    }

    @Test func epithetsAndAcronymsNameWhomTheArticleNamedBefore() throws {
        let body = """
            Odette Marlowe, a sprinter, was suspended by the Athletics Integrity Unit (AIU) on Monday.

            The AIU said she had missed three tests, but the Jamaican said she would appeal.

            The Food and Drug Administration approved the drug in May. The F.D.A. said the label would change.

            Harwick Components denied any plan to cut jobs after a trade newsletter said the plant would close.
            """
        let result = extract(body)
        let charge = try #require(result.first(containing: "she had missed three tests"))
        #expect(result.source(of: charge)?.name == "Athletics Integrity Unit")
        let appeal = try #require(result.first(containing: "she would appeal"))
        #expect(result.source(of: appeal)?.name == "Odette Marlowe")
        let label = try #require(result.first(containing: "the label would change"))
        #expect(result.source(of: label)?.name == "Food and Drug Administration")
        // The object of "denied" ends at "after"; the newsletter speaks for itself, unnamed.
        let denial = try #require(result.first(containing: "any plan to cut jobs"))
        #expect(denial.content == "any plan to cut jobs")
        #expect(denial.stance == .denies)
        let newsletter = try #require(result.first(containing: "the plant would close"))
        #expect(result.source(of: newsletter)?.kind == .anonymous)
        #expect(result.source(of: newsletter)?.head == "newsletter")
    }

    @Test func reportsWithNoAuthorAreUnnamedSources() throws {
        let result = extract("Shares rose after reports that a private equity firm was preparing an offer for the chain.")
        let report = try #require(result.first(containing: "a private equity firm was preparing an offer"))
        #expect(result.source(of: report)?.kind == .anonymous)
        #expect(result.source(of: report)?.descriptor == "reports")
    }

    @Test func requestsAndPromisesReportWhatTheyAskOrPromise() throws {
        let body = """
            The mediator asked both sides to return to the table on Monday. She promised to publish a proposal. \
            The mediator was asked to stay on. Reporters asked about the deal.

            Officials declared a state of emergency on Friday. Rebels called for a strike in the region.
            """
        let result = extract(body)
        let request = try #require(result.first(containing: "both sides to return"))
        #expect(request.content == "both sides to return to the table on Monday")
        #expect(request.cue == "asked")
        #expect(result.source(of: request)?.head == "mediator")
        let promise = try #require(result.first(containing: "to publish a proposal"))
        #expect(promise.content == "to publish a proposal")
        #expect(result.first(containing: "to stay on") == nil)
        #expect(result.first(containing: "the deal") == nil)
        #expect(result.first(containing: "a state of emergency") == nil)
        let strike = try #require(result.first(containing: "a strike in the region"))
        #expect(strike.cue == "called for")
    }

    @Test func theUnionIsTheBodyOfMembersNamedBefore() throws {
        let body = """
            Harbour Lines Ltd. has notified the Guild of Marine and Harbour Workers that it may hire replacement crews.

            The guild said the company had never offered a fair wage, and the union threatened to extend the strike.

            "We will not sign," Petra Lindqvist, secretary of the guild said. The company said it would wait.

            Ravi Osei has denied the guild's claims and dismissed them as "fantasy arithmetic."
            """
        let result = extract(body)
        let notice = try #require(result.first(containing: "it may hire replacement crews"))
        #expect(notice.cue == "notified")
        #expect(result.source(of: notice)?.name == "Harbour Lines Ltd.")
        let wage = try #require(result.first(containing: "never offered a fair wage"))
        #expect(wage.content == "the company had never offered a fair wage")
        #expect(result.speaker(ofStatementContaining: "to extend the strike") == "Guild of Marine and Harbour Workers")
        #expect(result.speaker(ofStatementContaining: "We will not sign") == "Petra Lindqvist")
        #expect(result.speaker(ofStatementContaining: "it would wait") == "Harbour Lines Ltd.")
        let denial = try #require(result.first(containing: "the guild's claims"))
        #expect(denial.content == "the guild's claims")
        let dismissal = try #require(result.first(containing: "fantasy arithmetic"))
        #expect(dismissal.stance == .denies)
    }

    @Test func aQuotationInsideAReportedStatementIsRelayedByItsReporter() throws {
        let body = """
            According to two officials, the talks collapsed after the envoy Mara Voss visited Vell in May and told the council that Vell “would never sign a deal on those terms.”
            """
        let result = extract(body)
        let quote = try #require(result.first(containing: "would never sign"))
        #expect(quote.kind == .direct)
        #expect(result.source(of: quote)?.name == "Mara Voss")
        #expect(quote.relayedBy == ["two officials"])
    }

    @Test func reportsDeniedAndNamesAfterALowercasePost() throws {
        let body = """
            Reports that the operator could cut 2,000 jobs are "simply wrong," according to a company spokeswoman.

            The chief executive of railways Tomas Brevik said every station would stay open.

            The Norwegian Railway Directorate (JBV) said ticket sales had recovered. JBV said the trains were full.
            """
        let result = extract(body)
        let denial = try #require(result.first(containing: "are \"simply wrong"))
        #expect(denial.cue == "according to")
        #expect(denial.stance == .denies)
        #expect(result.source(of: denial)?.head == "spokeswoman")
        let report = try #require(result.attributions.first { $0.cue == "reports" })
        #expect(report.content == "the operator could cut 2,000 jobs")
        #expect(report.relayedBy.isEmpty)
        #expect(result.speaker(ofStatementContaining: "every station would stay open") == "Tomas Brevik")
        let full = try #require(result.first(containing: "the trains were full"))
        #expect(result.source(of: full)?.name?.hasSuffix("Norwegian Railway Directorate") == true)
    }

    @Test func messagesSpeakForTheirSenderAndOldWireMarksQuote() throws {
        let body = """
            Superintendent Dana Whitcombe sent a letter to board members urging them to ignore the gossip. \
            Another administrator wrote a memo to principals calling the rumors ``cruel'' and ``outrageous lies.''

            ``Nobody has been arrested,'' Whitcombe said on Friday.

            The union called for a public meeting, and the district said it would hold one on Tuesday.

            But the rumors have angered board chairman Felix Amari, who on Thursday threatened to resign.
            """
        let result = extract(body)
        #expect(result.speaker(ofStatementContaining: "them to ignore the gossip") == "Dana Whitcombe")
        let calling = try #require(result.first(containing: "outrageous lies"))
        #expect(calling.kind == .direct)
        #expect(calling.stance == .denies)
        #expect(result.first(containing: "a memo to principals") == nil)
        let quote = try #require(result.first(containing: "Nobody has been arrested"))
        #expect(quote.kind == .direct)
        #expect(quote.content == "Nobody has been arrested")
        let meeting = try #require(result.first(containing: "a public meeting"))
        #expect(meeting.content == "a public meeting")
        #expect(result.speaker(ofStatementContaining: "to resign") == "Felix Amari")
    }

    @Test func quotedByAnOutletAfterTheQuoteAndRolesOfPlaces() throws {
        let body = """
            "There are villages that look like the sea swallowed them," the governor of Varra province, Helena Sousa Prado, was quoted as saying by the Diário do Norte newspaper.

            The mayor of Porto Baixo, Rui Almada, begged residents "not to return to their homes."

            Officers stood at every bridge, politely asking drivers to turn back. The council asked for the operators to be questioned.

            The minister, Carla Neves, is promising to publish an inquiry, but she has not said when.
            """
        let result = extract(body)
        let quote = try #require(result.first(containing: "the sea swallowed them"))
        #expect(result.source(of: quote)?.name == "Helena Sousa Prado")
        #expect(quote.relayedBy == ["Diário do Norte"])
        #expect(result.first(containing: "Diário do Norte newspaper") == nil)
        #expect(result.speaker(ofStatementContaining: "not to return") == "Rui Almada")
        #expect(try #require(result.first(containing: "drivers to turn back")).cue == "asked")
        #expect(try #require(result.first(containing: "to be questioned")).content == "the operators to be questioned")
        let promise = try #require(result.first(containing: "to publish an inquiry"))
        #expect(promise.content == "to publish an inquiry")
    }

    @Test func aNegationAfterAClaimDeniesIt() throws {
        let body = """
            Ostland Motors will close its plant in Varby, two people familiar with the plans said.

            A company spokeswoman said no decision had been made. The works council said it would not accept any closure.

            A union leader said there has been no contact with the board. "Nobody asked us," he said.
            """
        let result = extract(body)
        let decision = try #require(result.first(containing: "no decision had been made"))
        #expect(decision.stance == .denies)
        #expect(decision.rule.hasSuffix("negation-answers-claim"))
        #expect(try #require(result.first(containing: "no contact with the board")).stance == .denies)
        // An intention and a complaint deny nothing.
        #expect(try #require(result.first(containing: "would not accept")).stance == .asserts)
        #expect(try #require(result.first(containing: "Nobody asked us")).stance == .asserts)
        // Without a claim told before, a negation is only a negation.
        let plain = extract("The mayor said no decision had been made on the budget.")
        #expect(try #require(plain.first(containing: "no decision")).stance == .asserts)
    }

    @Test func leadsNamedJustAfterAndClausesRelayedAtTheirEnd() throws {
        let body = """
            Vellmouth's police chief said a complaint against two officers was baseless.

            Chief Marta Olsen's comments came a day after the complaint was filed.

            "Nobody was hurt," State Police spokesman Tomas Berg told reporters Wednesday.

            Officer Ivan Kral denied wrongdoing but admitted that he had shouted at the driver, reports the Coastal Wire news agency.

            The police union released a statement, saying the officers had followed every rule, reported the Vellmouth Gazette.

            Carvik Holdings said it would help. "Carvik Holdings denies having withheld any footage," the Oslo-based company said.
            """
        let result = extract(body)
        #expect(result.speaker(ofStatementContaining: "was baseless") == "Marta Olsen")
        #expect(result.speaker(ofStatementContaining: "Nobody was hurt") == "Tomas Berg")
        let admitted = try #require(result.first(containing: "he had shouted"))
        #expect(result.source(of: admitted)?.name == "Ivan Kral")
        #expect(admitted.relayedBy.first?.contains("Coastal Wire") == true)
        let union = try #require(result.first(containing: "followed every rule"))
        #expect(result.source(of: union)?.name == "The police union")
        #expect(union.relayedBy.first?.contains("Vellmouth Gazette") == true)
        let footage = try #require(result.first(containing: "withheld any footage"))
        #expect(result.source(of: footage)?.name == "Carvik Holdings")
        #expect(footage.stance == .denies)
    }

    @Test func marketGainsAndTheSettingOfAQuotationAreNotSaid() throws {
        let body = """
            Asked about a report that he would leave, coach Aron Lind said, "No comment on that," when asked on Friday at the training ground.

            Shares of Vester Media added 3.2% to 41.10 crowns. The Nordic 40 index added 12.6 points, or 0.4%, to 3,120.5.
            """
        let result = extract(body)
        let quote = try #require(result.first(containing: "No comment on that"))
        #expect(quote.kind == .direct)
        #expect(quote.content == "No comment on that")
        #expect(try #require(result.first(containing: "he would leave")).content == "he would leave")
        #expect(result.first(containing: "3.2%") == nil)
        #expect(result.first(containing: "12.6 points") == nil)
    }

    @Test func whoToldAnOutletGoesOnInTheSameInterview() throws {
        let body = """
            Hanna Moberg, a science editor, told the BBC on Saturday that the rover had probably found methane.

            "It would be a remarkable result," she said.

            Mission scientist Karl Ek said the team would publish its data next month. "We will be careful," Moberg said.
            """
        let result = extract(body)
        #expect(try #require(result.first(containing: "remarkable result")).relayedBy == ["BBC"])
        #expect(try #require(result.first(containing: "publish its data")).relayedBy.isEmpty)
        // Another person spoke in between: no longer the same interview.
        #expect(try #require(result.first(containing: "We will be careful")).relayedBy.isEmpty)
    }

    @Test func decksAndCreditsUnderTheHeadlineAreNotProse() throws {
        let body = """
            City police 'watching the situation closely,' spokesman says

            Lena Ferris/City Wire

            MARLOW – Mayor Tom Brisk on Friday called allegations that he appeared in a video with a drug dealer "ridiculous."
            """
        let result = extract(body)
        #expect(result.first(containing: "watching the situation") == nil)
        let judgement = try #require(result.first(containing: "ridiculous"))
        #expect(judgement.kind == .direct)
        #expect(judgement.stance == .denies)
        #expect(result.speaker(ofStatementContaining: "ridiculous") == "Tom Brisk")
        #expect(try #require(result.first(containing: "drug dealer")).content == "he appeared in a video with a drug dealer")
    }

    @Test func aShowTitleIsNoSpeechAndParticiplesFollowActs() throws {
        let body = """
            Lise Holm spoke on Sunday. "This will go on well into the spring," she said on NRK's "Dagsrevyen." "Some families will not make it."

            Holm urged the government to reach a deal as soon as possible, saying "time is running out for many in agriculture."

            Trade minister Odd Vik criticized the tariffs, saying "nobody wins a trade war."
            """
        let result = extract(body)
        let quote = try #require(result.first(containing: "well into the spring"))
        #expect(quote.content.contains("Some families will not make it"))
        #expect(quote.relayedBy == ["NRK"])
        #expect(result.first(containing: "Dagsrevyen") == nil)
        #expect(try #require(result.first(containing: "time is running out")).kind == .direct)
        #expect(result.speaker(ofStatementContaining: "nobody wins a trade war") == "Odd Vik")
        // "P, say growers, but Q": both halves are the growers'.
        let harvest = extract("The harvest is late this year, say growers in the north, but prices are holding up.")
        let growers = try #require(harvest.first(containing: "The harvest is late"))
        #expect(growers.content.contains("prices are holding up"))
        #expect(harvest.source(of: growers)?.head == "grower")
    }

    @Test func datedAnnouncementsAndClaimsThatAreTheSubject() throws {
        let body = """
            Despite Deskly's Oct. 11 announcement that it would cut 2,400 jobs, its shares rose on Tuesday.

            Mayor Ines Roth's claim that the firm had promised to keep its headquarters in the city was rejected by the company.
            """
        let result = extract(body)
        let announcement = try #require(result.first(containing: "cut 2,400 jobs"))
        #expect(announcement.content == "it would cut 2,400 jobs")
        #expect(result.source(of: announcement)?.name == "Deskly")
        let claim = try #require(result.first(containing: "had promised"))
        #expect(claim.content == "the firm had promised to keep its headquarters in the city")
        #expect(result.source(of: claim)?.name == "Ines Roth")
        // "the company's announcement": the company named before.
        let plants = extract("Deskly Inc. reported a loss. The company's announcement that it would close two plants was criticized.")
        let closing = try #require(plants.first(containing: "close two plants"))
        #expect(closing.content == "it would close two plants")
        #expect(plants.source(of: closing)?.name == "Deskly Inc.")
    }

    @Test func whatFollowsALeadFrameIsTheWritersAddition() throws {
        let body = """
            The operator is preparing to seek court protection as early as Monday, people familiar with the matter said on Thursday, casting doubt over winter crossings.

            Dozens of passengers were stranded at the pier, port officials said, in what appeared to be the third stoppage this month.

            A vessel ran aground on Wednesday, injuring four crew members, coastguards and a witness said.

            The company will keep its two largest ships in service, a spokeswoman said, warning that smaller routes could close.

            One lender assessed that a rescue was unlikely. Minister Olav Brekke made it clear on Friday that the state would not take over.
            """
        let result = extract(body)
        let protection = try #require(result.first(containing: "court protection"))
        #expect(protection.content == "The operator is preparing to seek court protection as early as Monday")
        #expect(result.first(containing: "casting doubt") == nil)
        let stranded = try #require(result.first(containing: "were stranded"))
        #expect(stranded.content == "Dozens of passengers were stranded at the pier")
        let aground = try #require(result.first(containing: "ran aground"))
        #expect(result.source(of: aground)?.descriptor == "coastguards and a witness")
        let warning = try #require(result.first(containing: "smaller routes"))
        #expect(warning.cue == "warned")
        #expect(result.first(containing: "two largest ships")?.content == "The company will keep its two largest ships in service")
        #expect(result.first(containing: "rescue was unlikely")?.cue == "assessed")
        #expect(result.first(containing: "would not take over")?.cue == "made it clear")
    }

    @Test func complementsParticiplesAndBareReports() throws {
        let body = """
            “We will not sign a blank cheque,” Mara Lindqvist told a meeting with bus drivers, noting that the contract had been rewritten twice.

            Lindqvist, responding to reports the operator had overstated its losses, also said the council would publish its figures.

            Opposition councillors suggested a cover-up — saying they would not accept the figures while calling for an independent inquiry.

            Eamon Reilly hailed the vote as proof that the region could plan together. Petra Sand said drivers were worried, calling it a half-finished deal.

            Governor Tomas Aho labeled the plan a waste of money and cut the subsidy while warning that more cuts could follow.

            According to Al Mayadeen, citing an interview with Sky News, spokesman Esmaeil Baghaei denied reports of talks.
            """
        let result = extract(body)
        let noting = result.attributions.filter { $0.content == "the contract had been rewritten twice" }
        #expect(noting.count == 1)
        #expect(noting.first.flatMap { result.source(of: $0)?.name } == "Mara Lindqvist")
        let reports = try #require(result.first(containing: "overstated"))
        #expect(reports.content == "the operator had overstated its losses")
        #expect(result.source(of: reports)?.kind == .anonymous)
        #expect(result.first(containing: "cover-up")?.content == "a cover-up")
        #expect(result.first(containing: "would not accept")?.content == "they would not accept the figures")
        #expect(result.speaker(ofStatementContaining: "independent inquiry") == nil)
        #expect(result.first(containing: "independent inquiry").flatMap { result.source(of: $0)?.descriptor } == "Opposition councillors")
        #expect(result.first(containing: "plan together")?.content == "proof that the region could plan together")
        #expect(result.first(containing: "half-finished")?.content == "a half-finished deal")
        #expect(result.speaker(ofStatementContaining: "half-finished") == "Petra Sand")
        #expect(result.first(containing: "waste of money")?.content == "the plan a waste of money")
        #expect(result.speaker(ofStatementContaining: "more cuts could follow") == "Tomas Aho")
        let denial = try #require(result.first(containing: "reports of talks"))
        #expect(result.source(of: denial)?.name == "Esmaeil Baghaei")
        #expect(Set(denial.relayedBy) == ["Al Mayadeen", "Sky News"])
        // Idioms and plain objects name nothing.
        #expect(extract("They called it a day. She called the police.").attributions.isEmpty)
    }

    @Test func quoteParagraphsAfterIndirectSpeechAndPronounsPastNamesInTheClause() throws {
        let body = """
            A retired teacher who runs the village council urged residents not to pay anyone.

            “Every payment tells them to come back for someone else.”

            Father Lucas Brandt, who served the parish before Father Ivo Marin arrived, said the motive was money.

            “It is so unfortunate that Father Ivo Marin was the one they took,” he said.

            Being new to the place, the kidnappers must have thought Father Ivo Marin had rich friends, he said.

            In the weekend vote to choose mayors in all twelve districts, the electoral board said its candidates had won in nine.
            """
        let result = extract(body)
        let quote = try #require(result.first(containing: "Every payment"))
        #expect(quote.kind == .direct)
        #expect(result.source(of: quote)?.head == "teacher")
        #expect(result.speaker(ofStatementContaining: "so unfortunate") == "Lucas Brandt")
        #expect(result.speaker(ofStatementContaining: "rich friends") == "Lucas Brandt")
        #expect(result.first(containing: "had won in nine")?.content == "its candidates had won in nine")
        // A pull quote set as a heading after a document's words is nobody's statement.
        let pull = extract("According to court documents, he ran 400 missions.\n\n“Someone threw us a rope”\n\nHe denies the charges.")
        #expect(pull.first(containing: "threw us a rope") == nil)
    }

    @Test func issuedStatementsAndDescribedCompanies() throws {
        let body = """
            Tellmark Corp, the region's second largest handset maker, said on Monday that its quarterly sales had fallen by a fifth.

            The Daily Ledger reported that a rival was preparing an offer, but the once dominant phone maker issued a brief statement denying that any talks had taken place.

            Its chief executive has said no such approach was ever made.

            Students at Brookfield Academy staged a walkout. On its website the school released a statement saying classes would resume on Thursday.
            """
        let result = extract(body)
        #expect(result.speaker(ofStatementContaining: "quarterly sales") == "Tellmark Corp")
        #expect(result.first(containing: "preparing an offer")?.content == "a rival was preparing an offer")
        let denial = try #require(result.first(containing: "any talks"))
        #expect(denial.content == "any talks had taken place")
        #expect(denial.stance == .denies)
        #expect(result.source(of: denial)?.name == "Tellmark Corp")
        #expect(result.first(containing: "no such approach")?.stance == .denies)
        #expect(result.speaker(ofStatementContaining: "classes would resume") == "Brookfield Academy")
    }

    @Test func reportedSourcesOutletsSourcesAndInterviews() throws {
        let body = try String(contentsOf: Paths.devset.appendingPathComponent("articles/116-reported-sources-and-interviews.txt"), encoding: .utf8)
        let result = extract(body)
        let warning = try #require(result.first(containing: "untenable"))
        #expect(warning.content == "the premier's position would be untenable if the vote went ahead")
        #expect(result.source(of: warning)?.descriptor == "unnamed party elders")
        #expect(warning.relayedBy == ["The Morning Courier"])
        let reshuffle = try #require(result.first(containing: "reshuffle"))
        #expect(result.source(of: reshuffle)?.count == 2)
        #expect(reshuffle.relayedBy == ["Harbour Times"])
        #expect(result.first(containing: "no plans to replace")?.relayedBy == ["Harbour Times"])
        let loyalty = try #require(result.first(containing: "her loyalty"))
        #expect(result.source(of: loyalty)?.name == "Ana Costa")
        #expect(loyalty.relayedBy == ["Radio Vell"])
        let plotting = try #require(result.first(containing: "plotting anything"))
        #expect(plotting.kind == .direct)
        #expect(plotting.relayedBy == ["Radio Vell"])
    }

    @Test func interruptedReportsRepeatedQuotesAndTrailingSources() throws {
        let body = try String(contentsOf: Paths.devset.appendingPathComponent("articles/117-interrupted-and-relayed-reports.txt"), encoding: .utf8)
        let result = extract(body)
        // "Mr. Drury, she said, flatly denied the story": Drury's denial, relayed by Marsh, who
        // goes on speaking in the next paragraph.
        let story = try #require(result.attributions.first { $0.content == "the story" })
        #expect(result.source(of: story)?.name == "Paul Drury")
        #expect(story.stance == .denies)
        #expect(story.relayedBy == ["Ellen Marsh"])
        let opposite = try #require(result.first(containing: "the exact opposite"))
        #expect(result.source(of: opposite)?.name == "Ellen Marsh")
        #expect(opposite.stance == .denies)
        let pact = try #require(result.first(containing: "no such pact"))
        #expect(result.source(of: pact)?.name == "Paul Drury")
        #expect(pact.relayedBy == ["Ellen Marsh"])
        // "Rita Vance, the police said, told officers that P".
        let seen = try #require(result.first(containing: "leave the building"))
        #expect(seen.content == "she had seen the senator leave the building")
        #expect(result.source(of: seen)?.name == "Rita Vance")
        #expect(seen.relayedBy == ["the police"])
        // "said P and denied any wrongdoing": two statements.
        #expect(result.first(containing: "were routine")?.content == "the meetings were routine")
        #expect(result.first(containing: "any wrongdoing")?.stance == .denies)
        #expect(result.first(containing: "nothing to do with")?.stance == .denies)
        #expect(result.first(containing: "rumors of a resignation")?.stance == .denies)
        #expect(result.first(containing: "zero truth")?.stance == .denies)
        let innocent = try #require(result.first(containing: "he is innocent"))
        #expect(innocent.content == "he is innocent")
        #expect(innocent.stance == .denies)
        #expect(result.speaker(ofStatementContaining: "political hit job") == "Paul Drury")
        // "..., according to Hollis's report" relays; "The Ledger reported that P, according to two
        // people who attended": the people's, relayed by the outlet, called by its full name.
        #expect(result.first(containing: "planning a challenge")?.relayedBy == ["Hollis"])
        let meetings = try #require(result.first(containing: "twice in March"))
        #expect(result.source(of: meetings)?.count == 2)
        #expect(meetings.relayedBy == ["Valley Ledger"])
        // "a Harwick state senator": the noun, not the verb "state".
        #expect(!result.attributions.contains { $0.cue == "stated" })
    }

    @Test func citedSourcesDescribedSourcesAndBodiesNamedAfterTheirNoun() throws {
        let body = try String(contentsOf: Paths.devset.appendingPathComponent("articles/118-cited-sources-and-named-bodies.txt"), encoding: .utf8)
        let result = extract(body)
        // "the seafarers' union Marlink. The union accuses ...": the name after the noun.
        #expect(result.speaker(ofStatementContaining: "cutting safety training") == "Marlink")
        // "P but the union says Q": two statements, two speakers.
        let raise = try #require(result.first(containing: "a raise of 6%"))
        #expect(raise.content == "it has offered crews a raise of 6% over two years")
        #expect(result.source(of: raise)?.name == "Westline")
        #expect(result.speaker(ofStatementContaining: "share of the profits") == "Marlink")
        // ", telling Reuters that P": the outlet told relays.
        #expect(result.first(containing: "no safety drills")?.relayedBy == ["Reuters"])
        // "a report by the Harbour Gazette cited two port officials as saying P".
        let strike = try #require(result.first(containing: "end of the month"))
        #expect(result.source(of: strike)?.count == 2)
        #expect(strike.relayedBy == ["Harbour Gazette"])
        // "In the regional weekly Kustposten, a source described as being close to ... said P".
        let vote = try #require(result.first(containing: "vote on Friday"))
        #expect(result.source(of: vote)?.descriptor == "a source described as being close to the union's leadership")
        #expect(vote.relayedBy == ["Kustposten"])
        #expect(result.first(containing: "back the strike")?.relayedBy == ["Kustposten"])
        // "Later, she said": the person named in the sentence before, not the start of the
        // newspaper's name, and not the company first taken for a person.
        #expect(result.speaker(ofStatementContaining: "achieved nothing") == "Lena Farr")
    }

    @Test func nameParticlesSettingsOfSpeechAndParticiplesAfterBy() throws {
        let body = try String(contentsOf: Paths.devset.appendingPathComponent("articles/119-particles-settings-and-by-participles.txt"), encoding: .utf8)
        let result = extract(body)
        // "Salim bin Nasser al-Harthi said here Monday", then "al-Harthi said": a name that opens
        // with a lowercase particle.
        #expect(result.speaker(ofStatementContaining: "refinery open until March") == "Salim bin Nasser al-Harthi")
        #expect(result.speaker(ofStatementContaining: "cost any jobs") == "Salim bin Nasser al-Harthi")
        // "“Q” to both sides, he told reporters outside the ministry": the quotation, not where he spoke.
        let fair = try #require(result.first(containing: "will be fair"))
        #expect(fair.kind == .direct)
        #expect(fair.content == "The price will be fair")
        #expect(!result.attributions.contains { $0.content.contains("outside the ministry") })
        // "some of the sources said": members of the group named before.
        let price = try #require(result.first(containing: "$2 billion"))
        #expect(result.source(of: price)?.kind == .anonymous)
        #expect(result.source(of: price)?.head == "source")
        // "cast doubt on the deal by hotly denying that P": the clause's subject denies, the
        // acronym "RWF" is the federation spelled out before, and "at a news conference in
        // Sohar" is where it spoke.
        let agreement = try #require(result.first(containing: "any agreement had been reached"))
        #expect(agreement.stance == .denies)
        #expect(result.source(of: agreement)?.name?.hasSuffix("Refinery Workers Federation") == true)
        let consulted = try #require(result.first(containing: "not been consulted"))
        #expect(consulted.content == "the union had not been consulted")
        #expect(consulted.source == agreement.source)
        // "responded by saying P, denying a newspaper report of Q": two statements; the report
        // denied is no speaker.
        #expect(result.speaker(ofStatementContaining: "kept the union informed") == "Sahil Refining Co.")
        let secret = try #require(result.first(containing: "secret talks"))
        #expect(secret.stance == .denies)
        #expect(secret.relayedBy.isEmpty)
        // Bare "Police" are unnamed officers; "Sohar police" is a force, and "Police" after it is that force.
        #expect(result.source(of: try #require(result.first(containing: "had been peaceful")))?.kind == .anonymous)
        #expect(result.speaker(ofStatementContaining: "blocking the road") == "Sohar police")
        #expect(result.speaker(ofStatementContaining: "later released") == "Sohar police")
    }

    @Test func relativeClauseSpeakersAndChargesInRelativeClauses() throws {
        let result = try extractDevsetBody("120-relative-clause-speakers-and-charges.txt")
        // "a spill which local residents say has killed thousands of fish": the residents' statement.
        let fish = try #require(result.first(containing: "thousands of fish"))
        #expect(fish.content == "which local residents say has killed thousands of fish")
        #expect(result.source(of: fish)?.kind == .anonymous)
        #expect(result.source(of: fish)?.head == "resident")
        #expect(result.first(containing: "handled improperly")?.cue == "claimed")
        #expect(result.speaker(ofStatementContaining: "deter other polluters") == "the court")
        // "The brewery, which was accused by the regulator of dumping P, said Q": the charge is the
        // regulator's, and the brewery's own statement follows.
        let charge = try #require(result.first(containing: "dumping cleaning fluids"))
        #expect(result.source(of: charge)?.name == "the state water regulator")
        #expect(!charge.content.contains("said"))
        #expect(result.speaker(ofStatementContaining: "appeal the ruling") == "The brewery")
        // "Officials who inspected the river said P": "who" is the subject of its own verb, no speaker.
        #expect(result.speaker(ofStatementContaining: "years to recover") == nil)
        #expect(result.source(of: try #require(result.first(containing: "years to recover")))?.head == "official")
        #expect(!result.attributions.contains { $0.content.hasPrefix("who") })
    }

    @Test func groupsTheLexiconLacksListedNamesAndClaimsOfInnocence() throws {
        let result = try extractDevsetBody("121-unlexed-groups-and-innocence.txt")
        // "Facing a recall petition ..., Mayor X resigned from office, but insisted P": the
        // subject after the opening participle, and a denial.
        let law = try #require(result.first(containing: "broken no law"))
        #expect(result.source(of: law)?.name == "Dana Whitcombe")
        #expect(law.stance == .denies)
        // "maintained her innocence and said Q": a denial, then a second statement.
        let innocence = try #require(result.first(containing: "her innocence"))
        #expect(innocence.stance == .denies)
        #expect(result.speaker(ofStatementContaining: "fight the charges") == "Dana Whitcombe")
        // "Many shopkeepers claimed", "Several neighborhood groups said": plural groups with no noun in the lexicon.
        let taxes = try #require(result.first(containing: "local taxes"))
        #expect(result.source(of: taxes)?.kind == .anonymous)
        #expect(result.source(of: taxes)?.head == "shopkeeper")
        #expect(result.source(of: try #require(result.first(containing: "independent audit")))?.head == "group")
        // "The newspapers reported" after "the Lakeview Sentinel and the Harbor City Times".
        #expect(result.speaker(ofStatementContaining: "seized records") == "Lakeview Sentinel and the Harbor City Times")
        // "The case was first reported by ..." and "Those contractors now find themselves ...": no statements.
        #expect(!result.attributions.contains { $0.content == "The case" })
        #expect(!result.attributions.contains { $0.cue == "found" })
    }

    @Test func speakersBeforeWhoSaidAndSecondPredicates() throws {
        let result = try extractDevsetBody("122-who-said-and-second-predicates.txt")
        // "rejected a Coastal Ledger report citing unnamed customs officials who said P": the port
        // authority (a body) rejects the report; the officials' statement is relayed by the outlet.
        let report = try #require(result.first(containing: "a Coastal Ledger report"))
        #expect(report.stance == .denies)
        #expect(result.source(of: report)?.kind == .organization)
        let transfers = try #require(result.attributions.first { $0.content == "the transfers took place at night to avoid inspection" })
        #expect(result.source(of: transfers)?.head == "official")
        #expect(transfers.relayedBy == ["Coastal Ledger"])
        // "angered dock workers, who said P": the workers, not the decision.
        #expect(result.source(of: try #require(result.first(containing: "cost them overtime")))?.head == "worker")
        // "filed papers in court saying that P".
        #expect(result.speaker(ofStatementContaining: "without clearance") == "Harbor police")
        // "said, however, that P" after a group the lexicon lacks a noun for.
        #expect(result.source(of: try #require(result.first(containing: "every rule")))?.head == "firm")
        // "toured the terminal and said P": the subject's second predicate.
        #expect(result.speaker(ofStatementContaining: "resume next week") == "Alma Reyes")
    }

    @Test func documentsPleasAndTrailingSources() throws {
        let result = try extractDevsetBody("123-documents-pleas-and-trailing-sources.txt")
        // "A clause in the coach's contract says P": the document, described by where it sits.
        #expect(result.source(of: try #require(result.first(containing: "30 days notice")))?.head == "clause")
        // "according to Dana Pruitt of Campusbeat.com and other outlets": the person; the others and the site name no one.
        #expect(result.speaker(ofStatementContaining: "placed on leave") == "Dana Pruitt")
        // "according to local media reports this week": the time is no part of the source.
        #expect(result.source(of: try #require(result.first(containing: "accepted the settlement")))?.descriptor == "local media reports")
        // "pleaded guilty to wire fraud after prosecutors played ...": the plea and its charge only.
        let plea = try #require(result.first(containing: "guilty to wire fraud"))
        #expect(plea.content == "guilty to wire fraud")
        #expect(plea.stance == .asserts)
        // "sold his shares ..., after stating that P": the main clause's subject.
        #expect(result.source(of: try #require(result.first(containing: "no financial ties")))?.head == "president")
        // "A report in the Valley Courier said P": the outlet it appeared in.
        #expect(result.speaker(ofStatementContaining: "two other schools") == "Valley Courier")
    }

    @Test func secondSpeakersAfterSemicolonsSourcesAndJudgements() throws {
        let result = try extractDevsetBody("124-second-speakers-after-judgements.txt")
        // "said P; a senior engineer said Q": two statements, two speakers.
        #expect(result.first(containing: "reopen in May")?.content == "the bridge would reopen in May")
        #expect(result.source(of: try #require(result.first(containing: "another year")))?.head == "engineer")
        // "said P, according to the Riverside Post, while a council member said that Q": the
        // quoted word inside P is the mayor's, and the council member speaks after the source.
        let closure = try #require(result.first(containing: "closure was"))
        #expect(result.source(of: closure)?.head == "mayor")
        #expect(closure.relayedBy == ["Riverside Post"])
        #expect(!result.attributions.contains { $0.kind == .direct && $0.content == "unavoidable" && result.source(of: $0)?.head == "member" })
        #expect(result.source(of: try #require(result.first(containing: "ignored warnings")))?.head == "member")
        // "called the decision “deeply damaging,” saying P" and "called the plan “optimistic” and said P".
        #expect(result.speaker(ofStatementContaining: "half their trade") == "The shopkeepers association")
        #expect(result.source(of: try #require(result.first(containing: "corroded")))?.head == "engineer")
    }

    @Test func documentsSeenByOutletsAndReportsNamingTheirSourcesAfterwards() throws {
        let result = try extractDevsetBody("125-documents-seen-by-outlets.txt")
        // "said in a memo to staff seen by the Tribune", "in a statement carried by local news agencies".
        let memo = try #require(result.first(containing: "pause all planned job cuts"))
        #expect(result.source(of: memo)?.name == "Hollen Motors")
        #expect(memo.relayedBy == ["the Tribune"])
        #expect(result.first(containing: "restructuring plan")?.relayedBy == ["local news agencies"])
        // "The Harbor Gazette report said P. It quoted unnamed bankers.": the bankers', relayed.
        let advisers = try #require(result.first(containing: "hired advisers"))
        #expect(result.source(of: advisers)?.head == "banker")
        #expect(advisers.relayedBy == ["Harbor Gazette"])
        // "regulators said P because its “Q,” the Gazette reported": the regulators' statement,
        // quoted words and all, relayed by the outlet under its full name.
        let plant = try #require(result.first(containing: "could not reopen"))
        #expect(plant.kind == .indirect)
        #expect(plant.content.contains("safety systems"))
        #expect(result.source(of: plant)?.head == "regulator")
        #expect(plant.relayedBy == ["Harbor Gazette"])
    }

    @Test func aClauseAfterAQuantifierIsNoGroupOfSpeakers() {
        // "some holding bottles of cloudy water they said had come from ...": a participle clause,
        // then a relative clause with no relative word; neither "some" nor its bottles speak.
        let result = extract("Parents gathered outside the offices on Tuesday, some holding bottles of cloudy water they said had come from classroom fountains.")
        #expect(!result.attributions.contains { $0.content.hasPrefix("Parents gathered") })
    }

    @Test func companiesByTheirFullNameAndDenialsAfterAQuotationsFrame() throws {
        let result = try extractDevsetBody("126-company-names-and-late-denials.txt")
        // "Halvard Holdings AG", then "Halvard": one body, by its full name; "AG" and "SA" mark bodies, not persons.
        #expect(result.source(of: try #require(result.first(containing: "reinsurance unit")))?.kind == .organization)
        let talks = try #require(result.attributions.first { $0.content == "the talks" })
        #expect(result.source(of: talks)?.name == "Halvard Holdings AG")
        #expect(talks.stance == .denies)
        // "“Q,” the Nordic Ledger said on Tuesday, after Halvard denied the talks": the denial is a
        // clause of its own after the quotation's frame.
        #expect(result.speaker(ofStatementContaining: "wrong this time") == "Nordic Ledger")
        #expect(result.speaker(ofStatementContaining: "no offer") == "Stellan Re SA")
        // "the newspaper's account was simply wrong", "“The report is wildly inaccurate”": a report
        // judged untrue is denied, whatever adverb stands between.
        #expect(result.first(containing: "simply wrong")?.stance == .denies)
        #expect(result.first(containing: "wildly inaccurate")?.stance == .denies)
        // ("it had received no offer" asserts: a negation alone is no denial of a claim.)
        #expect(result.first(containing: "no offer")?.stance == .asserts)
    }

    @Test func denialsWithoutTheWordDeny() throws {
        let result = try extractDevsetBody("127-denials-without-deny.txt")
        // "repeated its denial of a report alleging that P": the ministry denies the report, and
        // "repeated" takes no clause of its own.
        let report = try #require(result.first(containing: "a report alleging"))
        #expect(report.stance == .denies)
        #expect(result.speaker(ofStatementContaining: "a report alleging") == "The defense ministry")
        #expect(!result.attributions.contains { $0.cue == "repeated" })
        // "countering rumors spread by a celebrity website", "“False.”", "Contrary to some news
        // reports, ...", "this is not the case".
        #expect(result.first(containing: "rumors spread")?.stance == .denies)
        #expect(result.attributions.first { $0.content == "False" }?.stance == .denies)
        #expect(result.first(containing: "Contrary to some news reports")?.stance == .denies)
        #expect(result.first(containing: "not the case")?.stance == .denies)
        #expect(result.first(containing: "resting at home")?.stance == .asserts)
    }

    @Test func invertedSpeakersBeforeWhoseAndBareTelling() throws {
        let result = try extractDevsetBody("128-inverted-speakers-with-whose.txt")
        // "“Q,” said the parish priest whose church in Dalvo was shelled": the phrase before "whose".
        let hill = try #require(result.first(containing: "every family"))
        #expect(result.source(of: hill)?.head == "priest")
        // "left the meeting telling reporters only that “Q”": the subject's quoted words.
        let army = try #require(result.first(containing: "must answer"))
        #expect(army.kind == .direct)
        #expect(result.source(of: army)?.head == "mayor")
        // "Acting Commissioner of Police Ann Moyo said": the post of a body, then the name.
        #expect(result.speaker(ofStatementContaining: "two suspects") == "Ann Moyo")
    }

    @Test func outletsNamedWithTheirMedium() throws {
        let result = try extractDevsetBody("129-outlets-named-with-their-medium.txt")
        // "told the KTN network", then "told the channel": the same outlet, by its whole name.
        #expect(result.first(containing: "tipped over")?.relayedBy == ["KTN network"])
        #expect(result.first(containing: "climbed out")?.relayedBy == ["KTN network"])
        // "told ABC radio", "told Bild am Sonntag".
        #expect(result.first(containing: "way ahead")?.relayedBy == ["ABC radio"])
        #expect(result.first(containing: "must decide")?.relayedBy == ["Bild am Sonntag"])
    }

    @Test func sentencesAnOutletReportedAndReportedlyDenied() throws {
        let result = try extractDevsetBody("130-sentences-reported-by-outlets.txt")
        // "..., calling the halt “unlawful” and saying P, reported the Tribune.": the union's
        // statements, relayed; the outlet says nothing of its own, and its frame is no part of P.
        let rules = try #require(result.first(containing: "locking out"))
        #expect(rules.content == "it broke rules that bar employers from locking out their staff")
        #expect(rules.relayedBy == ["the Tribune"])
        #expect(result.first(containing: "unlawful")?.relayedBy == ["the Tribune"])
        #expect(!result.attributions.contains { $0.content.hasPrefix("The metalworkers' union released") })
        // "The carmaker reportedly denied P" in an article following the Baltic Post's report.
        let denial = try #require(result.first(containing: "any buyer"))
        #expect(denial.stance == .denies)
        #expect(denial.relayedBy.first?.hasSuffix("Baltic Post") == true)
        // "Brennan Steel Corp. cut its forecast. It warned that P": the body named before, though it had not spoken.
        #expect(result.speaker(ofStatementContaining: "close two plants") == "Brennan Steel Corp.")
    }

    @Test func denialsInRelativeAndNestedClauses() throws {
        let result = try extractDevsetBody("131-denials-in-relative-and-nested-clauses.txt")
        // "claims of improper payments by Councillor Edwin Marsh, which he has strongly denied":
        // the claims are denied, by the one they are about.
        let claims = try #require(result.first(containing: "improper payments"))
        #expect(claims.content == "claims of improper payments by Councillor Edwin Marsh")
        #expect(claims.stance == .denies)
        #expect(result.source(of: claims)?.name == "Edwin Marsh")
        // "was again forced to deny the allegations during a press conference on Wednesday": a
        // denial all the same, and the occasion is no part of what was denied.
        let forced = try #require(result.first(containing: "allegations"))
        #expect(forced.content == "the allegations")
        #expect(forced.stance == .denies)
        // "Reyes said Ms Holt had categorically denied such claims": Holt's denial, relayed by Reyes.
        let nested = try #require(result.first(containing: "such claims"))
        #expect(nested.content == "such claims")
        #expect(result.source(of: nested)?.name == "Anna Holt")
        #expect(nested.relayedBy == ["Tomas Reyes"])
        // "denies sending “any threatening messages” to a junior clerk": a partly quoted clause,
        // not a quotation.
        let partly = try #require(result.first(containing: "threatening"))
        #expect(partly.kind == .indirect)
        #expect(partly.content.hasPrefix("sending"))
    }

    /// Ordinary clauses in the plainest frames: each comes back whole, with its speaker.
    @Test func plainFramesAroundOrdinaryClauses() throws {
        let result = try extractDevsetBody("133-plain-frames-around-ordinary-clauses.txt")
        // "At least 23 people died ...": "At least" is a quantity, not a place or a time.
        #expect(result.first(containing: "23 people")?.content.hasPrefix("At least 23 people died in the mudslide") == true)
        // "NAME, who ..., was flown ..., said NAME, the ROLE.": the speaker closes the sentence; the
        // clause's first words are not a speaker with an appositive.
        let mayor = try #require(result.first(containing: "district hospital"))
        #expect(mayor.content.hasPrefix("Mayor Ruth Okafor, who was evacuated"))
        #expect(result.source(of: mayor)?.name == "Mirela Ostby")
        // "said this would ...", "said on board ... were": "this" and "on" open the statement.
        #expect(result.first(containing: "cut the villages off")?.content == "this would cut the villages off for at least a week")
        #expect(result.first(containing: "relief boat")?.content.hasPrefix("on board") == true)
        // A "that" inside the statement, or opening a relative clause, is not the cue's "that".
        #expect(result.first(containing: "emergency fund")?.content == "the emergency fund was set up to ensure that villages could rebuild quickly")
        #expect(result.first(containing: "two schools")?.content == "the two schools that were damaged last year had been repaired in time")
        // "refused to discuss X but confirmed that P": the subject's second verb, with no comma.
        #expect(result.speaker(ofStatementContaining: "mine above Okere") == "Lidia Marsh")
        // "posted the news that P": the news is what was said.
        #expect(result.first(containing: "212 pupils")?.content == "all 212 pupils were safe")
    }

    /// Speakers with an appositive before the cue, role titles, and that-clauses kept whole.
    @Test func appositiveSpeakersAndWholeThatClauses() throws {
        let result = try extractDevsetBody("134-appositive-speakers-and-whole-that-clauses.txt")
        // "P, NAME, the ROLE, said.": the appositive closes on a comma before the cue.
        let dredging = try #require(result.first(containing: "three summers"))
        #expect(dredging.content == "The dredging of the inner harbor will start in April and take three summers")
        #expect(result.source(of: dredging)?.name == "Ilse Marquardt")
        // "Over 1,200 ships ...": a number, not a place; "Treasurer" is a role, not a first name.
        let ships = try #require(result.first(containing: "1,200 ships"))
        #expect(ships.content.hasPrefix("Over 1,200"))
        #expect(result.source(of: ships)?.name == "Omar Haddad")
        // "said in his view the council had waited too long for a contract that ...": a subject of
        // its own opens the statement; the relative "that" is inside it.
        #expect(result.first(containing: "waited too long")?.content.hasPrefix("in his view") == true)
        // "denied that P on Friday, after ...", "denied that the firm, which ..., had broken":
        // a that-clause keeps its time and its relative clause.
        #expect(result.first(containing: "tender")?.content == "its tender was withdrawn on Friday, after the council's deadline had passed")
        #expect(result.first(containing: "Kingsport")?.content == "the firm, which is based in Kingsport, had broken any rule")
        #expect(result.speaker(ofStatementContaining: "another winter") == "Lena Achterberg")
    }

    /// Outlets that relay: one that cites its sources in a relative clause, one that quotes a
    /// source after its frame, one spoken to, and one named in the occasion of speaking.
    @Test func outletsSpokenToAndCiting() throws {
        let result = try extractDevsetBody("135-outlets-spoken-to-and-citing.txt")
        // "P, according to the Coast Herald, which cited two board members": theirs, relayed.
        let sale = try #require(result.first(containing: "island routes"))
        #expect(result.source(of: sale)?.count == 2)
        #expect(sale.relayedBy == ["Coast Herald"])
        // "P, the Herald said, quoting a person close to the board": the person's, relayed by the
        // outlet under its full name; "quoting ..." is not part of P.
        let summer = try #require(result.first(containing: "before the summer"))
        #expect(summer.content == "The sale could be announced before the summer")
        #expect(result.source(of: summer)?.kind == .anonymous)
        #expect(summer.relayedBy == ["Coast Herald"])
        // "told the Coast Herald the routes had lost money": the outlet is the listener; the
        // statement keeps its first word.
        #expect(result.first(containing: "lost money")?.content == "the routes had lost money for five years")
        // "Speaking to the Island Times, NAME said P": the outlet spoken to relays P.
        let decision = try #require(result.first(containing: "no decision"))
        #expect(result.source(of: decision)?.name == "Marta Lindqvist")
        #expect(decision.relayedBy.first?.hasSuffix("Island Times") == true)
    }

    /// Straight single quotation marks, as British and Asian outlets write them, with a plural
    /// possessive inside that must not close the quotation.
    @Test func straightSingleQuotes() throws {
        let result = try extractDevsetBody("136-straight-single-quotes.txt")
        let kerr = try #require(result.first(containing: "back down"))
        #expect(kerr.kind == .direct)
        #expect(result.source(of: kerr)?.name == "Ann Kerr")
        #expect(kerr.content.hasSuffix("The workers' pay must rise, and it will"))
        let dunmore = try #require(result.first(containing: "what we can afford"))
        #expect(dunmore.kind == .direct)
        #expect(result.source(of: dunmore)?.name == "Paul Dunmore")
        // "The nurses' last strike": an apostrophe after a plural opens nothing.
        #expect(result.first(containing: "last strike") == nil)
    }

    /// Speakers placed by a town and its state, appositives that end in a listener or in
    /// "according to", asides between a participle and its quotation, and names of bodies that
    /// run on with prepositions.
    @Test func placesAsidesAndRelayedAppositives() throws {
        let result = try extractDevsetBody("137-places-asides-and-relayed-appositives.txt")
        // "P, NAME, ROLE, told the Valley Ledger.": his words, relayed by the outlet.
        let faults = try #require(result.first(containing: "four clinics"))
        #expect(result.source(of: faults)?.name == "Jonah Pell")
        #expect(faults.relayedBy.count == 1)
        #expect(faults.relayedBy.first?.hasSuffix("Valley Ledger") == true)
        // "P, said ROLE, NAME, according to the Valley Ledger.": the name speaks, the outlet relays.
        let june = try #require(result.first(containing: "close by June"))
        #expect(june.content == "Two of the clinics will close by June")
        #expect(result.source(of: june)?.name == "Marit Solheim")
        #expect(june.relayedBy.count == 1)
        // "saying, in part, “Q”" and "saying in a statement: “Q”": the quotation is the words.
        let staff = try #require(result.first(containing: "done nothing wrong"))
        #expect(staff.kind == .direct)
        #expect(result.source(of: staff)?.name == "Vale Clinics Group")
        #expect(result.first(containing: "every standard")?.kind == .direct)
        // "Hugo Brandt of Carrow, Ill., said": a person from a town, not the town or its state.
        #expect(result.speaker(ofStatementContaining: "paperwork alone") == "Hugo Brandt")
        #expect(result.speaker(ofStatementContaining: "six hours") == "Rosa Imrie")
        #expect(result.speaker(ofStatementContaining: "kept by hand")?.hasSuffix("Anton Weld") == true)
        // "went on to say that “Q1” and that “Q2”": two quotations of one speaker.
        let wards = try #require(result.first(containing: "wards were clean"))
        let records = try #require(result.first(containing: "asked us for the records"))
        #expect(wards.kind == .direct && records.kind == .direct)
        #expect(result.source(of: records)?.name == "Edith Kalder")
        // "The government-funded Northern Commission on Patient Safety said on Tuesday": the whole
        // name, without the description before it.
        #expect(result.speaker(ofStatementContaining: "40 complaints") == "Northern Commission on Patient Safety")
    }

    /// Copy whose paragraphs ran together, denials in relative clauses beside a main clause that
    /// speaks too, denials in plain words, an outlet that carried a report, and "it" for the
    /// body that opened the sentence before.
    @Test func runTogetherCopyAndDenialsInPassing() throws {
        let result = try extractDevsetBody("138-run-together-copy-and-denials-in-passing.txt")
        // "He denies wrongdoing.CHICAGO — ...": the period still ends the sentence.
        let wrongdoing = try #require(result.attributions.first { $0.content == "wrongdoing" })
        #expect(wrongdoing.stance == .denies)
        #expect(result.source(of: wrongdoing)?.name == "Ian Holt")
        // "Marlow Grain, which has repeatedly denied the allegations, said P": both statements,
        // by a body, the denial without the main clause's verb.
        let allegations = try #require(result.first(containing: "prosecutors' allegations"))
        #expect(allegations.content == "the prosecutors' allegations")
        #expect(allegations.stance == .denies)
        #expect(result.source(of: allegations)?.kind == .organization)
        #expect(result.speaker(ofStatementContaining: "cooperate with the inquiry") == "Marlow Grain")
        #expect(result.first(containing: "any wrongdoing")?.stance == .denies)
        #expect(result.speaker(ofStatementContaining: "fight the charges") == "Dana Whitcombe")
        // "It's a hoax", "false and misleading": denials in plain words.
        #expect(result.first(containing: "a hoax")?.stance == .denies)
        #expect(result.first(containing: "false and misleading")?.stance == .denies)
        // "Marlow Grain has been storing grain ... Last year it told investors P".
        #expect(result.speaker(ofStatementContaining: "double in size") == "Marlow Grain")
        // "P, according to union officials, as reported by the Prairie Ledger.": the outlet relays,
        // and is no part of P.
        let jobs = try #require(result.first(containing: "40 jobs"))
        #expect(jobs.content == "At least 40 jobs will be cut at the Peoria terminal")
        #expect(jobs.relayedBy.count == 1)
        #expect(jobs.relayedBy.first?.hasSuffix("Prairie Ledger") == true)
    }

    /// Statements made beside acts: a participle after the occasion of a quotation, a chant as
    /// the last of a group's acts, a request that ends before the writer's "after", and "told"
    /// after "but" with no comma.
    @Test func actsBesideWords() throws {
        let result = try extractDevsetBody("139-acts-beside-words.txt")
        // "“Q,” NAME said at a rally outside the port gates, accusing X of P, which ...".
        let accounts = try #require(result.first(containing: "hiding the harbor accounts"))
        #expect(accounts.content == "the mayor of hiding the harbor accounts")
        #expect(result.source(of: accounts)?.name == "Tove Aasen")
        // "The strikers marched ..., blocked the ring road and chanted “Q”".
        let books = try #require(result.first(containing: "Open the books"))
        #expect(books.kind == .direct)
        #expect(result.source(of: books)?.kind == .anonymous)
        // "urged both sides to return to “honest talks” after a week in which ...".
        let talks = try #require(result.first(containing: "both sides"))
        #expect(!talks.content.contains("shipping contracts"))
        // "presented the accounts on Monday but told investors P".
        #expect(result.first(containing: "pension gap")?.content == "the surplus would not cover the pension gap")
    }

    /// A place's state after its comma, a body's name with "for" and "and" before "now says",
    /// and an "according to" aside that ends with its day.
    @Test func placesAndNamesInPlainFrames() throws {
        let result = extract("""
            The Centers for Disease Control and Prevention now says the virus could reach half of all adults.

            Tom Lee of Boston, Mass., said the ward was full.

            The hospital has, according to local media reports Thursday, seen 46 more deaths since July.
            """)
        #expect(result.speaker(ofStatementContaining: "half of all adults") == "Centers for Disease Control and Prevention")
        #expect(result.speaker(ofStatementContaining: "ward was full") == "Tom Lee")
        let deaths = try #require(result.first(containing: "46 more deaths"))
        #expect(result.source(of: deaths)?.kind == .anonymous)
        #expect(deaths.cue == "according to")
    }

    @Test func speakersByTradeAndByOutlet() throws {
        let result = try extractDevsetBody("132-speakers-by-trade-and-by-outlet.txt")
        // "Lantern Mobile LNTM.OL declined to comment": a name with a ticker is a company, so "The
        // company ... said" later is Lantern Mobile.
        #expect(result.speaker(ofStatementContaining: "margins to improve") == "Lantern Mobile")
        // "the Nordic news agency NTB quoted X as saying": the agency relays the quotation.
        #expect(result.first(containing: "Nobody here")?.relayedBy == ["NTB"])
        // A partly quoted clause before "says NAME, ROLE" is indirect speech, quote marks and all.
        let jewel = try #require(result.first(containing: "crown jewel"))
        #expect(jewel.kind == .indirect)
        #expect(jewel.content.hasPrefix("The handset business is"))
        // "Nevertheless, a former adviser said": the adverb is no speaker.
        let adviser = try #require(result.first(containing: "early stage"))
        #expect(result.source(of: adviser)?.descriptor == "a former adviser to the board")
        // "..., a warehouse worker said": one person named by the work they do.
        let worker = try #require(result.first(containing: "Staff at the main plant"))
        #expect(result.source(of: worker)?.kind == .anonymous)
        #expect(result.source(of: worker)?.count == 1)
        // "told KVXA-TV": a call sign is an outlet; "The broadcaster" is that outlet again.
        #expect(result.first(containing: "mood at the plant")?.relayedBy == ["KVXA-TV"])
        #expect(result.speaker(ofStatementContaining: "not responded") == "KVXA-TV")
        // "According to the Fjord Ledger, P, according to a senior banker": the banker's, relayed once.
        let talks = try #require(result.first(containing: "two banks"))
        #expect(result.source(of: talks)?.kind == .anonymous)
        #expect(talks.relayedBy.count == 1)
        #expect(talks.relayedBy.first?.hasSuffix("Fjord Ledger") == true)
        // "The Fjord Ledger reported Monday P, according to three people ...": theirs, relayed.
        let bid = try #require(result.first(containing: "$6 billion"))
        #expect(result.source(of: bid)?.count == 3)
        #expect(bid.relayedBy.first?.hasSuffix("Fjord Ledger") == true)
    }

    @Test func extractionIsDeterministic() throws {
        let body = try String(contentsOf: Paths.demo.appendingPathComponent("01-wire-harbor-deal.txt"), encoding: .utf8)
        #expect(extract(body) == extract(body))
    }
}
