"""Sample data: a lived-in year of informational interviews for a career changer.

Alex Morgan, a biology PhD, is exploring data science in biotech, with detours
into science policy, health tech and venture capital. The set has 40 contacts
at 10 fictional organisations, referral chains that reach prospective
supervisors, past chats with notes and takeaways, upcoming chats with prep
questions, logged outreach and open follow-up tasks.

Every date is relative to ``now`` so the data always looks current, chats
start in local working hours on weekdays (stored as naive UTC, like every
timestamp), and the only randomness is a ``random.Random(2026)``: the same
``now`` and zone always give the same rows. Follow-ups that the app's own rules
raise (thank-you due, 3/7 business-day checks, periodic updates) are computed
by those rules and stored under the rules' keys, so running the rules later
never duplicates them.
"""

from __future__ import annotations

import json
import random
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone, tzinfo

from peewee import SqliteDatabase

from infointerview.domain.followups import (
    ChatFacts,
    FollowUpSettings,
    OutreachFacts,
    held_at,
    suggest_tasks,
)
from infointerview.domain.questions import REFERRAL_QUESTION
from infointerview.store.models import (
    Chat,
    Contact,
    FollowUpTask,
    Organisation,
    OutreachMessage,
    PrepQuestion,
    Setting,
)

__all__ = ["DemoRefused", "DemoSummary", "load_demo"]

PROFILE_KEY = "profile"
PROFILE_NAME = "Alex Morgan"
AVAILABILITY = "Tuesday or Thursday afternoons"
PITCH = (
    "I'm Alex Morgan. I did my PhD in molecular biology at Riverside, on how gut bacteria "
    "switch genes on and off under stress, and I spent most of its last two years writing "
    "Python and R to make sense of sequencing data rather than working at the bench. I "
    "found I enjoyed the analysis more than the pipetting, so I'm exploring a move into "
    "data science in biotech, and looking at where science policy and health tech fit. "
    "I'm not looking for a job right now: I'm talking to people whose work I admire, to "
    "understand what the roles are really like, which skills matter most and how people "
    "made the move."
)

WORK_START = time(9, 30)
LAST_START = time(16, 30)
"""Chats start on weekdays between these local times (so they end by 17:00)."""


class DemoRefused(Exception):
    """The database already holds contacts; loading is refused unless forced."""

    def __init__(self, existing: int) -> None:
        noun = "contact" if existing == 1 else "contacts"
        super().__init__(
            f"There are already {existing} {noun} in this database; the sample data was "
            "not loaded. Use --force to add it anyway."
        )
        self.existing = existing


@dataclass(frozen=True)
class DemoSummary:
    """What was written. ``organisations`` counts those used (created or reused)."""

    contacts: int
    organisations: int
    chats: int
    upcoming_chats: int
    messages: int
    tasks: int


# --------------------------------------------------------------------------
# The data
# --------------------------------------------------------------------------

# key, name, web domain, notes
ORGANISATIONS: tuple[tuple[str, str, str, str], ...] = (
    ("helix", "Helix Bio", "helixbio.example",
     "Protein-design start-up (~60 people), automated wet lab + ML. Series B led by Catalyst."),
    ("northbridge", "Northbridge Pharma", "northbridgepharma.example",
     "Large pharma; cardiometabolic and oncology. Data teams sit in RWE and translational."),
    ("stbrigids", "St Brigid's Clinical Research Unit", "stbrigids-cru.example",
     "Hospital research unit running ~40 trials; building a new trials data platform."),
    ("psc", "Public Science Council", "publicscience.example",
     "Government agency advising ministers on research; new data strategy team; fellowships."),
    ("riverside", "Riverside University Innovation Office", "riverside-innovation.example",
     "Tech transfer: licences university IP and spins out ~6 start-ups a year."),
    ("quantile", "Quantile Analytics", "quantile.example",
     "Data consultancy (~120 people) with a life-sciences practice."),
    ("pulsewise", "Pulsewise Health", "pulsewise.example",
     "Health-tech scale-up: remote-monitoring software for hospitals. Series C."),
    ("olr", "Open Life Review", "openlifereview.example",
     "Open-access journal; checks code and data for every accepted paper."),
    ("commoncures", "Common Cures Foundation", "commoncures.example",
     "Rare-disease charity running a patient registry (~9,000 participants)."),
    ("catalyst", "Catalyst Bio Ventures", "catalystbio.example",
     "Early-stage life-science fund (£250m); 18 portfolio companies incl. Helix Bio."),
)

# key, first, last, org, job title, how found, connection point, referred by, hiring
# authority, lane, tags, reach (e = email, l = LinkedIn), location, notes
CONTACTS: tuple[
    tuple[str, str, str, str, str, str, str, str | None, bool, str, str, str, str, str], ...
] = (
    ("ana", "Ana", "Costa", "stbrigids", "Research Fellow, Biomarker Analysis", "Colleague",
     "Same PhD lab (Riverside, 2017–2021)", None, False, "wide", "clinical, data, friend",
     "el", "London, UK",
     "Friend from the Hollis lab. First practice chat; generous with introductions."),
    ("priya", "Priya", "Raman", "quantile", "Senior Data Scientist", "Alumni database",
     "Same PhD programme, three years ahead", "ana", False, "deep", "data, consulting",
     "el", "London, UK",
     "Moved from plant genomics to consulting in 2020. Very direct; prefers email."),
    ("tomas", "Tomás", "Herrera", "quantile", "Analytics Consultant", "Referral",
     "Priya's teammate", "priya", False, "deep", "data, consulting", "e", "Madrid, Spain",
     "Missed our first call (off sick); asked to rebook next month."),
    ("isabela", "Isabela", "Santos", "quantile", "Senior Consultant, Health Analytics",
     "Referral", "Priya's former manager on the NHS project", "priya", False, "deep",
     "data, health", "el", "London, UK",
     "Replied warmly; asked for a slot after her project deadline."),
    ("wei", "Wei", "Zhang", "quantile", "Head of Life Sciences Practice", "Event",
     "Spoke after her talk at BioData Summit", None, True, "deep",
     "data, consulting, leadership", "e", "London, UK",
     "Runs the team Priya and Tomás are in. Reach out after talking to Tomás."),
    ("mateus", "Mateus", "Araújo", "helix", "Computational Biologist", "Referral",
     "Priya's friend from a Kaggle team", "priya", False, "deep",
     "biotech, data, single-cell", "el", "Cambridge, UK",
     "Immunology PhD, self-taught ML. Helix is growing its data team after the Series B."),
    ("kwame", "Kwame", "Mensah", "helix", "Director of Data Science", "Referral",
     "Mateus's manager", "mateus", True, "deep", "biotech, data, leadership", "el",
     "Cambridge, UK",
     "Builds the data team at Helix; ex-Northbridge. Prospective supervisor: prepare well."),
    ("jun", "Jun", "Park", "helix", "ML Scientist, Protein Design", "Referral",
     "Mateus's desk neighbour", "mateus", False, "deep", "biotech, machine learning", "l",
     "Cambridge, UK", "Mateus suggested waiting until their paper is out."),
    ("lea", "Léa", "Dubois", "helix", "Lab Automation Engineer", "LinkedIn",
     "Both ex-Riverside biology", None, False, "random", "biotech, automation", "l",
     "Cambridge, UK", "Robots and LIMS: an unusual angle on where the data comes from."),
    ("ahmed", "Ahmed", "Karimi", "helix", "Head of Operations", "Event",
     "Helix open evening in the spring", None, False, "", "biotech", "e", "Cambridge, UK",
     ""),
    ("yusuf", "Yusuf", "Demir", "northbridge", "Medical Science Liaison", "Event",
     "Panel at the Riverside careers fair", None, False, "random",
     "pharma, medical affairs", "el", "Manchester, UK",
     "Talks to clinicians all day; lots of travel. Great on how pharma decides."),
    ("jonas", "Jonas", "Weber", "northbridge", "Biostatistics Manager", "LinkedIn",
     "Riverside alumni group on LinkedIn", None, False, "deep", "pharma, statistics", "el",
     "Berlin, Germany", "Leads six statisticians on phase II trials."),
    ("aisha", "Aisha", "Bello", "northbridge", "Clinical Data Scientist", "Alumni database",
     "Same undergraduate college (St Anne's)", None, False, "deep", "pharma, data", "e",
     "London, UK", "Second person to try at Northbridge if Jonas stays quiet."),
    ("henrik", "Henrik", "Larsen", "northbridge", "VP, Translational Data Sciences",
     "LinkedIn", "Liked my poster at ISMB", None, True, "deep", "pharma, leadership", "l",
     "Copenhagen, Denmark", "Aimed high; no reply after one follow-up. Let it rest."),
    ("amara", "Amara", "Okafor", "stbrigids", "Clinical Data Manager", "Referral",
     "Hiroshi's former colleague", "hiroshi", False, "wide", "clinical, data", "el",
     "London, UK", "Runs data management for the cardiology trials."),
    ("lucas", "Lucas", "Moreau", "stbrigids", "Research Informatics Lead", "Referral",
     "Amara's manager", "amara", False, "wide", "clinical, informatics", "e", "London, UK",
     "Hiring the first data scientists for the new trials platform, says Amara."),
    ("zanele", "Zanele", "Dlamini", "stbrigids", "Biobank Manager", "Colleague",
     "Collaborated on the 2022 tissue-sampling study", None, False, "wide",
     "clinical, biobank", "l", "London, UK", ""),
    ("sofia", "Sofia", "Lindqvist", "psc", "Policy Adviser, Life Sciences", "Event",
     "Met at BioData Summit", None, False, "wide", "policy, science", "el",
     "London, UK", "Former marine biologist; moved to policy through a fellowship."),
    ("oluwaseun", "Oluwaseun", "Adeyemi", "psc", "Senior Policy Analyst", "Referral",
     "Sofia's team lead", "sofia", False, "wide", "policy, data", "el", "London, UK",
     "Writes the Council's briefings on health data."),
    ("fatima", "Fatima", "Al-Sayed", "psc", "Head of Research Strategy", "Referral",
     "Oluwaseun's director", "oluwaseun", True, "wide", "policy, leadership", "e",
     "London, UK", "Chairs the fellowship panel. Prospective supervisor."),
    ("emeka", "Emeka", "Nwosu", "psc", "Data Policy Lead", "Referral",
     "Fatima's colleague on the data strategy", "fatima", False, "wide", "policy, data", "e",
     "London, UK", "Fatima said to use her name."),
    ("diego", "Diego", "Fernández", "psc", "Science Policy Fellow",
     "Professional association", "Both members of the Society for Science Policy", None,
     False, "wide", "policy, fellowship", "el", "London, UK",
     "Current fellow: the person to ask what the year is really like."),
    ("elena", "Elena", "Petrova", "riverside", "Licensing Manager", "Teacher",
     "Taught my bioentrepreneurship module", None, False, "random", "tech transfer, IP",
     "el", "Riverside, UK", "Ex-patent attorney with a chemistry PhD."),
    ("kofi", "Kofi", "Boateng", "riverside", "Technology Transfer Associate",
     "Alumni database", "Same department, two years ahead", None, False, "random",
     "tech transfer", "el", "Riverside, UK", "Happy to talk; suggested late afternoons."),
    ("marta", "Marta", "Nowak", "riverside", "Head of Innovation", "Teacher",
     "Guest lecture in the bioentrepreneurship module", None, True, "random",
     "tech transfer, leadership", "e", "Riverside, UK", ""),
    ("hiroshi", "Hiroshi", "Tanaka", "pulsewise", "Product Manager, Clinical AI", "LinkedIn",
     "Commented on his post about wearable data quality", None, False, "wide",
     "health tech, product", "el", "London, UK",
     "Trained as a neuroscientist; four years in product."),
    ("ravi", "Ravi", "Shah", "pulsewise", "Senior Data Engineer", "Referral",
     "Hiroshi's teammate", "hiroshi", False, "deep", "health tech, data engineering", "el",
     "Leeds, UK", "Prefers phone; mornings are best."),
    ("ines", "Inês", "Carvalho", "pulsewise", "Data Science Manager", "LinkedIn",
     "Alumni of the Riverside data science bootcamp", None, True, "deep",
     "health tech, data, leadership", "el", "Lisbon, Portugal",
     "Hiring manager for the analytics team (per Hiroshi). First message sent."),
    ("noah", "Noah", "Williams", "pulsewise", "Talent Partner", "Event",
     "Chatted at the Pulsewise careers fair stand", None, False, "",
     "health tech, recruiting", "e", "London, UK", ""),
    ("camila", "Camila", "Rojas", "pulsewise", "Clinical Research Scientist",
     "Friend or family", "My cousin's flatmate", None, False, "random",
     "health tech, clinical", "", "London, UK",
     "No email yet: ask my cousin for an introduction."),
    ("chiara", "Chiara", "Bianchi", "olr", "Senior Editor, Genomics", "Alumni database",
     "Same PhD programme (2012)", None, False, "wide", "publishing, science", "el",
     "Oxford, UK", "Edited a paper from our lab years ago."),
    ("grace", "Grace", "Mwangi", "olr", "Data Editor", "Referral", "Chiara's colleague",
     "chiara", False, "wide", "publishing, data", "el", "Nairobi, Kenya (remote)",
     "Checks the code and data of every accepted paper. Works remotely."),
    ("tariq", "Tariq", "Hassan", "olr", "Managing Editor", "Other",
     "Signed the journal's open-data editorial", None, True, "", "publishing", "e",
     "Oxford, UK", ""),
    ("sakura", "Sakura", "Ito", "olr", "Associate Editor, Computational Biology", "LinkedIn",
     "We both commented on the same preprint thread", None, False, "wide",
     "publishing, computational biology", "l", "Tokyo, Japan", ""),
    ("nadia", "Nadia", "Rahman", "commoncures", "Programme Manager, Rare Disease Data",
     "Friend or family", "Friend of my sister from university", None, False, "random",
     "non-profit, rare disease, data", "el", "London, UK",
     "Cancelled our first coffee (board meeting moved); rebooked."),
    ("olga", "Olga", "Ivanova", "commoncures", "Data Partnerships Lead", "Event",
     "Met at the Rare Disease Day reception", None, False, "random", "non-profit, data",
     "e", "London, UK", ""),
    ("sipho", "Sipho", "Nkosi", "commoncures", "Patient Community Coordinator", "Other",
     "Volunteered together at the charity run", None, False, "", "non-profit", "",
     "London, UK", ""),
    ("daniel", "Daniel", "Cohen", "catalyst", "Associate", "Referral",
     "Elena's former intern", "elena", False, "random", "venture capital, biotech", "el",
     "London, UK", "Reads ~20 pitch decks a week; ex-bench scientist."),
    ("meilin", "Mei Lin", "Chen", "catalyst", "Partner", "Referral",
     "Daniel's partner on the Helix deal", "daniel", True, "random",
     "venture capital, leadership", "el", "London, UK",
     "Led the Helix Bio investment. Daniel offered to nudge her."),
    ("arjun", "Arjun", "Mehta", "catalyst", "Analyst, Due Diligence", "LinkedIn",
     "Riverside alumni, MSc bioinformatics", None, False, "random",
     "venture capital, data", "l", "London, UK", ""),
)

