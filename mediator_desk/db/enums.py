"""The enumerations of the domain (DOMAIN.md), stored as their string values."""

from __future__ import annotations

from enum import Enum


class StrEnum(str, Enum):
    def __str__(self) -> str:
        return self.value

    @classmethod
    def values(cls) -> list[str]:
        return [m.value for m in cls]


class VenueType(StrEnum):
    museum = "museum"
    exhibition_hall = "exhibition_hall"
    national_pavilion = "national_pavilion"
    school = "school"
    outdoor = "outdoor"
    community_space = "community_space"
    other = "other"


class ExhibitionType(StrEnum):
    permanent = "permanent"
    temporary = "temporary"
    travelling = "travelling"


class MediatorRole(StrEnum):
    mediator = "mediator"
    custodian = "custodian"
    coordinator = "coordinator"
    volunteer = "volunteer"
    trainee = "trainee"
    interpreter = "interpreter"


class PartnerType(StrEnum):
    school = "school"
    ngo = "ngo"
    university = "university"
    municipality = "municipality"
    tour_operator = "tour_operator"
    other = "other"


class SessionFormat(StrEnum):
    guided_tour = "guided_tour"
    in_depth_tour = "in_depth_tour"
    thematic_tour = "thematic_tour"
    drop_in_mediation = "drop_in_mediation"
    workshop = "workshop"
    family_session = "family_session"
    school_visit = "school_visit"
    accessible_tour = "accessible_tour"
    talk_lecture = "talk_lecture"
    screening = "screening"
    performance_concert = "performance_concert"
    event_opening = "event_opening"
    science_demo = "science_demo"
    training = "training"
    outreach_offsite = "outreach_offsite"
    online = "online"


GUIDED_FORMATS = {SessionFormat.guided_tour, SessionFormat.in_depth_tour, SessionFormat.thematic_tour,
                  SessionFormat.accessible_tour, SessionFormat.drop_in_mediation}
EVENT_FORMATS = {SessionFormat.talk_lecture, SessionFormat.screening, SessionFormat.performance_concert,
                 SessionFormat.event_opening}


class SessionStatus(StrEnum):
    planned = "planned"
    in_progress = "in_progress"
    done = "done"
    cancelled = "cancelled"
    no_show = "no_show"


class BookingSource(StrEnum):
    phone = "phone"
    email = "email"
    walk_in = "walk_in"
    online = "online"
    partner = "partner"


class GroupType(StrEnum):
    individual = "individual"
    family = "family"
    preschool = "preschool"
    primary = "primary"
    lower_secondary = "lower_secondary"
    upper_secondary = "upper_secondary"
    university = "university"
    adult_organised = "adult_organised"
    tourist_group = "tourist_group"
    professional_press = "professional_press"
    community_ngo = "community_ngo"
    disability_group = "disability_group"
    seniors = "seniors"
    corporate = "corporate"


SCHOOL_GROUP_TYPES = {GroupType.preschool, GroupType.primary, GroupType.lower_secondary,
                      GroupType.upper_secondary}


class Origin(StrEnum):
    local = "local"
    national = "national"
    foreign = "foreign"


class AdmissionType(StrEnum):
    full = "full"
    reduced = "reduced"
    free = "free"
    free_event = "free_event"
    voucher = "voucher"
    professional = "professional"


FREE_ADMISSIONS = {AdmissionType.free, AdmissionType.free_event, AdmissionType.voucher}


class AgeBand(StrEnum):
    a0_5 = "0-5"
    a6_10 = "6-10"
    a11_14 = "11-14"
    a15_18 = "15-18"
    a19_25 = "19-25"
    a26_64 = "26-64"
    a65 = "65+"


# Column names on VisitorGroup, in age-band order.
AGE_COLUMNS = ("age_0_5", "age_6_10", "age_11_14", "age_15_18", "age_19_25", "age_26_64", "age_65_plus")
MINOR_COLUMNS = AGE_COLUMNS[:4]


class AccessProvision(StrEnum):
    wheelchair = "wheelchair"
    seating = "seating"
    sign_language = "sign_language"
    audio_description = "audio_description"
    tactile = "tactile"
    easy_read = "easy_read"
    sensory_friendly = "sensory_friendly"
    induction_loop = "induction_loop"


class FeedbackMethod(StrEnum):
    smiley_5 = "smiley_5"
    likert_5 = "likert_5"
    nps_11 = "nps_11"
    yes_no = "yes_no"
    one_word = "one_word"
    free_text = "free_text"


class FeedbackSource(StrEnum):
    kiosk = "kiosk"
    mediator = "mediator"
    paper_card = "paper_card"
    online = "online"


class LearningOutcome(StrEnum):
    knowledge = "knowledge"
    skills = "skills"
    attitudes = "attitudes"
    enjoyment = "enjoyment"
    activity = "activity"


class TargetGroup(StrEnum):
    children = "children"
    youth = "youth"
    families = "families"
    seniors = "seniors"
    school_pupils = "school_pupils"
    students = "students"
    people_with_disabilities = "people_with_disabilities"
    roma_communities = "roma_communities"
    rural_youth = "rural_youth"
    low_income = "low_income"
    migrants = "migrants"
    general_public = "general_public"


class CountMethod(StrEnum):
    clicker = "clicker"
    manual_tally = "manual_tally"
    ticket = "ticket"
    sensor = "sensor"
    estimate = "estimate"


class CountKind(StrEnum):
    entry = "entry"  # a visitor came in (counts towards visits)
    exit = "exit"  # a visitor left (occupancy mode only)


WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")

DEFAULT_CATEGORIES = (
    # code, display name, key, admission type used by the statistics return
    ("adult", "Adult", "1", AdmissionType.full),
    ("child", "Child", "2", AdmissionType.reduced),
    ("senior", "Senior", "3", AdmissionType.reduced),
    ("student", "Student", "4", AdmissionType.reduced),
    ("free", "Free", "5", AdmissionType.free),
    ("voucher", "Voucher", "6", AdmissionType.voucher),
)
