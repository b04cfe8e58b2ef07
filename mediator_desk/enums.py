"""The enumerations of the domain (tour formats, audiences, languages, statuses), stored as their string values: the vocabulary every layer shares."""

from __future__ import annotations

from enum import Enum

from mediator_desk.errors import QT_TRANSLATE_NOOP


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


class TourFormat(StrEnum):
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


GUIDED_FORMATS = {TourFormat.guided_tour, TourFormat.in_depth_tour, TourFormat.thematic_tour,
                  TourFormat.accessible_tour, TourFormat.drop_in_mediation}
EVENT_FORMATS = {TourFormat.talk_lecture, TourFormat.screening, TourFormat.performance_concert,
                 TourFormat.event_opening}


class TourStatus(StrEnum):
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


class HeardVia(StrEnum):
    """How a group heard of the venue or the programme."""

    website = "website"
    social_media = "social_media"
    school_or_teacher = "school_or_teacher"
    partner = "partner"
    word_of_mouth = "word_of_mouth"
    press = "press"
    passing_by = "passing_by"
    other = "other"


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


# The words for each stored value, in English; the .ts files ("enums" context) give the other languages.
LABELS: dict[str, str] = {
    'guided_tour': QT_TRANSLATE_NOOP("enums", 'Guided tour'),
    'in_depth_tour': QT_TRANSLATE_NOOP("enums", 'In-depth tour'),
    'thematic_tour': QT_TRANSLATE_NOOP("enums", 'Thematic tour'),
    'drop_in_mediation': QT_TRANSLATE_NOOP("enums", 'Drop-in mediation'),
    'workshop': QT_TRANSLATE_NOOP("enums", 'Workshop'),
    'family_session': QT_TRANSLATE_NOOP("enums", 'Family session'),
    'school_visit': QT_TRANSLATE_NOOP("enums", 'School visit'),
    'accessible_tour': QT_TRANSLATE_NOOP("enums", 'Accessible tour'),
    'talk_lecture': QT_TRANSLATE_NOOP("enums", 'Talk or lecture'),
    'screening': QT_TRANSLATE_NOOP("enums", 'Screening'),
    'performance_concert': QT_TRANSLATE_NOOP("enums", 'Performance or concert'),
    'event_opening': QT_TRANSLATE_NOOP("enums", 'Event or opening'),
    'science_demo': QT_TRANSLATE_NOOP("enums", 'Science demonstration'),
    'training': QT_TRANSLATE_NOOP("enums", 'Training'),
    'outreach_offsite': QT_TRANSLATE_NOOP("enums", 'Outreach (off site)'),
    'online': QT_TRANSLATE_NOOP("enums", 'Online'),
    'website': QT_TRANSLATE_NOOP("enums", 'Website'),
    'social_media': QT_TRANSLATE_NOOP("enums", 'Social media'),
    'school_or_teacher': QT_TRANSLATE_NOOP("enums", 'School or teacher'),
    'word_of_mouth': QT_TRANSLATE_NOOP("enums", 'Word of mouth'),
    'press': QT_TRANSLATE_NOOP("enums", 'Press, radio or TV'),
    'passing_by': QT_TRANSLATE_NOOP("enums", 'Passing by'),
    'planned': QT_TRANSLATE_NOOP("enums", 'Planned'),
    'in_progress': QT_TRANSLATE_NOOP("enums", 'In progress'),
    'done': QT_TRANSLATE_NOOP("enums", 'Done'),
    'cancelled': QT_TRANSLATE_NOOP("enums", 'Cancelled'),
    'no_show': QT_TRANSLATE_NOOP("enums", 'No-show'),
    'phone': QT_TRANSLATE_NOOP("enums", 'Phone'),
    'email': QT_TRANSLATE_NOOP("enums", 'Email'),
    'walk_in': QT_TRANSLATE_NOOP("enums", 'Walk-in'),
    'partner': QT_TRANSLATE_NOOP("enums", 'Partner'),
    'individual': QT_TRANSLATE_NOOP("enums", 'Individual visitors'),
    'family': QT_TRANSLATE_NOOP("enums", 'Family'),
    'preschool': QT_TRANSLATE_NOOP("enums", 'Preschool'),
    'primary': QT_TRANSLATE_NOOP("enums", 'Primary school'),
    'lower_secondary': QT_TRANSLATE_NOOP("enums", 'Lower secondary school'),
    'upper_secondary': QT_TRANSLATE_NOOP("enums", 'Upper secondary school'),
    'university': QT_TRANSLATE_NOOP("enums", 'University'),
    'adult_organised': QT_TRANSLATE_NOOP("enums", 'Organised adult group'),
    'tourist_group': QT_TRANSLATE_NOOP("enums", 'Tourist group'),
    'professional_press': QT_TRANSLATE_NOOP("enums", 'Professionals and press'),
    'community_ngo': QT_TRANSLATE_NOOP("enums", 'Community group or NGO'),
    'disability_group': QT_TRANSLATE_NOOP("enums", 'Group with disabilities'),
    'seniors': QT_TRANSLATE_NOOP("enums", 'Seniors'),
    'corporate': QT_TRANSLATE_NOOP("enums", 'Corporate group'),
    'local': QT_TRANSLATE_NOOP("enums", 'Local'),
    'national': QT_TRANSLATE_NOOP("enums", 'National'),
    'foreign': QT_TRANSLATE_NOOP("enums", 'Foreign'),
    'full': QT_TRANSLATE_NOOP("enums", 'Full price'),
    'reduced': QT_TRANSLATE_NOOP("enums", 'Reduced'),
    'free': QT_TRANSLATE_NOOP("enums", 'Free'),
    'free_event': QT_TRANSLATE_NOOP("enums", 'Free event'),
    'voucher': QT_TRANSLATE_NOOP("enums", 'Voucher'),
    'professional': QT_TRANSLATE_NOOP("enums", 'Professional'),
    'wheelchair': QT_TRANSLATE_NOOP("enums", 'Wheelchair access'),
    'seating': QT_TRANSLATE_NOOP("enums", 'Seating'),
    'sign_language': QT_TRANSLATE_NOOP("enums", 'Sign language'),
    'audio_description': QT_TRANSLATE_NOOP("enums", 'Audio description'),
    'tactile': QT_TRANSLATE_NOOP("enums", 'Tactile materials'),
    'easy_read': QT_TRANSLATE_NOOP("enums", 'Easy read'),
    'sensory_friendly': QT_TRANSLATE_NOOP("enums", 'Sensory-friendly'),
    'induction_loop': QT_TRANSLATE_NOOP("enums", 'Induction loop'),
    'children': QT_TRANSLATE_NOOP("enums", 'Children'),
    'youth': QT_TRANSLATE_NOOP("enums", 'Youth'),
    'families': QT_TRANSLATE_NOOP("enums", 'Families'),
    'school_pupils': QT_TRANSLATE_NOOP("enums", 'School pupils'),
    'students': QT_TRANSLATE_NOOP("enums", 'Students'),
    'people_with_disabilities': QT_TRANSLATE_NOOP("enums", 'People with disabilities'),
    'roma_communities': QT_TRANSLATE_NOOP("enums", 'Roma communities'),
    'rural_youth': QT_TRANSLATE_NOOP("enums", 'Rural youth'),
    'low_income': QT_TRANSLATE_NOOP("enums", 'Low income'),
    'migrants': QT_TRANSLATE_NOOP("enums", 'Migrants'),
    'general_public': QT_TRANSLATE_NOOP("enums", 'General public'),
    'smiley_5': QT_TRANSLATE_NOOP("enums", 'Five smileys'),
    'likert_5': QT_TRANSLATE_NOOP("enums", 'Likert scale (1–5)'),
    'nps_11': QT_TRANSLATE_NOOP("enums", 'Recommend (0–10)'),
    'yes_no': QT_TRANSLATE_NOOP("enums", 'Yes / no'),
    'one_word': QT_TRANSLATE_NOOP("enums", 'One word'),
    'free_text': QT_TRANSLATE_NOOP("enums", 'Free text'),
    'kiosk': QT_TRANSLATE_NOOP("enums", 'Kiosk'),
    'mediator': QT_TRANSLATE_NOOP("enums", 'Mediator'),
    'paper_card': QT_TRANSLATE_NOOP("enums", 'Paper card'),
    'knowledge': QT_TRANSLATE_NOOP("enums", 'Knowledge and understanding'),
    'skills': QT_TRANSLATE_NOOP("enums", 'Skills'),
    'attitudes': QT_TRANSLATE_NOOP("enums", 'Attitudes and values'),
    'enjoyment': QT_TRANSLATE_NOOP("enums", 'Enjoyment, inspiration, creativity'),
    'activity': QT_TRANSLATE_NOOP("enums", 'Activity, behaviour, progression'),
    'clicker': QT_TRANSLATE_NOOP("enums", 'Clicker'),
    'manual_tally': QT_TRANSLATE_NOOP("enums", 'Manual tally'),
    'ticket': QT_TRANSLATE_NOOP("enums", 'Tickets'),
    'sensor': QT_TRANSLATE_NOOP("enums", 'Sensor'),
    'estimate': QT_TRANSLATE_NOOP("enums", 'Estimate'),
    'custodian': QT_TRANSLATE_NOOP("enums", 'Custodian'),
    'coordinator': QT_TRANSLATE_NOOP("enums", 'Coordinator'),
    'volunteer': QT_TRANSLATE_NOOP("enums", 'Volunteer'),
    'trainee': QT_TRANSLATE_NOOP("enums", 'Trainee'),
    'interpreter': QT_TRANSLATE_NOOP("enums", 'Interpreter'),
    'museum': QT_TRANSLATE_NOOP("enums", 'Museum'),
    'exhibition_hall': QT_TRANSLATE_NOOP("enums", 'Exhibition hall'),
    'national_pavilion': QT_TRANSLATE_NOOP("enums", 'National pavilion'),
    'school': QT_TRANSLATE_NOOP("enums", 'School'),
    'outdoor': QT_TRANSLATE_NOOP("enums", 'Outdoor'),
    'community_space': QT_TRANSLATE_NOOP("enums", 'Community space'),
    'other': QT_TRANSLATE_NOOP("enums", 'Other'),
    'permanent': QT_TRANSLATE_NOOP("enums", 'Permanent'),
    'temporary': QT_TRANSLATE_NOOP("enums", 'Temporary'),
    'travelling': QT_TRANSLATE_NOOP("enums", 'Travelling'),
    'ngo': QT_TRANSLATE_NOOP("enums", 'NGO'),
    'municipality': QT_TRANSLATE_NOOP("enums", 'Municipality'),
    'tour_operator': QT_TRANSLATE_NOOP("enums", 'Tour operator'),
    '0-5': QT_TRANSLATE_NOOP("enums", '0–5'),
    '6-10': QT_TRANSLATE_NOOP("enums", '6–10'),
    '11-14': QT_TRANSLATE_NOOP("enums", '11–14'),
    '15-18': QT_TRANSLATE_NOOP("enums", '15–18'),
    '19-25': QT_TRANSLATE_NOOP("enums", '19–25'),
    '26-64': QT_TRANSLATE_NOOP("enums", '26–64'),
    '65+': QT_TRANSLATE_NOOP("enums", '65+'),
}


def enum_text(value: str | None, texts=None) -> str:
    """The words for a stored value ('school_visit' -> 'School visit'), in the language of `texts` (an
    i18n.Texts; English without one). An unknown value still reads as words."""
    if not value:
        return ""
    english = LABELS.get(value)
    if english is None:
        return value.replace("_", " ").capitalize()
    return texts.translate("enums", english) if texts is not None else english