PHONES: dict[str, str] = {
    "ravi": "+44 7700 900418",
    "yusuf": "+44 7700 900263",
    "hiroshi": "+44 7700 900751",
}

# First sentences of cold (non-referred) outreach: the connection comes first.
COLD_OPENERS: dict[str, str] = {
    "ana": "We shared a bench in the Hollis lab at Riverside for four years, so you are the "
           "first person I want to ask about your move into clinical research.",
    "yusuf": "You spoke on the panel at the Riverside careers fair, and your description of "
             "medical affairs has stayed with me.",
    "sofia": "We met at BioData Summit, and your move from marine biology into policy "
             "is the path you made sound most interesting.",
    "hiroshi": "Your post about wearable data quality made me think, and I left a comment on "
               "it last week.",
    "chiara": "We are from the same PhD programme at Riverside, and you edited a paper from "
              "the Hollis lab years ago.",
    "elena": "You taught my bioentrepreneurship module, and your stories about licensing "
             "stayed with me.",
    "jonas": "We are both in the Riverside alumni group on LinkedIn, and your move into "
             "leading trial biostatistics at Northbridge caught my eye.",
    "henrik": "You stopped by my poster at ISMB and liked it afterwards on LinkedIn; your "
              "work on translational data at Northbridge is what I'd love to understand.",
    "ines": "We are both alumni of the Riverside data science bootcamp, and your path to "
            "leading analytics at Pulsewise is the one you hear about least.",
    "kofi": "We are from the same department at Riverside, two years apart, and your move "
            "into tech transfer intrigued me.",
    "nadia": "My sister, your friend from university, suggested I write to you about your "
             "rare-disease data work.",
}


@dataclass(frozen=True)
class ChatSpec:
    """One chat. ``when`` is (rule, days, "HH:MM") with rule one of: ago, ahead,
    today (later today or the next working morning), thank_you_due (held about
    20 hours ago) and overdue (held about three days ago)."""

    contact: str
    when: tuple[str, int, str]
    mode: str
    place: str
    status: str  # held (becomes thanked once a thank-you is logged), no_show, cancelled, scheduled
    pitch_tail: str
    research: str
    goals: str
    questions: tuple[tuple[str, str, str], ...]  # family, text, answer notes
    referral_answer: str = ""
    notes: str = ""
    takeaways: str = ""
    rating: int | None = None
    travel_note: str = ""
    thanks_line: str = ""


