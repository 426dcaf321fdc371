"""Every lint rule, in the order they run and are listed. Adding a rule adds one line here."""

from __future__ import annotations

from typing import Any

from lxkit.lint.rule import Rule
from lxkit.lint.rules.lx000_config_invalid import ConfigInvalid
from lxkit.lint.rules.lx001_course_field_missing import CourseFieldMissing
from lxkit.lint.rules.lx002_course_field_invalid import CourseFieldInvalid
from lxkit.lint.rules.lx003_course_id_mismatch import CourseIdMismatch
from lxkit.lint.rules.lx004_no_business_co_owner import NoBusinessCoOwner
from lxkit.lint.rules.lx005_business_goal_unmeasurable import BusinessGoalUnmeasurable
from lxkit.lint.rules.lx006_capstone_missing import CapstoneMissing
from lxkit.lint.rules.lx007_journey_incomplete import JourneyIncomplete
from lxkit.lint.rules.lx008_week_over_budget import WeekOverBudget
from lxkit.lint.rules.lx009_unknown_capability import UnknownCapability
from lxkit.lint.rules.lx010_schedule_mismatch import ScheduleMismatch
from lxkit.lint.rules.lx011_overview_missing import OverviewMissing
from lxkit.lint.rules.lx012_pre_work_single_kind import PreWorkSingleKind
from lxkit.lint.rules.lx013_module_number_duplicate import ModuleNumberDuplicate
from lxkit.lint.rules.lx014_unexpected_file import UnexpectedFile
from lxkit.lint.rules.lx015_course_index_missing import CourseIndexMissing
from lxkit.lint.rules.lx016_owner_handle_missing import OwnerHandleMissing
from lxkit.lint.rules.lx017_link_outside_portal import LinkOutsidePortal
from lxkit.lint.rules.lx018_special_file import SpecialFile
from lxkit.lint.rules.lx019_handout_name_taken import HandoutNameTaken
from lxkit.lint.rules.lx020_metric_values_invalid import MetricValuesInvalid
from lxkit.lint.rules.lx021_cohort_dates_invalid import CohortDatesInvalid
from lxkit.lint.rules.lx022_data_file_orphaned import DataFileOrphaned
from lxkit.lint.rules.lx030_course_image_outside import CourseImageOutside
from lxkit.lint.rules.lx031_course_image_not_found import CourseImageNotFound
from lxkit.lint.rules.lx032_course_image_unusable import CourseImageUnusable
from lxkit.lint.rules.lx033_course_image_alt_missing import CourseImageAltMissing
from lxkit.lint.rules.lx098_internal_error import InternalError
from lxkit.lint.rules.lx099_unused_suppression import UnusedSuppression
from lxkit.lint.rules.lx100_module_field_invalid import ModuleFieldInvalid
from lxkit.lint.rules.lx101_objectives_missing import ObjectivesMissing
from lxkit.lint.rules.lx102_objective_not_measurable import ObjectiveNotMeasurable
from lxkit.lint.rules.lx103_objective_not_practised import ObjectiveNotPractised
from lxkit.lint.rules.lx104_too_many_objectives import TooManyObjectives
from lxkit.lint.rules.lx105_objective_reference_unknown import ObjectiveReferenceUnknown
from lxkit.lint.rules.lx110_pre_work_missing import PreWorkMissing
from lxkit.lint.rules.lx111_pre_work_link_invalid import PreWorkLinkInvalid
from lxkit.lint.rules.lx112_pre_work_untimed import PreWorkUntimed
from lxkit.lint.rules.lx113_provider_not_allowed import ProviderNotAllowed
from lxkit.lint.rules.lx114_pre_work_link_insecure import PreWorkLinkInsecure
from lxkit.lint.rules.lx120_session_passive import SessionPassive
from lxkit.lint.rules.lx121_session_untimed import SessionUntimed
from lxkit.lint.rules.lx130_exercise_missing import ExerciseMissing
from lxkit.lint.rules.lx131_exercise_not_in_work_context import ExerciseNotInWorkContext
from lxkit.lint.rules.lx140_reflection_missing import ReflectionMissing
from lxkit.lint.rules.lx150_knowledge_check_missing import KnowledgeCheckMissing
from lxkit.lint.rules.lx151_check_feedback_missing import CheckFeedbackMissing
from lxkit.lint.rules.lx152_check_answer_missing import CheckAnswerMissing
from lxkit.lint.rules.lx160_question_flagged import QuestionFlagged
from lxkit.lint.rules.lx201_broken_internal_link import BrokenInternalLink
from lxkit.lint.rules.lx202_image_alt_missing import ImageAltMissing
from lxkit.lint.rules.lx203_link_text_uninformative import LinkTextUninformative
from lxkit.lint.rules.lx204_heading_level_skip import HeadingLevelSkip
from lxkit.lint.rules.lx205_unknown_block_type import UnknownBlockType
from lxkit.lint.rules.lx206_unsafe_html import UnsafeHtml
from lxkit.lint.rules.lx207_front_matter_invalid import FrontMatterInvalid
from lxkit.lint.rules.lx208_file_unreadable import FileUnreadable
from lxkit.lint.rules.lx209_text_cut_at_hash import TextCutAtHash
from lxkit.lint.rules.lx210_external_link_broken import ExternalLinkBroken
from lxkit.lint.rules.lx211_limit_exceeded import LimitExceeded
from lxkit.lint.rules.lx212_placeholder_left import PlaceholderLeft
from lxkit.lint.rules.lx301_version_not_bumped import VersionNotBumped
from lxkit.lint.rules.lx302_owner_review_missing import OwnerReviewMissing

