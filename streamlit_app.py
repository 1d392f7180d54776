"""The web page: a thin shell over ``troubleshoot`` (logic lives in the package).

Privacy: user pictures and text live only in this session's memory while the
tab is open; nothing is cached across users, written to disk or logged.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from datetime import UTC, datetime

os.environ.setdefault("OMP_THREAD_LIMIT", "1")  # tesseract is much faster single-threaded

import streamlit as st  # noqa: E402

from troubleshoot import (  # noqa: E402
    CccFields,
    Diagnosis,
    Engine,
    webapp,  # noqa: E402
)
from troubleshoot.annotate import annotate, evidence_boxes  # noqa: E402
from troubleshoot.i18n import Translator, negotiate  # noqa: E402


@st.cache_resource
def get_engine() -> Engine:
    """One read-only engine for every session (knowledge and rules load once)."""
    return Engine()


@dataclass(frozen=True)
class Result:
    """The last analysis of this session: what was read, or the error code."""

    key: str
    diagnosis: Diagnosis | None
    image: bytes | None
    error: str | None


engine = get_engine()
languages = engine.kb.settings.languages
ss = st.session_state
ss.setdefault("nonce", 0)  # part of every input key: "clear" gives fresh, empty widgets
if "ui_lang" not in ss:
    ss.ui_lang = negotiate(st.query_params.get("lang"), st.context.locale, languages, engine.kb.settings.default_language)


def activate(source: str) -> None:
    ss.active = source


def clear() -> None:
    ss.nonce += 1
    for name in ("active", "result"):
        ss.pop(name, None)


def next_steps() -> None:
    """Where to get help: shown with every answer, and before any input too."""
    st.header(t("next_heading"))
    st.markdown("\n".join(f"- {s}" for s in (
        ":material/call: " + t("next_phone", phone=f"[{webapp.CCC_PHONE}](tel:{webapp.CCC_PHONE.replace(' ', '')})"),
        ":material/mail: " + t("next_contact"), ":material/apartment: " + t("next_pan"),
    )))
    st.caption(t("next_scope"))
    st.divider()
    st.caption(t("footer"))


# -- header and language --------------------------------------------------
lang: str = ss.ui_lang  # the selectbox below already holds the new choice on a rerun
t = Translator(lang)
st.set_page_config(page_title=t("app_title"), page_icon=":material/help_center:", layout="centered", initial_sidebar_state="collapsed")
st.html(f"<style>{webapp.page_css(t.rtl)}</style>")  # a constant block: no user text in it
st.selectbox(":material/language: " + t("language_label"), languages, key="ui_lang", format_func=lambda c: Translator(c)("language_name"))
st.query_params["lang"] = lang

st.title(t("app_title"))
st.write(t("app_tagline"))
st.caption(":material/info: " + t("not_official"))
with st.container(border=True):
    st.markdown(":material/lock: " + t("privacy_notice"))
    hide = st.toggle(t("redact_toggle"), value=webapp.REDACT_DEFAULT, key="redact", help=t("redact_help"))

# -- inputs -----------------------------------------------------------------
n = ss.nonce
st.header(t("input_heading"))
upload = st.file_uploader(t("upload_label"), type=webapp.IMAGE_TYPES, key=f"upload_{n}", on_change=activate, args=("upload",))
with st.expander(t("camera_expander"), icon=":material/photo_camera:"):
    st.caption(t("camera_tip"))
    photo = st.camera_input(t("camera_label"), key=f"camera_{n}", on_change=activate, args=("camera",))
pasted = st.text_area(t("paste_label"), key=f"text_{n}", max_chars=20_000, on_change=activate, args=("text",))
st.button(t("paste_button"), key=f"analyse_{n}", on_click=activate, args=("text",), type="primary",
          width="stretch")
samples = webapp.available_samples()
if samples:
    sample = st.selectbox(
        t("sample_label"), range(len(samples)), index=None, placeholder=t("sample_placeholder"), key=f"sample_{n}",
        format_func=lambda i: t(f"sample_{samples[i].kind}", n=i + 1), on_change=activate, args=("sample",),
    )
else:
    sample = None
st.button(t("clear_button"), key="clear", on_click=clear, icon=":material/delete:", width="stretch")

# The input changed last is the one analysed.
active = ss.get("active")
image: bytes | None = None
text: str | None = None
if active == "upload" and upload is not None:
    image = upload.getvalue()
elif active == "camera" and photo is not None:
    image = photo.getvalue()
elif active == "sample" and sample is not None:
    image = samples[sample].path.read_bytes()
elif active == "text" and pasted.strip():
    text = pasted

if image is None and text is None:
    st.write(t("empty_state"))
    next_steps()
    st.stop()

key = hashlib.sha256(image if image is not None else text.encode("utf-8")).hexdigest()
result: Result | None = ss.get("result")
if result is None or result.key != key:
    with st.status(t("reading_image") if image is not None else t("reading_text"), expanded=False) as status:
        try:
            if image is not None:
                diagnosis = engine.diagnose_image(image, lang=lang, input_name="screenshot")
            else:
                diagnosis = engine.diagnose_text(text, lang=lang, input_name="text")
            result = Result(key, diagnosis, image, None)
            status.update(label=t("reading_done"), state="complete")
        except Exception as exc:  # every failure becomes a translated sentence, never a traceback
            webapp.log_failure(exc)
            result = Result(key, None, None, webapp.error_key(exc))
            status.update(label=t("reading_failed"), state="error")
    ss.result = result

if result.error or result.diagnosis is None:
    st.error(t(result.error or "error_unexpected"), icon=":material/error:")
    next_steps()
    st.stop()

d = result.diagnosis if result.diagnosis.lang == lang else engine.localize(result.diagnosis, lang)
read = d  # as read: only for what the user chooses to include
private = webapp.private(d, result.image, hide)  # with "hide", identifiers masked and never the original picture
d = private.diagnosis
unknown = webapp.is_fallback(engine, d)

# -- what is happening --------------------------------------------------------
st.header(t("result_heading"))
if d.poor_reading:
    tips = "\n".join(f"- {t(k)}" for k in ("poor_tip_straight", "poor_tip_whole", "poor_tip_light", "poor_tip_screenshot"))
    st.warning(t("poor_reading") + "\n\n" + tips, icon=":material/blur_on:")
if d.page_script:
    st.info(t("translated_page"), icon=":material/translate:")
st.subheader(webapp.md_escape(d.title))
st.write(webapp.md_escape(d.summary))
if unknown:
    st.info(t("not_recognised"), icon=":material/help:")
if d.notice:
    st.warning(webapp.md_escape(d.notice))
if d.fix and d.fix.steps:
    st.markdown(f"**{t('fix_heading')}**")
    st.markdown("\n".join(
        f"{i}. {webapp.md_escape(step.text)}  \n   ↗ [{webapp.md_escape(t('source_label', title=step.source_title))}](<{step.source_url}>)"
        for i, step in enumerate(d.fix.steps, 1)
    ))

with st.expander(t("evidence_heading"), icon=":material/search:", expanded=result.image is not None and bool(d.evidence)):
    if result.image is not None:
        # Boxes refer to the image as read: upright, and straightened for a photo of a screen.
        shown = private.image
        boxes = evidence_boxes(d.evidence)
        if boxes:
            st.image(annotate(shown, boxes, zoom=True), caption=t("evidence_caption"))
        st.image(annotate(shown, boxes))
        if private.masked_png is not None:
            st.download_button(t("redact_download"), private.masked_png, file_name="capture-masquee.png", mime="image/png",
                               on_click="ignore", key=f"download_masked_{key[:12]}", icon=":material/download:")
    if d.evidence:
        st.caption(t("evidence_phrases"))
        st.code("\n".join(dict.fromkeys(e.phrase for e in d.evidence)), language=None, wrap_lines=True)
    else:
        st.caption(t("no_evidence"))
    st.caption(t("text_read"))
    st.code(webapp.shown_text(d.text), language=None, wrap_lines=True)

# -- message for the CCC ------------------------------------------------------
st.header(t("ccc_heading"))
st.write(t("ccc_intro"))
k = f"{n}_{key[:12]}"  # a new analysis gets fresh fields, pre-filled from it
# When the problem happened: the screenshot's clock, else the user says. Never
# the current time unasked: until they answer, the message keeps its placeholders.
zone = st.context.timezone
question = webapp.moment_question(d)
answered_at = ss.get(f"answered_at_{k}") or datetime.now(UTC)  # "just now" is when the user said so
today = webapp.local_now(zone, answered_at).date()
picked_date = picked_time = choice = None
if question is None:
    col_date, col_time = st.columns(2)
    picked_date = col_date.date_input(t("field_date"), value=d.seen_date, format="DD/MM/YYYY", key=f"date_{k}")
    picked_time = col_time.time_input(t("field_time"), value=d.seen_time, step=60, key=f"time_{k}")
    st.caption(t("time_from_screenshot"))
else:
    if question == webapp.ASK_DAY:
        st.write(t("moment_time_only", time=f"{d.seen_time:%H:%M}"))
    elif d.shows is not None:
        st.write(t("moment_no_clock"))
    choice = st.radio(
        "**" + t("moment_day_question" if question == webapp.ASK_DAY else "moment_question") + "**", webapp.CHOICES[question],
        index=None, key=f"moment_{k}", format_func=lambda c: t(f"moment_choice_{c}", today=f"{today:%d/%m/%Y}"),
        on_change=lambda: ss.__setitem__(f"answered_at_{k}", datetime.now(UTC)),
    )
    if question == webapp.ASK_DAY:  # the time is the screenshot's; the date field only for "another day"
        columns = st.columns(2)
        if choice == webapp.OTHER_DAY:
            picked_date = columns[0].date_input(t("field_date"), value=None, max_value=today, format="DD/MM/YYYY",
                                                key=f"date_{k}")
        picked_time = columns[-1 if choice == webapp.OTHER_DAY else 0].time_input(
            t("field_time"), value=d.seen_time, step=60, key=f"time_{k}")
        st.caption(t("time_only_from_screenshot"))
    elif choice == webapp.OTHER:
        col_date, col_time = st.columns(2)
        picked_date = col_date.date_input(t("field_date"), value=None, max_value=today, format="DD/MM/YYYY",
                                          key=f"date_{k}")
        picked_time = col_time.time_input(t("field_time"), value=None, step=60, key=f"time_{k}")
moment = webapp.problem_moment(d, webapp.MomentAnswer(choice, picked_date, picked_time), zone, answered_at)
if choice == webapp.NOW:
    st.caption(":material/schedule: " + t("moment_now_set", date=f"{moment.date:%d/%m/%Y}", time=f"{moment.time:%H:%M}"))
if question is not None and moment.pending:
    st.caption(":material/edit_note: " + t("moment_pending"))
if moment.converted_from and choice != webapp.NOW:  # "just now" already says it in Paris time
    paris = f"{moment.date:%d/%m/%Y} {moment.time:%H:%M}" if moment.date else f"{moment.time:%H:%M}"
    st.caption(t("time_converted", tz=moment.converted_from, paris=paris))
procedure = st.selectbox(t("field_procedure"), webapp.PROCEDURES, index=None, placeholder=t("choose"),
                         format_func=lambda p: t(f"procedure_{p}"), key=f"procedure_{k}")
step_text = st.text_input(t("field_step"), placeholder=t("field_step_placeholder"), key=f"step_{k}", max_chars=200)
tried = st.multiselect(t("field_tried"), webapp.TRIED, format_func=lambda p: t(f"tried_{p}"), placeholder=t("choose"),
                       key=f"tried_{k}")
tried_more = st.text_input(t("field_tried_more"), key=f"tried_more_{k}", max_chars=200)
identifier = st.selectbox(t("field_identifier"), webapp.IDENTIFIERS, index=None, placeholder=t("choose"),
                          format_func=lambda p: t(f"identifier_{p}"), key=f"identifier_{k}")
include_identifier = hide and identifier is not None and st.checkbox(t("include_identifier"), key=f"include_{k}")
st.caption(":material/key_off: " + t("password_warning"))
# Hiding or including an identifier gives the field a fresh value (its key names the choice).
error_text = st.text_area(t("field_error_text"), value=webapp.private_text(read.error_text, hide, identifier, include_identifier),
                          key=f"error_text_{k}_{int(hide)}{int(include_identifier)}", max_chars=600, height=90)

form = webapp.CccForm.at(moment, procedure=procedure, blocking_step=step_text, tried=tuple(tried), tried_more=tried_more,
                         identifier=identifier, error_text=error_text)
base: CccFields = engine.default_fields(d)
message_fr = webapp.private_text(engine.ccc_message(d, webapp.ccc_fields(base, form, Translator("fr"))), hide, identifier,
                                    include_identifier)
columns = st.columns(2) if lang != "fr" else [st.container()]
with columns[0].container(key="ccc_fr"):
    st.markdown(f"**{t('ccc_fr_label')}**")
    st.code(message_fr, language=None, wrap_lines=True)
    st.caption(":material/content_copy: " + t("copy_tip"))
    st.download_button(t("download_button"), message_fr.encode("utf-8"), file_name="message-ccc.txt", mime="text/plain",
                       on_click="ignore", key=f"download_{k}", icon=":material/download:", width="stretch")
if lang != "fr":
    with columns[1].container(key="ccc_user"):
        st.markdown(f"**{t('ccc_user_label')}**")
        st.code(webapp.private_text(engine.ccc_message(d, webapp.ccc_fields(base, form, t), lang), hide, identifier,
                                       include_identifier), language=None, wrap_lines=True)

# -- helper view ------------------------------------------------------------------
if st.toggle(t("helper_toggle"), key="helper"):
    st.caption(t("helper_candidates"))
    st.dataframe(
        [{t("helper_situation"): s, t("helper_score"): round(v, 3)} for s, v in d.candidates],
        hide_index=True, width="stretch",
    )
    if d.ocr_confidence is None:
        st.caption(t("helper_no_ocr"))
    else:
        st.caption(t("helper_ocr_confidence", value=round(d.ocr_confidence)))
    st.code(webapp.shown_text(d.text), language=None, wrap_lines=True)

next_steps()