CHATS: tuple[ChatSpec, ...] = (
    ChatSpec(
        "ana", ("ago", 170, "12:30"), "coffee", "Bean & Bramble café, Riverside campus", "held",
        "You know my PhD better than anyone, so this is mostly about how you moved into "
        "clinical research.",
        "Ana: PhD in the Hollis lab with me; fellowship at St Brigid's CRU since 2021; runs the "
        "biomarker analysis for two oncology trials. Posts about R Shiny dashboards.",
        "Practise the format with a friendly face; learn what clinical data work involves; "
        "ask who she knows in industry data science.",
        (
            ("background", "You went from our lab straight into a clinical fellowship: what "
             "made you choose the hospital side rather than industry?",
             "Wanted patients in the loop; the fellowship came with data training. The first "
             "six months felt like learning a new language."),
            ("typical_day", "What does a typical week look like now that you're on two trials?",
             "Monday data-cleaning clinic with the trial nurses; the rest is R, queries and "
             "meetings with statisticians."),
            ("preparation", "Which parts of the PhD turned out most useful, and which less "
             "than you expected?", "Useful: stubbornness with messy data, writing. Less: the "
             "specific assays."),
            ("my_shoes", "If you were me, what would you do in the next three months?",
             "Build one public project with realistic clinical-style data; talk to Priya."),
        ),
        referral_answer="Priya Raman from our programme, now at Quantile Analytics; yes, use "
        "Ana's name.",
        notes=(
            "Easy first chat. Ana spends most of her time on data cleaning and meetings with "
            "the trial statisticians, much less on science than she expected. She learned R "
            "properly in her first six months and says her Shiny dashboards got her noticed "
            "more than her papers.\n\nShe thinks I'd enjoy consulting or a biotech data team "
            "more than a hospital, and suggested Priya Raman from our programme."
        ),
        takeaways="- Clinical research runs on data standards (CDISC) more than clever models.\n"
        "- Dashboards and clean code got her noticed more than papers.\n"
        "- Talk to Priya Raman about consulting.",
        rating=4,
        travel_note="Bus 12 from home, 25 minutes. She has to leave by 13:15.",
        thanks_line="Your point about dashboards getting you noticed more than papers has "
        "already changed my plans.",
    ),
    ChatSpec(
        "priya", ("ago", 150, "14:00"), "video", "https://meet.example/alex-priya", "held",
        "You made the jump from plant genomics to consulting, which is close to the move I'm "
        "weighing.",
        "Quantile Analytics: ~120 people, data consultancy with a life-sciences practice "
        "(mid-size pharma, NHS trusts). Priya: PhD plant genomics (Riverside, 2019), two years "
        "at a crop-analytics start-up that folded, Quantile since 2021. Talk at BioData Summit: "
        "'Explaining models to clinicians'.",
        "Understand consulting work day to day; whether a PhD without industry experience is "
        "enough; names of people in biotech data teams.",
        (
            ("background", "You moved from plant genomics to a crop-analytics start-up and "
             "then to Quantile: what made you leave research, and what did the start-up years "
             "teach you?", "Left because the postdoc market felt like a lottery. Start-up: "
             "ship every two weeks, explain results to non-scientists; its failure was the "
             "best training she had."),
            ("typical_day", "What does a normal week on a client project look like for you?",
             "Two projects in parallel; about 40% analysis, 30% meetings, 30% writing. Python "
             "and SQL daily, R for pharma clients."),
            ("challenges", "What's hardest about consulting for life-science clients, and what "
             "keeps you there?", "Deadlines and context switching; the variety and learning a "
             "new domain every few months."),
            ("preparation", "Which skills from your PhD carried over, and which did you have "
             "to learn from scratch?", "Carried over: scepticism, writing. New: SQL, version "
             "control discipline, scoping work with a client."),
            ("my_shoes", "If you were finishing a biology PhD now and wanted a data role in "
             "biotech, what would you do first?", "Public repository of the thesis pipeline; "
             "one clean end-to-end project; talk to people in biotech data teams, not only "
             "consultancies."),
        ),
        referral_answer="Mateus Araújo at Helix Bio (yes, use her name); Tomás Herrera and "
        "Isabela Santos at Quantile.",
        notes=(
            "Priya joined early and had clearly read my message properly: she opened by asking "
            "what I had enjoyed most in the PhD, which made the bio part easy.\n\n"
            "Her path: the plant genomics PhD, then a start-up doing crop analytics that ran "
            "out of money after 14 months. She says that failure taught her more than the PhD: "
            "shipping something every fortnight and explaining results to people who don't "
            "care about p-values. Quantile hired her because she could talk to both the "
            "client's scientists and their managers.\n\n"
            "A typical week: two client projects at once, roughly 40% analysis, 30% meetings "
            "and 30% writing. She was blunt that consulting hours get long near deadlines and "
            "that the variety is the reward.\n\n"
            "On my CV: lead with the analysis work, not the assays, and turn the thesis "
            "pipeline into a small public repository with a clear README. She offered to "
            "introduce me to Mateus at Helix Bio and to two colleagues, Tomás and Isabela."
        ),
        takeaways="- Consulting values communication as much as modelling.\n"
        "- Put the thesis pipeline on GitHub with a README for non-biologists.\n"
        "- Helix Bio is growing a data team after its Series B: talk to Mateus.\n"
        "- SQL matters more than deep learning for most entry roles.",
        rating=5,
        thanks_line="The advice to lead with the analysis rather than the assays is going "
        "straight into my CV, and I'll write to Mateus this week.",
    ),
    ChatSpec(
        "yusuf", ("ago", 130, "10:00"), "phone", "Yusuf calls my mobile", "held",
        "I know very little about medical affairs, which is exactly why I wanted to ask you.",
        "Northbridge Pharma: ~8,000 staff, cardiometabolic and oncology portfolio. Yusuf: "
        "pharmacology PhD, medical science liaison for four years covering the North West.",
        "Random lane: see a pharma role outside data; learn how pharma uses real-world "
        "evidence.",
        (
            ("typical_day", "What does a week as a medical science liaison actually involve?",
             "Three days visiting clinicians, two days reading and internal meetings. A lot "
             "of driving."),
            ("challenges", "What's the most frustrating part of the job, and the most "
             "rewarding?", "Frustrating: slow internal approvals. Rewarding: a consultant "
             "changing practice after a good discussion."),
            ("trends", "How is real-world evidence changing the conversations you have with "
             "clinicians?", "Everyone wants local data; dashboards rarely match the question "
             "the clinician is asking."),
            ("advice", "What would you tell a scientist who wants to work on the data side of "
             "pharma?", "Learn the vocabulary of trials and RWE; a short epidemiology course "
             "helps."),
        ),
        referral_answer="Search Northbridge's RWE team on LinkedIn; no names he was "
        "comfortable sharing yet.",
        notes=(
            "Lively call. A medical science liaison is the scientific bridge between the "
            "company and senior clinicians: no sales targets but three days a week on the "
            "road. He uses real-world evidence dashboards built by the data team and says they "
            "rarely answer the question clinicians ask — a gap I could help fill one day. "
            "Not a role for me, but a useful view of the customer side of pharma data."
        ),
        takeaways="- MSLs consume analytics; they know which questions clinicians ask.\n"
        "- Pharma data teams sit in medical affairs, RWE or translational groups.\n"
        "- Travel-heavy roles are not for me.",
        rating=3,
        thanks_line="Your point that dashboards rarely answer the clinician's real question "
        "is one I keep coming back to.",
    ),
    ChatSpec(
        "mateus", ("ago", 112, "15:30"), "coffee", "Kiln Coffee, Harbour Street (near Helix Bio)",
        "held",
        "Priya suggested you because you moved from immunology into computational biology at a "
        "start-up, and I'd like to understand that jump.",
        "Helix Bio: ~60 people, protein-design start-up, Series B (£40m) this year; automated "
        "wet lab plus ML. Mateus: PhD immunology, postdoc, joined Helix in 2022 as its first "
        "computational biologist; talks about single-cell atlases.",
        "What a computational biologist does at a small biotech; how they hire; whether to "
        "learn ML or stick to statistics.",
        (
            ("background", "You were the first computational biologist at Helix when it had "
             "15 people: how did that come about after an immunology postdoc?", "A friend "
             "from the postdoc lab co-founded it; he had done the single-cell analysis for the "
             "whole lab, so the jump felt natural."),
            ("typical_day", "How is the data team's work split between the platform and the "
             "discovery side?", "Platform = pipelines and LIMS; discovery = models choosing the "
             "next proteins to make. Design review every Thursday."),
            ("challenges", "What surprised you most about working in a start-up after "
             "academia?", "The speed, and that 'good enough by Friday' beats perfect. Also how "
             "much time goes into data plumbing."),
            ("preparation", "When Helix hires into the data team, what convinces you that a "
             "candidate from academia will do well?", "One solid public project, Python and "
             "git, explaining results to bench scientists. PhD expected for discovery roles."),
            ("my_shoes", "If you were in my position, how would you split the next six months "
             "between machine learning and statistics or engineering?", "Engineering and "
             "statistics first; enough ML to discuss active learning."),
        ),
        referral_answer="Kwame Mensah (his manager), in a couple of months once the hiring "
        "plan is set — may use his name. Jun Park for protein design.",
        notes=(
            "Met at Kiln Coffee; Mateus had brought a colleague's lanyard by mistake, which "
            "made a good icebreaker.\n\n"
            "He joined Helix as its first computational biologist when it was 15 people and "
            "did everything at first: pipelines, databases, even ordering servers. Now six "
            "people work in data science under Kwame Mensah, split into platform (pipelines, "
            "LIMS integration) and discovery (models that choose which proteins to make "
            "next).\n\n"
            "A normal day: stand-up with the wet-lab team at 9:30, then analysis; Thursday is "
            "design review, where biologists and modellers argue about the next batch. "
            "Biologists who code are rare and valued because they know where the data comes "
            "from and when it is lying.\n\n"
            "Hiring: one solid public project, comfort with Python and git, and explaining a "
            "result to a bench scientist. He suggested talking to Kwame once the Series B "
            "hiring plan is settled, and mentioned Jun Park on the protein-design side. "
            "He was happy for me to stay in touch: 'send me the repo when it's up'."
        ),
        takeaways="- Small biotechs value biologists who code and understand the wet lab.\n"
        "- Discovery roles want a PhD plus one convincing public project.\n"
        "- Reach Kwame Mensah once the hiring plan is settled (~2 months).\n"
        "- Enough ML to talk about active learning; statistics still matter more.",
        rating=5,
        travel_note="Train to Cambridge, then a 15-minute walk. Bring the printed prep sheet.",
        thanks_line="Hearing how the Thursday design reviews work made the job feel real, and "
        "I'll send you the repository once it's up.",
    ),
    ChatSpec(
        "sofia", ("ago", 95, "11:00"), "video", "https://meet.example/alex-sofia", "held",
        "We met at BioData Summit; your move from marine biology into policy is the path I "
        "know least about.",
        "Public Science Council: government agency advising ministers on research funding, "
        "~300 staff. Sofia: PhD marine ecology, two-year policy fellowship, adviser for life "
        "sciences since 2023; co-wrote the Council's report on genomic data sharing.",
        "Understand what policy advisers actually do; whether a data background helps; how the "
        "fellowship works.",
        (
            ("background", "You went from marine ecology fieldwork to advising on life-science "
             "policy: what pulled you toward policy?", "Frustration that good evidence was "
             "ignored; the fellowship let her test policy for a year."),
            ("typical_day", "What does a typical week look like when a briefing is due?",
             "Two-page briefings, meetings across departments, ministers' questions at short "
             "notice."),
            ("trends", "Where will data skills make the biggest difference in science policy "
             "over the next few years?", "Health-data sharing, AI regulation, research-funding "
             "analytics."),
            ("advice", "What would make an application to the policy fellowship stand out?",
             "Show you can write for non-experts; one example of evidence changing a "
             "decision."),
        ),
        referral_answer="Oluwaseun Adeyemi, her team lead; yes, mention her.",
        notes=(
            "Policy work is mostly writing short briefings under time pressure and building "
            "relationships across departments. Evidence matters but timing matters more. "
            "Data skills are rare there: she often needs someone to check a number quickly or "
            "turn a dataset into one clear chart for a minister. The fellowship (one year, "
            "applications each autumn) is how most scientists get in."
        ),
        takeaways="- Policy = short writing under time pressure; one clear chart is gold.\n"
        "- The fellowship (applications each autumn) is the usual way in.\n"
        "- Talk to Oluwaseun about health-data policy.",
        rating=4,
        thanks_line="The idea that one clear chart can matter more than a long report is "
        "something I'll practise.",
    ),
    ChatSpec(
        "hiroshi", ("ago", 75, "16:00"), "phone", "Hiroshi calls my mobile", "held",
        "You went from neuroscience to product management in health tech; I wonder whether "
        "product is a place for someone who loves data.",
        "Pulsewise Health: scale-up (~350 staff) selling remote-monitoring software to "
        "hospitals; Series C last year. Hiroshi: PhD neuroscience, analyst at a wearables "
        "company, product manager for the clinical AI features since 2022.",
        "Wide lane: see the product side; learn how health-tech teams work with hospitals and "
        "their data.",
        (
            ("background", "What made you move from analysing wearable data to owning the "
             "product?", "Kept being asked 'what should we build?' in analysis meetings; moved "
             "when a PM left."),
            ("challenges", "What's the hardest part of building clinical AI features that "
             "hospitals actually use?", "Data quality from hospital systems, regulatory "
             "sign-off, clinician trust."),
            ("trends", "How will the regulation of AI in medical devices change the work in "
             "the next couple of years?", "More documentation and post-market monitoring; "
             "people who understand data lineage will be in demand."),
            ("advice", "Which resources would you suggest for understanding health-tech "
             "product work from the outside?", "MHRA guidance on software as a medical device; "
             "two product newsletters he'll send."),
        ),
        referral_answer="Amara Okafor (clinical data manager, St Brigid's) and Ravi Shah (data "
        "engineer, Pulsewise); use his name for both.",
        notes=(
            "Hiroshi splits the work into discovery (talking to clinicians and data teams), "
            "deciding what to build, and shipping it safely under medical-device rules. The "
            "hardest part is data quality from hospital systems: half his job is negotiating "
            "with clinical data managers. He suggested seeing the hospital side through Amara "
            "Okafor, a former colleague, and the engineering side through Ravi on his team."
        ),
        takeaways="- Health-tech product work is half negotiating data access and quality.\n"
        "- Medical-device regulation shapes everything: learn the basics.\n"
        "- Talk to a clinical data manager (Amara) and a data engineer (Ravi).",
        rating=4,
        thanks_line="Thank you too for the introductions to Amara and Ravi; I'll write to both "
        "and mention you.",
    ),
    ChatSpec(
        "oluwaseun", ("ago", 60, "10:30"), "in_person",
        "Public Science Council, 1 Lantern Square, meeting room 3B", "held",
        "Sofia suggested you because you write the Council's health-data briefings, which is "
        "where my data background and my interest in policy meet.",
        "Oluwaseun: MSc epidemiology, NHS analyst for five years, at the Council since 2021. "
        "Leads the briefings on health-data sharing; recent paper on trusted research "
        "environments.",
        "Understand how analysis feeds into policy advice; what the Council looks for in "
        "fellows; meet someone senior.",
        (
            ("typical_day", "How does a piece of analysis become advice to a minister in your "
             "team?", "Analysts, then a one-page note from his team, two reviews, then the "
             "minister's office. Numbers are checked twice."),
            ("challenges", "What makes the job hard, and what keeps you here after five years "
             "in the NHS?", "Slow progress and lower pay; the impact and humane hours keep "
             "him."),
            ("preparation", "Which skills from your NHS analyst years turned out most valuable "
             "here?", "Judging data quality fast; explaining uncertainty in plain words."),
            ("advice", "How would you prepare for the fellowship's briefing exercise if you "
             "were applying this year?", "Practise writing one page in 90 minutes on a news "
             "story; get it reviewed by someone outside science."),
            ("trends", "Which health-data policy questions will matter most over the next two "
             "years?", "Trusted research environments, AI in diagnostics, consent for data "
             "sharing."),
        ),
        referral_answer="Fatima Al-Sayed, Head of Research Strategy; yes, use his name.",
        notes=(
            "The Council's office is quieter than I expected: open plan, lots of people on "
            "calls. Oluwaseun met me at reception and we talked in a small meeting room.\n\n"
            "He describes his job as translation: analysts and researchers produce evidence, "
            "ministers need a decision on one page. Most of his week is drafting, checking "
            "numbers and meetings with the health department. When a story breaks, everything "
            "else stops.\n\n"
            "He thinks the Council badly needs people who can read code and judge whether an "
            "analysis is sound, not necessarily write it. Epidemiology vocabulary helps a lot. "
            "He was candid that pay is lower than industry and progress slow, but the work "
            "matters and the hours are humane.\n\n"
            "The fellowship: about ten places a year, applications in the autumn; the "
            "interview includes a timed written briefing. He offered to share an old practice "
            "exercise and suggested I meet Fatima Al-Sayed, who chairs the fellowship panel."
        ),
        takeaways="- Policy needs people who can judge an analysis quickly.\n"
        "- The fellowship interview includes a timed briefing: practise one.\n"
        "- Lower pay, humane hours, visible impact.\n"
        "- Meet Fatima Al-Sayed (chairs the fellowship panel).",
        rating=4,
        travel_note="Train to Central, then a 12-minute walk. Sign in at reception with photo "
        "ID; arrive 10 minutes early. Office dress.",
        thanks_line="The practice briefing exercise you offered would be a great help, and "
        "I'll write to Fatima and mention you.",
    ),
    ChatSpec(
        "chiara", ("ago", 50, "13:30"), "video", "https://meet.example/alex-chiara", "held",
        "Same PhD programme, a decade apart: I'm curious how a scientist ends up shaping what "
        "gets published.",
        "Open Life Review: open-access journal, ~4,000 papers a year, strict open-data "
        "policy. Chiara: PhD genomics (2012), postdoc, editor since 2016.",
        "Wide lane: learn about editorial careers; see whether journals have data roles.",
        (
            ("background", "How did you decide to leave the bench for editing, and what did "
             "you miss afterwards?", "Wanted breadth; misses the eureka moments but not the "
             "grant cycle."),
            ("typical_day", "What does a normal week as a senior editor look like?",
             "About 30 new submissions triaged, chasing reviewers, one editorial meeting."),
            ("trends", "How is the open-data policy changing what editors and authors have to "
             "do?", "Every accepted paper now has its code and data checked; authors grumble, "
             "then thank them."),
        ),
        referral_answer="Grace Mwangi, who leads the data editors; yes, mention Chiara.",
        notes=(
            "Friendly but rushed (a deadline); we kept to 25 minutes. Editorial work is "
            "reading, judging and managing reviewers: less science than she hoped, more "
            "people management. The interesting part for me: a small team of data editors now "
            "checks the code and data of every accepted paper."
        ),
        takeaways="- Editorial careers: breadth over depth, lots of reviewer wrangling.\n"
        "- Journals employ data editors to check code and data: a real niche.\n"
        "- Talk to Grace Mwangi.",
        rating=3,
        thanks_line="I hadn't known journals had data editors at all; I'll write to Grace.",
    ),
    ChatSpec(
        "elena", ("ago", 42, "11:30"), "coffee", "Senate House café, Riverside campus", "held",
        "You taught my bioentrepreneurship module; I'd like to understand the commercial side "
        "of science better, even if it is a detour.",
        "Riverside University Innovation Office: ~40 staff, licenses university IP and spins "
        "out ~6 start-ups a year. Elena: PhD chemistry, patent attorney for eight years, "
        "licensing manager since 2020.",
        "Random lane: understand tech transfer; hear how start-ups are funded; meet someone in "
        "venture capital.",
        (
            ("typical_day", "What happens between a researcher filing an invention disclosure "
             "and a licence being signed?", "Assessment, patent filing, marketing to "
             "companies, negotiation: 6 to 18 months."),
            ("challenges", "What is the hardest conversation you have with academics?",
             "Explaining that a discovery is interesting but not yet investable."),
            ("advice", "What would you suggest to someone who wants to understand the "
             "commercial side of biotech quickly?", "Read three pitch decks and one term "
             "sheet; talk to an investor."),
        ),
        referral_answer="Daniel Cohen at Catalyst Bio Ventures (her former intern); yes, use "
        "her name.",
        notes=(
            "Elena assesses invention disclosures, negotiates licences and helps academics form "
            "spin-outs. Biology PhDs do well in tech transfer because they can read the science "
            "and judge the market; data skills are increasingly used to value portfolios."
        ),
        takeaways="- Tech transfer = science + negotiation + a little law.\n"
        "- Investors and tech-transfer offices value people who can read a data package "
        "critically.\n- Talk to Daniel (venture capital).",
        rating=4,
        travel_note="Walk from the library, 5 minutes. She has a meeting at 12:15.",
        thanks_line="Reading three pitch decks and a term sheet is now on my list for this "
        "month.",
    ),
    ChatSpec(
        "tomas", ("ago", 30, "09:30"), "video", "https://meet.example/alex-tomas", "no_show",
        "Priya suggested you; I'd like to hear how you found your feet as a consultant.",
        "Tomás: MSc statistics (Madrid), two years at Quantile on retail and health projects.",
        "Deep lane: the junior consultant's view of Quantile.",
        (
            ("typical_day", "What does a typical project look like for a junior consultant at "
             "Quantile?", ""),
            ("preparation", "What helped you most when you moved from your MSc into "
             "consulting?", ""),
            ("advice", "What would you suggest I learn before talking to consultancies?", ""),
        ),
        notes="He didn't join; I waited 15 minutes and sent a short note. He replied two days "
        "later (off sick) and asked to rebook next month.",
    ),
    ChatSpec(
        "daniel", ("ago", 24, "14:30"), "video", "https://meet.example/alex-daniel", "held",
        "Elena suggested you because you went from the bench to reading twenty pitch decks a "
        "week; I want to see how investors judge biotech data.",
        "Catalyst Bio Ventures: £250m early-stage fund, 18 portfolio companies including Helix "
        "Bio. Daniel: MSc biochemistry, two years as a research technician, associate since "
        "2023.",
        "Random lane: see biotech from the investor side; learn how due diligence treats data.",
        (
            ("background", "How did you move from a research technician role into venture "
             "capital?", "A fund's scientific fellowship, then associate; no MBA."),
            ("typical_day", "What does due diligence on a biotech's data package involve in "
             "practice?", "Read the data room, talk to the scientists, re-run one key analysis "
             "when possible."),
            ("trends", "Which kinds of biotech companies are investors most excited about right "
             "now, and why?", "Platforms combining automation and ML (like Helix); tools for "
             "clinical data."),
            ("advice", "If I wanted to be useful to a fund like yours as a data person, where "
             "would I start?", "Re-analyse a public dataset from a portfolio company's paper as "
             "a sample."),
        ),
        referral_answer="Mei Lin Chen, the partner who led the Helix deal; he'll mention me too.",
        notes=(
            "Daniel screens decks, runs technical due diligence and supports the portfolio. Most "
            "biotech decks oversell their data; the best diligence is re-running a company's "
            "key analysis. Catalyst has no in-house data scientist and sometimes hires "
            "consultants for that, a possible freelance angle."
        ),
        takeaways="- Technical due diligence often means re-running the key analysis.\n"
        "- Funds hire data consultants ad hoc: a freelance angle.\n"
        "- Mei Lin Chen led the Helix Bio deal: useful before meeting Kwame.",
        rating=4,
        thanks_line="The idea of re-analysing a public dataset from a portfolio company is a "
        "project I can start this week.",
    ),
    ChatSpec(
        "nadia", ("ago", 12, "12:00"), "coffee",
        "Ground Floor Café, Common Cures Foundation, 22 Wren Street", "cancelled",
        "My sister suggested you; rare-disease data sounds like a place where small datasets and "
        "a lot of care matter.",
        "Common Cures Foundation: charity funding rare-disease research, patient registry of "
        "~9,000 participants. Nadia: PhD genetics, programme manager since 2022.",
        "Random lane: how non-profits use data.",
        (),
        notes="Nadia cancelled the morning before: her board meeting moved. Rebooked.",
        travel_note="Bus 38, then a 5-minute walk.",
    ),
    ChatSpec(
        "fatima", ("overdue", 0, ""), "in_person",
        "Public Science Council, 1 Lantern Square, 5th floor", "held",
        "Oluwaseun suggested you since you chair the fellowship panel; I want to understand "
        "where someone with lab and data experience could be most useful in research strategy.",
        "Fatima: PhD cell biology, six years at a research funder, Head of Research Strategy "
        "since 2022; leads the Research Strategy 2030 consultation; chairs the science policy "
        "fellowship panel. The annual report highlights a new data strategy team.",
        "Understand what her team needs in the next two years; what makes a strong fellow; "
        "the new data strategy team.",
        (
            ("background", "You moved from a research funder to leading strategy here: what "
             "drew you to the Council?", "Wanted to shape advice across all funders, not one "
             "portfolio."),
            ("trends", "What questions will the new data strategy team tackle first?",
             "Data sharing and reuse across funders; the cost of data infrastructure."),
            ("challenges", "What is hardest about recruiting for that team?", "Finding research "
             "experience, coding and writing for ministers in one person."),
            ("advice", "What distinguishes the fellows who thrive in their year here?",
             "Judgement, clear writing, curiosity about how government works."),
            ("my_shoes", "If you were me, how would you use the months before the fellowship "
             "applications open?", "Write two public briefings on data topics; read the 2030 "
             "consultation; talk to Emeka."),
        ),
        referral_answer="Emeka Nwosu, data policy lead; yes, use her name.",
        notes=(
            "Fatima gave a generous 30 minutes and kept exactly to time; I started the referral "
            "question at minute 25.\n\n"
            "Her team sets the Council's priorities for research funding advice. The new data "
            "strategy team (three people now, growing to six) will look at how research data "
            "is shared and reused across funders. They struggle to find people who have done "
            "real research, can code, and can write for ministers: 'you rarely get all "
            "three'.\n\n"
            "On the fellowship: the panel looks for judgement and clear writing, not policy "
            "knowledge. Fellows spend a year in one team; two of last year's stayed on. She "
            "hinted that a fellow in the data strategy team would be welcome this year.\n\n"
            "She offered to send the draft data-infrastructure section of the Research "
            "Strategy 2030 consultation and suggested I talk to Emeka Nwosu, using her name."
        ),
        takeaways="- The data strategy team wants research + code + writing: my profile fits.\n"
        "- The fellowship panel looks for judgement and clear writing.\n"
        "- A fellow in data strategy would be welcome this year: apply in the autumn.\n"
        "- She'll send the Research Strategy 2030 data section; remind her in the thank-you.\n"
        "- Talk to Emeka Nwosu next.",
        rating=5,
        travel_note="Train to Central, 12-minute walk. Photo ID for reception; arrive 10 "
        "minutes early. Office dress.",
    ),
    ChatSpec(
        "amara", ("thank_you_due", 0, ""), "video", "https://meet.example/alex-amara", "held",
        "Hiroshi suggested you because you see health data from the hospital side; I'd like to "
        "understand what clinical data management involves.",
        "St Brigid's Clinical Research Unit: ~40 trials at once, cardiology and oncology. "
        "Amara: BSc pharmacology, eight years in trial data management, clinical data manager "
        "since 2021; Hiroshi's former colleague at a CRO.",
        "Wide lane: trial data management and standards; whether hospital research units hire "
        "data scientists.",
        (
            ("typical_day", "What does a typical week look like for a clinical data manager in "
             "the cardiology unit?", "Case report form design, queries with research nurses, "
             "preparing database locks."),
            ("challenges", "What goes wrong most often with trial data, and how do you catch "
             "it?", "Inconsistent entry across sites; automated edit checks plus a weekly "
             "review."),
            ("trends", "How is the new trials platform changing who the unit hires?", "Its "
             "first data scientists: people who understand both standards and code."),
            ("advice", "What would help a biologist become credible in clinical data work "
             "quickly?", "A CDISC basics course; one mock dataset in SDTM format."),
        ),
        referral_answer="Lucas Moreau, Research Informatics Lead (her manager); yes, use her "
        "name.",
        notes=(
            "Amara manages the databases for the cardiology trials: designing case report "
            "forms, cleaning data, preparing locked datasets for the statisticians. Data "
            "management is invisible until it goes wrong.\n\n"
            "The unit is building a new trials data platform and hiring its first data "
            "scientists under Lucas Moreau. She promised to send the link to the unit's CDISC "
            "training course, which is open to external people."
        ),
        takeaways="- Trial data management is about standards (CDISC) and process.\n"
        "- St Brigid's is hiring its first data scientists: talk to Lucas.\n"
        "- Amara will send the CDISC training link; remind her in the thank-you.",
        rating=4,
    ),
    ChatSpec(
        "grace", ("today", 0, ""), "video", "https://meet.example/alex-grace", "scheduled",
        "Chiara suggested you because you check the code and data behind every accepted "
        "paper, an unusual role I'd love to understand.",
        "Grace: MSc bioinformatics (Nairobi), research software engineer at a genomics "
        "institute, data editor at Open Life Review since 2022, works remotely. Her team of "
        "four checks reproducibility for ~4,000 papers a year; she wrote the journal's "
        "code-review checklist.",
        "Understand what a data editor does all day; how the team hires; what a remote career "
        "looks like.",
        (
            ("background", "You moved from research software engineering into a journal: what "
             "made the editorial side appealing?", ""),
            ("typical_day", "What does checking the code and data for a paper involve, from "
             "submission to acceptance?", ""),
            ("challenges", "What are the most common problems you find, and how do authors "
             "react?", ""),
            ("trends", "How do you see reproducibility checks changing over the next few "
             "years?", ""),
            ("advice", "What would you suggest I do to build credibility in research software "
             "and reproducibility?", ""),
        ),
    ),
    ChatSpec(
        "kwame", ("ahead", 3, "14:00"), "in_person",
        "Helix Bio, 40 Harbour Street, Cambridge (2nd floor)", "scheduled",
        "Mateus suggested you; I'm weighing how a biologist who codes can be most useful in a "
        "data team like yours.",
        "Kwame: MSc statistics (Accra), PhD biostatistics, six years in translational data "
        "sciences at Northbridge Pharma, Director of Data Science at Helix since 2023. Team of "
        "six split into platform and discovery. Series B led by Catalyst Bio Ventures (Mei Lin "
        "Chen); new automated lab opening this year. Blog post: 'Active learning in the wet "
        "lab'.",
        "How the data team will grow after the Series B; what he looks for in people from "
        "academia; whether Helix takes on contract or internship work. Do not ask for a job.",
        (
            ("background", "You moved from translational data science at Northbridge to "
             "building a team at a start-up: what made you take that step?", ""),
            ("typical_day", "How do the platform and discovery sides of your team work with "
             "the wet lab day to day?", ""),
            ("challenges", "What has been the hardest part of growing the data team since the "
             "Series B?", ""),
            ("trends", "Your post on active learning described closing the loop between models "
             "and experiments: where do you think that approach will be in three years?", ""),
            ("preparation", "When someone joins your team from academia, what do they usually "
             "have to learn first?", ""),
            ("my_shoes", "If you were a biology PhD who codes and wanted to be useful to a team "
             "like yours in a year's time, what would you focus on?", ""),
        ),
        travel_note="Train to Cambridge, then a 15-minute walk. Visitor badge at reception; "
        "arrive 10 minutes early. Smart casual. Printed CV in the bag, but only if he asks.",
    ),
    ChatSpec(
        "nadia", ("ahead", 6, "12:30"), "coffee",
        "Ground Floor Café, Common Cures Foundation, 22 Wren Street", "scheduled",
        "My sister suggested you; rare-disease data sounds like a place where small datasets and "
        "a lot of care matter, and I'd like to hear how you work.",
        "Common Cures Foundation: charity funding rare-disease research; runs a patient "
        "registry with ~9,000 participants. Nadia: PhD genetics, three years at a patient "
        "charity, programme manager since 2022.",
        "Random lane: how non-profits use data; patient registries; culture compared with "
        "industry.",
        (
            ("background", "How did you come to rare-disease work after your genetics PhD?",
             ""),
            ("typical_day", "What does running a patient registry involve week to week?", ""),
            ("challenges", "Do you enjoy working there?", ""),
            ("trends", "How are patient groups changing the way rare-disease research is done?",
             ""),
        ),
        travel_note="Bus 38, then a 5-minute walk. She has until 13:15.",
    ),
    ChatSpec(
        "ravi", ("ahead", 9, "10:00"), "phone", "Ravi calls my mobile", "scheduled",
        "Hiroshi suggested you; I'd like to understand data engineering in health tech and "
        "whether it suits someone from research.",
        "Ravi: BSc physics, backend developer, data engineer at Pulsewise since 2021; maintains "
        "the pipelines that ingest hospital data (HL7, FHIR). Speaks at PyData Leeds.",
        "Deep lane: the engineering side; which tools matter; how engineers and scientists "
        "work together at Pulsewise.",
        (
            ("typical_day", "What does a typical day maintaining the hospital data pipelines "
             "look like?", ""),
            ("challenges", "What makes hospital data hard to work with compared with other "
             "data you've handled?", ""),
            ("preparation", "Which tools or habits would you learn first if you were moving "
             "from research analysis into data engineering?", ""),
        ),
    ),
)