RULES: tuple[Rule[Any], ...] = (
    # the portal's settings
    ConfigInvalid(),
    # course level
    CourseFieldMissing(),
    CourseFieldInvalid(),
    CourseIdMismatch(),
    NoBusinessCoOwner(),
    BusinessGoalUnmeasurable(),
    CapstoneMissing(),
    JourneyIncomplete(),
    WeekOverBudget(),
    UnknownCapability(),
    ScheduleMismatch(),
    OverviewMissing(),
    PreWorkSingleKind(),
    ModuleNumberDuplicate(),
    UnexpectedFile(),
    CourseIndexMissing(),
    OwnerHandleMissing(),
    LinkOutsidePortal(),
    SpecialFile(),
    HandoutNameTaken(),
    MetricValuesInvalid(),
    CohortDatesInvalid(),
    DataFileOrphaned(),
    CourseImageOutside(),
    CourseImageNotFound(),
    CourseImageUnusable(),
    CourseImageAltMissing(),
    # the engine's own findings
    InternalError(),
    UnusedSuppression(),
    # module level
    ModuleFieldInvalid(),
    ObjectivesMissing(),
    ObjectiveNotMeasurable(),
    ObjectiveNotPractised(),
    TooManyObjectives(),
    ObjectiveReferenceUnknown(),
    PreWorkMissing(),
    PreWorkLinkInvalid(),
    PreWorkUntimed(),
    ProviderNotAllowed(),
    PreWorkLinkInsecure(),
    SessionPassive(),
    SessionUntimed(),
    ExerciseMissing(),
    ExerciseNotInWorkContext(),
    ReflectionMissing(),
    KnowledgeCheckMissing(),
    CheckFeedbackMissing(),
    CheckAnswerMissing(),
    QuestionFlagged(),
    # content (Markdown body)
    BrokenInternalLink(),
    ImageAltMissing(),
    LinkTextUninformative(),
    HeadingLevelSkip(),
    UnknownBlockType(),
    UnsafeHtml(),
    FrontMatterInvalid(),
    FileUnreadable(),
    TextCutAtHash(),
    PlaceholderLeft(),
    LimitExceeded(),
    ExternalLinkBroken(),
    # review mode: reported by 'lxkit review', which compares two versions of the portal
    VersionNotBumped(),
    OwnerReviewMissing(),
)


def find_rule(key: str) -> Rule[Any] | None:
    """The rule with this code (any case) or name."""
    wanted = key.strip()
    return next((rule for rule in RULES if rule.code == wanted.upper() or rule.name == wanted.lower()), None)