# contact, kind, channel, anchor, offset, reply after hours, custom body.
# Anchors: "chat" = the contact's first chat start + offset days; "end" = the end of
# their last held chat + offset days; "ago" = offset calendar days before today
# (weekend → Friday); "bd" = offset business days before today.
MESSAGES: tuple[tuple[str, str, str, str, float, float | None, str], ...] = (
    ("ana", "outreach", "email", "chat", -6, 2.5, ""),
    ("ana", "thank_you", "email", "end", 0.3, 5.0, ""),
    ("priya", "outreach", "email", "chat", -9, 6.0, ""),
    ("priya", "thank_you", "email", "end", 0.2, 22.0, ""),
    ("yusuf", "outreach", "linkedin", "chat", -10, 30.0, ""),
    ("yusuf", "thank_you", "email", "end", 1.0, None, ""),
    ("mateus", "outreach", "email", "chat", -7, 4.0, ""),
    ("mateus", "thank_you", "email", "end", 0.25, 3.0, ""),
    ("sofia", "outreach", "linkedin", "chat", -14, 50.0, ""),
    ("sofia", "thank_you", "email", "end", 0.2, 18.0, ""),
    ("ana", "update", "email", "ago", 80, 20.0,
     "Hi Ana,\n\nA quick update: I've now had great chats with Priya and, through her, "
     "Mateus at Helix Bio. Your advice to build one public project was spot on; my "
     "trial-data dashboard is half done. Thank you again!\n\nAlex"),
    ("hiroshi", "outreach", "linkedin", "chat", -9, 12.0, ""),
    ("hiroshi", "thank_you", "linkedin", "end", 0.2, 2.0, ""),
    ("henrik", "outreach", "linkedin", "ago", 62, None, ""),
    ("oluwaseun", "outreach", "email", "chat", -11, 26.0, ""),
    ("henrik", "follow_up", "linkedin", "ago", 50, None, ""),
    ("oluwaseun", "thank_you", "email", "end", 0.3, None, ""),
    ("priya", "update", "email", "ago", 55, 30.0,
     "Hi Priya,\n\nThree months on, a quick update: the thesis pipeline is on GitHub with a "
     "README for non-biologists, as you suggested, and Mateus was generous with his time. "
     "I'm now also exploring science policy. Thanks again for starting the chain!\n\nAlex"),
    ("chiara", "outreach", "email", "chat", -10, 9.0, ""),
    ("chiara", "thank_you", "email", "end", 1.1, None, ""),
    ("elena", "outreach", "email", "chat", -6, 3.0, ""),
    ("elena", "thank_you", "email", "end", 0.2, 16.0, ""),
    ("tomas", "outreach", "email", "chat", -8, 20.0, ""),
    ("daniel", "outreach", "linkedin", "chat", -9, 30.0, ""),
    ("tomas", "follow_up", "email", "chat", 1, 44.0,
     "Hi Tomás,\n\nSorry we missed each other yesterday; I hope you are well. Would another "
     "30 minutes in the next few weeks suit you?\n\nBest wishes,\nAlex"),
    ("nadia", "outreach", "email", "chat", -10, 3.0, ""),
    ("daniel", "thank_you", "email", "end", 0.25, 5.0, ""),
    ("grace", "outreach", "email", "ago", 20, None, ""),
    ("fatima", "outreach", "email", "chat", -12, 70.0, ""),
    ("meilin", "outreach", "email", "bd", 9, None, ""),
    ("amara", "outreach", "email", "chat", -8, 28.0, ""),
    ("isabela", "outreach", "linkedin", "ago", 12, 40.0, ""),
    ("nadia", "follow_up", "email", "chat", 1, 20.0,
     "Hi Nadia,\n\nNo problem at all about the board meeting. Would next week suit you "
     "instead, perhaps Tuesday or Thursday around lunchtime?\n\nBest wishes,\nAlex"),
    ("kwame", "outreach", "email", "ago", 10, 45.0, ""),
    ("grace", "follow_up", "email", "ago", 10, 26.0, ""),
    ("mateus", "update", "email", "ago", 9, 6.0,
     "Hi Mateus,\n\nA quick note to say I've written to Kwame, as you suggested, and "
     "mentioned you. The repository is up too: thank you again for your advice.\n\nAlex"),
    ("kofi", "outreach", "email", "ago", 8, 48.0, ""),
    ("ravi", "outreach", "email", "ago", 7, 50.0, ""),
    ("jonas", "outreach", "linkedin", "bd", 5, None, ""),
    ("ines", "outreach", "linkedin", "bd", 1, None, ""),
)

# Tasks the rules do not raise themselves: promised resources and referrals to
# contact. contact, chat of (whose latest chat it came from), kind, title, detail,
# due in days from now, done (when the first message to the contact was sent).
MANUAL_TASKS: tuple[tuple[str, str, str, str, str, float, bool], ...] = (
    ("amara", "amara", "resource", "Amara promised: the link to St Brigid's CDISC course",
     "She offered the link to the unit's CDISC training course (open to external people). "
     "Remind her in the thank-you note.", 1.5, False),
    ("fatima", "fatima", "resource",
     "Fatima promised: the Research Strategy 2030 data section",
     "The draft data-infrastructure section of the consultation. Mention it in the "
     "thank-you note.", -0.5, False),
    ("emeka", "fatima", "referral", "Reach out to Emeka Nwosu (mention Fatima Al-Sayed)",
     "Fatima suggested Emeka for the data-policy side and said to use her name.", 2.0, False),
    ("lucas", "amara", "referral", "Reach out to Lucas Moreau (mention Amara Okafor)",
     "Amara's manager; he is hiring the first data scientists for the trials platform.",
     3.0, False),
    ("kwame", "mateus", "referral", "Reach out to Kwame Mensah (mention Mateus Araújo)",
     "Mateus suggested waiting until the Series B hiring plan was settled.", -11.0, True),
)

_SOURCE_PHRASES = {
    "Alumni database": "the alumni database",
    "LinkedIn": "LinkedIn",
    "Event": "an event",
}


# --------------------------------------------------------------------------
# Time helpers: local working hours in ``tz``, stored as naive UTC
# --------------------------------------------------------------------------


def _as_utc(now: datetime | None) -> datetime:
    """An aware UTC 'now'; a naive value is read as UTC like every stored time."""
    if now is None:
        return datetime.now(timezone.utc)
    if now.tzinfo is None or now.utcoffset() is None:
        return now.replace(tzinfo=timezone.utc)
    return now.astimezone(timezone.utc)


def _naive(value: datetime) -> datetime:
    return value.astimezone(timezone.utc).replace(tzinfo=None)


def _aware(value: datetime) -> datetime:
    return value.replace(tzinfo=timezone.utc)


def _at(day: date, clock: time, tz: tzinfo) -> datetime:
    """Local wall-clock time on ``day`` as an aware UTC datetime."""
    return datetime.combine(day, clock, tzinfo=tz).astimezone(timezone.utc)


def _clock(hhmm: str) -> time:
    hours, minutes = hhmm.split(":")
    return time(int(hours), int(minutes))


def _weekday_back(day: date) -> date:
    while day.weekday() >= 5:
        day -= timedelta(days=1)
    return day


def _weekday_forward(day: date) -> date:
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day


def _slot_at_or_before(moment: datetime, tz: tzinfo) -> datetime:
    """The latest half-hour chat slot in local working hours not after ``moment``."""
    local = moment.astimezone(tz)
    day, clock = local.date(), local.time()
    if day.weekday() < 5 and clock >= WORK_START:
        slot = LAST_START if clock >= LAST_START else time(clock.hour, clock.minute // 30 * 30)
        return _at(day, slot, tz)
    return _at(_weekday_back(day - timedelta(days=1)), LAST_START, tz)


def _later_today(now: datetime, tz: tzinfo) -> datetime:
    """A slot at least two hours ahead today, else 09:30 on the next weekday."""
    local = now.astimezone(tz)
    day = local.date()
    soon = local.replace(tzinfo=None) + timedelta(hours=2)
    if day.weekday() < 5 and soon.date() == day:
        minutes = soon.hour * 60 + soon.minute + (1 if soon.second or soon.microsecond else 0)
        minutes = max(-(-minutes // 30) * 30, WORK_START.hour * 60 + WORK_START.minute)
        if minutes <= LAST_START.hour * 60 + LAST_START.minute:
            return _at(day, time(minutes // 60, minutes % 60), tz)
    return _at(_weekday_forward(day + timedelta(days=1)), WORK_START, tz)


def _thank_you_due_slot(now: datetime, tz: tzinfo) -> datetime:
    """A chat that ended about 20 hours ago; earlier today if the last working day is far."""
    slot = _slot_at_or_before(now - timedelta(hours=20, minutes=30), tz)
    if now - slot > timedelta(hours=40):
        slot = max(slot, _slot_at_or_before(now - timedelta(minutes=90), tz))
    return slot


def _chat_start(when: tuple[str, int, str], now: datetime, tz: tzinfo) -> datetime:
    rule, days, hhmm = when
    today = now.astimezone(tz).date()
    if rule == "ago":
        return _at(_weekday_back(today - timedelta(days=days)), _clock(hhmm), tz)
    if rule == "ahead":
        return _at(_weekday_forward(today + timedelta(days=days)), _clock(hhmm), tz)
    if rule == "today":
        return _later_today(now, tz)
    if rule == "thank_you_due":
        return _thank_you_due_slot(now, tz)
    if rule == "overdue":
        return _slot_at_or_before(now - timedelta(days=3), tz)
    raise ValueError(f"unknown chat time rule: {rule!r}")


def _waking(moment: datetime, tz: tzinfo) -> datetime:
    """``moment``, or 08:00 local when it falls in the night (people reply by day)."""
    local = moment.astimezone(tz)
    if local.hour < 8:
        return _at(local.date(), time(8, local.minute), tz)
    if local.hour >= 21:
        return _at(local.date() + timedelta(days=1), time(8, local.minute), tz)
    return moment


def _business_days_ago(now: datetime, days: int, tz: tzinfo, clock: time) -> datetime:
    day = now.astimezone(tz).date()
    while days > 0:
        day -= timedelta(days=1)
        if day.weekday() < 5:
            days -= 1
    return _at(day, clock, tz)


# --------------------------------------------------------------------------
# The plan: every time and text worked out before anything is written
# --------------------------------------------------------------------------

_CONTACTS_BY_KEY = {row[0]: row for row in CONTACTS}
_ORG_NAMES = {key: name for key, name, _domain, _notes in ORGANISATIONS}
_ORG_DOMAINS = {key: domain for key, _name, domain, _notes in ORGANISATIONS}


def _slug(text: str) -> str:
    """ASCII, lower case, letters, digits and hyphens: 'Araújo' → 'araujo'."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "".join(ch for ch in ascii_text.lower() if ch.isalnum() or ch == "-")


def _first_name(key: str) -> str:
    return _CONTACTS_BY_KEY[key][1]


def _full_name(key: str) -> str:
    row = _CONTACTS_BY_KEY[key]
    return f"{row[1]} {row[2]}"


@dataclass
class _PlannedChat:
    spec: ChatSpec
    start: datetime  # aware UTC, like every time in the plan
    actual_start: datetime | None
    actual_end: datetime | None
    status: str


@dataclass(frozen=True)
class _PlannedMessage:
    contact: str
    kind: str
    channel: str
    sent: datetime
    replied: datetime | None
    subject: str
    body: str


def _plan_chats(now: datetime, tz: tzinfo, rng: random.Random) -> list[_PlannedChat]:
    planned = []
    for spec in CHATS:
        start = _chat_start(spec.when, now, tz)
        actual_start = actual_end = None
        if spec.status == "held":
            actual_start = start + timedelta(minutes=rng.randint(0, 3))
            actual_end = actual_start + timedelta(minutes=rng.randint(28, 34))
        planned.append(_PlannedChat(spec, start, actual_start, actual_end, spec.status))
    return planned


def _outreach_text(key: str) -> tuple[str, str]:
    """Subject and body of a first message: connection first, a question, no job request."""
    row = _CONTACTS_BY_KEY[key]
    org, referrer = _ORG_NAMES[row[3]], row[7]
    if referrer is not None:
        subject = f"{_first_name(referrer)} suggested I get in touch"
        opener = (
            f"{_full_name(referrer)} suggested I get in touch with you, as your experience "
            f"at {org} is exactly what I hope to understand."
        )
    else:
        subject = f"Your work at {org}"
        source = _SOURCE_PHRASES.get(row[5], row[5].lower())
        opener = COLD_OPENERS.get(key) or (
            f"I found you through {source} ({row[6]}), and your path to {org} interests me."
        )
    body = (
        f"Hi {row[1]},\n\n{opener} I'm Alex, a biology PhD exploring data work in biotech.\n\n"
        "Would you have 30 minutes in the next few weeks to tell me about your path and your "
        f"work? {AVAILABILITY[0].upper()}{AVAILABILITY[1:]} are free, but I can fit around "
        "you. I'm not looking for a job, just your story and advice.\n\nBest wishes,\nAlex"
    )
    return subject, body


def _plan_messages(
    now: datetime, tz: tzinfo, rng: random.Random, chats: Sequence[_PlannedChat]
) -> list[_PlannedMessage]:
    first_chat: dict[str, _PlannedChat] = {}
    last_held: dict[str, _PlannedChat] = {}
    for chat in sorted(chats, key=lambda c: c.start):
        first_chat.setdefault(chat.spec.contact, chat)
        if chat.actual_end is not None:
            last_held[chat.spec.contact] = chat
    thread_subject: dict[str, str] = {}
    first_sent: dict[str, datetime] = {}
    latest = now - timedelta(minutes=10)
    planned = []
    for key, kind, channel, anchor, offset, reply_hours, custom in MESSAGES:
        if anchor == "chat":
            sent = first_chat[key].start + timedelta(days=offset)
            local = sent.astimezone(tz)
            sent = _at(_weekday_back(local.date()), local.time(), tz)
        elif anchor == "end":
            end = last_held[key].actual_end
            assert end is not None
            sent = end + timedelta(days=offset)
        else:
            clock = time(rng.randint(8, 17), rng.randrange(0, 60, 5))
            if anchor == "ago":
                day = _weekday_back(now.astimezone(tz).date() - timedelta(days=offset))
                sent = _at(day, clock, tz)
            else:  # "bd"
                sent = _business_days_ago(now, int(offset), tz, clock)
        sent = min(sent, latest)
        replied = None
        if reply_hours is not None:
            replied = min(_waking(sent + timedelta(hours=reply_hours), tz), latest)
        first = _first_name(key)
        if kind == "outreach":
            subject, body = _outreach_text(key)
            first_sent.setdefault(key, sent)
        elif kind == "follow_up":
            subject = "Re: " + thread_subject.get(key, "A short question")
            earlier = first_sent[key].astimezone(tz)
            body = custom or (
                f"Hi {first},\n\nI wanted to bring my note of {earlier.day} {earlier:%B} back "
                "to the top of your inbox in case it got buried. Would a short call in the "
                "next few weeks work for you? I completely understand if now is a busy "
                "time.\n\nBest wishes,\nAlex"
            )
        elif kind == "thank_you":
            chat = last_held[key]
            subject = "Thank you"
            body = (
                f"Hi {first},\n\nThank you for your time on {chat.start.astimezone(tz):%A} "
                f"and for being so open about your work at "
                f"{_ORG_NAMES[_CONTACTS_BY_KEY[key][3]]}. {chat.spec.thanks_line}\n\n"
                "I'll keep you posted on how things go.\n\nBest wishes,\nAlex"
            )
        else:  # update
            subject, body = "A quick update", custom
        thread_subject.setdefault(key, subject)
        planned.append(_PlannedMessage(key, kind, channel, sent, replied, subject, body))
    return planned


def _mark_thanked(chats: Sequence[_PlannedChat], messages: Sequence[_PlannedMessage]) -> None:
    """A held chat followed by a logged thank-you note is 'thanked'."""
    for chat in chats:
        if chat.status == "held" and any(
            m.kind == "thank_you" and m.contact == chat.spec.contact and m.sent >= chat.start
            for m in messages
        ):
            chat.status = "thanked"


def _stage(chats: Sequence[_PlannedChat], messages: Sequence[_PlannedMessage],
           now: datetime) -> str:
    """The funnel stage one contact's chats and messages imply (METHOD.md steps 3-9)."""
    if any(c.status == "scheduled" and c.start > now for c in chats):
        return "scheduled"
    held = sorted((c for c in chats if c.status in ("held", "thanked")), key=lambda c: c.start)
    if held:
        return held[-1].status
    if any(m.replied is not None for m in messages):
        return "replied"
    return "contacted" if messages else "identified"


def _last_contact(
    chats: Sequence[_PlannedChat], messages: Sequence[_PlannedMessage]
) -> datetime | None:
    """The latest thing that actually happened: a message, a reply or a held chat."""
    times = [t for m in messages for t in (m.sent, m.replied) if t is not None]
    times += [c.actual_end for c in chats if c.actual_end is not None]
    return max(times, default=None)


def _created_times(
    now: datetime,
    rng: random.Random,
    chats: Sequence[_PlannedChat],
    messages: Sequence[_PlannedMessage],
) -> dict[str, datetime]:
    """When each contact was added: before the first message, after the referral."""
    referral_end: dict[str, datetime] = {}
    for chat in sorted(chats, key=lambda c: c.start):
        if chat.actual_end is not None:
            referral_end.setdefault(chat.spec.contact, chat.actual_end)
    created = {}
    for row in CONTACTS:
        key, referrer = row[0], row[7]
        first_message = min((m.sent for m in messages if m.contact == key), default=None)
        if first_message is not None:
            when = first_message - timedelta(days=rng.randint(1, 4), hours=rng.randint(0, 8))
        else:
            when = now - timedelta(days=rng.randint(3, 90), hours=rng.randint(0, 8))
        if referrer is not None and referrer in referral_end:
            when = max(when, referral_end[referrer] + timedelta(hours=2))
        if first_message is not None:
            when = min(when, first_message - timedelta(hours=1))
        created[key] = min(when, now - timedelta(minutes=30))
    return created


# --------------------------------------------------------------------------
# Writing
# --------------------------------------------------------------------------


def _write_organisations(created: dict[str, datetime]) -> dict[str, Organisation]:
    """Create the organisations, reusing any that already exist by name."""
    orgs = {}
    for key, name, domain, notes in ORGANISATIONS:
        org = Organisation.get_or_none(Organisation.name == name)
        if org is None:
            first = min(created[row[0]] for row in CONTACTS if row[3] == key)
            org = Organisation.create(
                name=name, website=f"https://www.{domain}", notes=notes,
                created_at=_naive(first),
            )
        orgs[key] = org
    return orgs


def _write_contacts(
    now: datetime,
    tz: tzinfo,
    orgs: dict[str, Organisation],
    created: dict[str, datetime],
    chats: Sequence[_PlannedChat],
    messages: Sequence[_PlannedMessage],
) -> dict[str, Contact]:
    contacts = {}
    for (key, first, last, org_key, title, how_found, connection, _referrer, hiring, lane,
         tags, reach, location, notes) in CONTACTS:
        mine = [c for c in chats if c.spec.contact == key]
        sent = [m for m in messages if m.contact == key]
        last_contact = _last_contact(mine, sent)
        handle = f"{_slug(first)}.{_slug(last)}".replace("-", "")
        contacts[key] = Contact.create(
            first_name=first,
            last_name=last,
            organisation=orgs[org_key],
            job_title=title,
            email=f"{handle}@{_ORG_DOMAINS[org_key]}" if "e" in reach else "",
            phone=PHONES.get(key, ""),
            linkedin_url=(
                f"https://www.linkedin.com/in/{_slug(first)}-{_slug(last)}" if "l" in reach
                else ""
            ),
            location=location,
            how_found=how_found,
            connection_point=connection,
            hiring_authority=hiring,
            lane=lane,
            stage=_stage(mine, sent, now),
            tags=tags,
            notes=notes,
            connected_on=(
                created[key].astimezone(tz).date() if how_found == "LinkedIn" else None
            ),
            last_contact_at=_naive(last_contact) if last_contact else None,
            created_at=_naive(created[key]),
            updated_at=_naive(max(created[key], last_contact or created[key])),
        )
    for row in CONTACTS:
        if row[7] is not None:
            Contact.update(referred_by=contacts[row[7]]).where(
                Contact.id == contacts[row[0]].id
            ).execute()
    return contacts


def _write_chats(
    now: datetime,
    contacts: dict[str, Contact],
    chats: Sequence[_PlannedChat],
    messages: Sequence[_PlannedMessage],
) -> list[Chat]:
    rows = []
    for chat in chats:
        spec = chat.spec
        replies = [
            m.replied for m in messages
            if m.contact == spec.contact and m.replied is not None and m.replied < chat.start
        ]
        created = max(replies) + timedelta(hours=1) if replies else chat.start - timedelta(days=7)
        created = min(created, now - timedelta(minutes=30))
        row = Chat.create(
            contact=contacts[spec.contact],
            start_at=_naive(chat.start),
            length_min=30,
            mode=spec.mode,
            place=spec.place,
            travel_note=spec.travel_note,
            status=chat.status,
            pitch=f"{PITCH} {spec.pitch_tail}",
            research_notes=spec.research,
            goals=spec.goals,
            notes=spec.notes,
            takeaways=spec.takeaways,
            rating=spec.rating,
            actual_start_at=_naive(chat.actual_start) if chat.actual_start else None,
            actual_end_at=_naive(chat.actual_end) if chat.actual_end else None,
            created_at=_naive(created),
            updated_at=_naive(chat.actual_end or created),
        )
        if chat.status != "cancelled":
            held = chat.actual_end is not None
            questions = (*spec.questions, ("referrals", REFERRAL_QUESTION, spec.referral_answer))
            for position, (family, text, answer) in enumerate(questions):
                PrepQuestion.create(
                    chat=row, text=text, position=position, category=family, asked=held,
                    answer_notes=answer if held else "", created_at=_naive(created),
                )
        rows.append(row)
    return rows


def _write_messages(
    contacts: dict[str, Contact], messages: Sequence[_PlannedMessage]
) -> list[OutreachMessage]:
    return [
        OutreachMessage.create(
            contact=contacts[m.contact], kind=m.kind, channel=m.channel,
            sent_at=_naive(m.sent), replied_at=_naive(m.replied) if m.replied else None,
            subject=m.subject, body=m.body, created_at=_naive(m.sent),
        )
        for m in messages
    ]


def _write_tasks(
    now: datetime,
    tz: tzinfo,
    contacts: dict[str, Contact],
    chats: Sequence[_PlannedChat],
    chat_rows: Sequence[Chat],
    messages: Sequence[_PlannedMessage],
    message_rows: Sequence[OutreachMessage],
) -> int:
    """Rule tasks under the rules' own keys, plus promised resources and referrals."""
    stages = {key: str(c.stage) for key, c in contacts.items()}
    org_of = {key: _CONTACTS_BY_KEY[key][3] for key in contacts}
    org_ids = {key: int(c.organisation_id or 0) for key, c in contacts.items()}
    uncontacted: dict[int, int] = {}
    for key, stage in stages.items():
        if stage == "identified":
            uncontacted[org_ids[key]] = uncontacted.get(org_ids[key], 0) + 1

    chat_facts = []
    for chat, row in zip(chats, chat_rows, strict=True):
        key = chat.spec.contact
        thanks = [
            m.sent for m in messages
            if m.contact == key and m.kind == "thank_you" and m.sent >= chat.start
        ]
        last = contacts[key].last_contact_at
        chat_facts.append(ChatFacts(
            chat_id=int(row.id), contact_id=int(contacts[key].id),
            contact_name=_full_name(key), organisation_id=org_ids[key], status=chat.status,
            start_utc=chat.start, ended_utc=chat.actual_end,
            thank_you_sent_utc=min(thanks, default=None),
            last_contact_utc=_aware(last) if isinstance(last, datetime) else None,
        ))
    outreach_facts = [
        OutreachFacts(
            message_id=int(row.id), contact_id=int(contacts[m.contact].id),
            contact_name=_full_name(m.contact), organisation_id=org_ids[m.contact],
            organisation_name=_ORG_NAMES[org_of[m.contact]], kind=m.kind,
            sent_utc=m.sent, replied_utc=m.replied,
        )
        for m, row in zip(messages, message_rows, strict=True)
    ]
    count = 0
    for s in suggest_tasks(now, tz, chat_facts, outreach_facts, FollowUpSettings(), uncontacted):
        FollowUpTask.create(
            key=s.key, kind=s.kind, contact=s.contact_id, chat=s.chat_id, title=s.title,
            detail=s.detail, due_at=_naive(s.due_utc), created_at=_naive(min(now, s.due_utc)),
        )
        count += 1

    # The most recent thank-you, already sent: a done task under the rule's key.
    thanked = [f for f in chat_facts if f.status == "thanked" and f.thank_you_sent_utc]
    if thanked:
        fact = max(thanked, key=lambda f: f.start_utc)
        assert fact.thank_you_sent_utc is not None
        FollowUpTask.create(
            key=f"thank_you:chat:{fact.chat_id}", kind="thank_you", contact=fact.contact_id,
            chat=fact.chat_id, title=f"Send a thank-you note to {fact.contact_name}",
            detail="Thank them within 48 hours and remind them of anything they promised.",
            due_at=_naive(held_at(fact) + timedelta(hours=48)),
            done_at=_naive(fact.thank_you_sent_utc), created_at=_naive(held_at(fact)),
        )
        count += 1

    latest_chat: dict[str, tuple[_PlannedChat, Chat]] = {}
    for chat, row in sorted(zip(chats, chat_rows, strict=True), key=lambda pair: pair[0].start):
        if chat.actual_end is not None:
            latest_chat[chat.spec.contact] = (chat, row)
    for key, source, kind, title, detail, due_days, done in MANUAL_TASKS:
        chat, row = latest_chat[source]
        contact_id = int(contacts[key].id)
        done_at = min((m.sent for m in messages if m.contact == key), default=None)
        task_key = (
            f"demo:resource:chat:{int(row.id)}" if kind == "resource"
            else f"demo:{kind}:contact:{contact_id}"
        )
        assert chat.actual_end is not None
        FollowUpTask.create(
            key=task_key, kind=kind, contact=contact_id, chat=row, title=title, detail=detail,
            due_at=_naive(now + timedelta(days=due_days)),
            done_at=_naive(done_at) if done and done_at is not None else None,
            created_at=_naive(chat.actual_end + timedelta(hours=1)),
        )
        count += 1
    return count


def _write_profile() -> None:
    """The user's profile, only if they have not written their own."""
    if Setting.get_or_none(Setting.key == PROFILE_KEY) is None:
        value = {
            "name": PROFILE_NAME,
            "field": "data science in biotech",
            "pitch": PITCH,
            "availability": AVAILABILITY,
        }
        Setting.create(key=PROFILE_KEY, value=json.dumps(value))


def load_demo(
    db: SqliteDatabase,
    *,
    now: datetime | None = None,
    force: bool = False,
    tz: tzinfo | None = None,
) -> DemoSummary:
    """Load the sample data set in one transaction; see the module docstring.

    Refused with :class:`DemoRefused` (nothing written) when live contacts
    exist, unless ``force``. ``now`` defaults to the current time (a naive
    value is read as UTC); ``tz`` is the zone whose working hours the chats
    fall in, by default the system's. The models must be bound to ``db``
    (``open_database`` does that).
    """
    now_utc = _as_utc(now)
    zone = tz or datetime.now().astimezone().tzinfo or timezone.utc
    rng = random.Random(2026)
    with db.atomic():
        existing = Contact.select().where(Contact.deleted_at.is_null()).count()
        if existing and not force:
            raise DemoRefused(existing)
        chats = _plan_chats(now_utc, zone, rng)
        messages = _plan_messages(now_utc, zone, rng, chats)
        _mark_thanked(chats, messages)
        created = _created_times(now_utc, rng, chats, messages)
        orgs = _write_organisations(created)
        contacts = _write_contacts(now_utc, zone, orgs, created, chats, messages)
        chat_rows = _write_chats(now_utc, contacts, chats, messages)
        message_rows = _write_messages(contacts, messages)
        tasks = _write_tasks(now_utc, zone, contacts, chats, chat_rows, messages, message_rows)
        _write_profile()
    return DemoSummary(
        contacts=len(contacts),
        organisations=len(orgs),
        chats=len(chat_rows),
        upcoming_chats=sum(1 for c in chats if c.status == "scheduled" and c.start > now_utc),
        messages=len(message_rows),
        tasks=tasks,
    )
