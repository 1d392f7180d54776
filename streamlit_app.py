"""The web page: a thin shell over ``troubleshoot`` (logic lives in the package).

Privacy: user pictures and text live only in this session's memory while the
tab is open; nothing is cached across users, written to disk or logged.
"""

from __future__ import annotations

import gc
import hashlib
import os
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from functools import partial

os.environ.setdefault("OMP_THREAD_LIMIT", "1")  # tesseract is much faster single-threaded

import streamlit as st  # noqa: E402

from troubleshoot import Diagnosis, Engine, slots, webapp  # noqa: E402
from troubleshoot.answering import report  # noqa: E402
from troubleshoot.answering.annotate import annotate, evidence_boxes  # noqa: E402
from troubleshoot.answering.case import IMAGE, TEXT, Case, CaseItem, build  # noqa: E402
from troubleshoot.answering.device import from_user_agent  # noqa: E402
from troubleshoot.i18n import Translator, negotiate  # noqa: E402


@st.cache_resource
def get_engine() -> Engine:
    """One read-only engine for every session (knowledge and rules load once)."""
    engine = Engine()
    # The first st.warning/st.info of the process imports Streamlit's emoji table and compiles its
    # regex (0.4 s of CPU holding the interpreter lock, measured with benchmarks/load.py --profile):
    # done here, at start-up, not in the middle of the first people's answers.
    import streamlit.emojis  # noqa: F401

    gc.freeze()  # the models and rules stay for the process: the collector need not walk them again
    return engine


@st.cache_resource
def get_gate() -> slots.Gate:
    """The reading slots, one queue for every session of this server (sized by TROUBLESHOOT_OCR_SLOTS)."""
    return slots.Gate.from_env()


@dataclass(frozen=True)
class Reading:
    """One input of the case as read: its diagnosis, or the error code."""

    diagnosis: Diagnosis | None
    error: str | None


engine = get_engine()
languages = engine.kb.settings.languages
ss = st.session_state
ss.setdefault("nonce", 0)  # part of every input key: "clear" gives fresh, empty widgets
if "ui_lang" not in ss:
    ss.ui_lang = negotiate(st.query_params.get("lang"), st.context.locale, languages, engine.kb.settings.default_language)


def add_text() -> None:
    """The pasted text joins the case; the box is emptied for the next one."""
    box = f"text_{ss.nonce}"
    text = (ss.get(box) or "").strip()
    texts = ss.setdefault(f"texts_{ss.nonce}", [])
    if text and text not in texts:
        texts.append(text)
    ss[box] = ""


def clear() -> None:
    ss.nonce += 1
    ss.pop("readings", None)
    ss.pop("renders", None)


def next_steps(progress: bool = False) -> None:
    """Where to get help: shown with every answer, and before any input too.

    ``progress``: the page offered the préfecture's message; the CCC is named for a blockage
    only, and nothing tells the user to paste that message into the CCC's form.
    """
    st.header(t("next_heading"))
    if progress:
        st.write(t("next_progress"))
    st.markdown("\n".join(f"- {s}" for s in (
        ":material/call: " + t("next_phone", phone=f"[{webapp.CCC_PHONE}](tel:{webapp.CCC_PHONE.replace(' ', '')})"),
        ":material/mail: " + t("next_contact_plain" if progress else "next_contact"), ":material/apartment: " + t("next_pan"),
    )))
    st.caption(t("next_scope"))
    st.divider()
    st.caption(t("footer"))


def helper_view(case: Case, d: Diagnosis) -> None:
    """The helper view (for volunteers): each input, the candidate situations, the words and the text read."""
    if not st.toggle(t("helper_toggle"), key="helper"):
        return
    if len(case.items) > 1:
        st.caption(t("helper_inputs"))
        st.dataframe([{
            t("helper_item"): position, t("helper_situation"): report.title(engine.kb, item.diagnosis, lang),
            t("helper_confidence"): t(f"confidence_{webapp.confidence_word(engine, item.diagnosis.confidence)}"),
            t("helper_evidence"): " · ".join(dict.fromkeys(" ".join(e.phrase.split()) for e in item.diagnosis.evidence)),
        } for position, item in enumerate(case.items, start=1)], hide_index=True, width="stretch")
    st.caption(t("helper_candidates"))
    st.dataframe(
        [{t("helper_situation"): report.title(engine.kb, replace(d, situation=s, step=None), lang),
          t("helper_confidence"): t(f"confidence_{webapp.confidence_word(engine, v)}"), t("helper_score"): round(v, 3)}
         for s, v in d.candidates],
        hide_index=True, width="stretch",
    )
    if d.evidence:
        st.caption(t("helper_evidence"))
        st.code("\n".join(dict.fromkeys(" ".join(e.phrase.split()) for e in d.evidence)), language=None, wrap_lines=True)
    if d.ocr_confidence is None:
        st.caption(t("helper_no_ocr"))
    else:
        st.caption(t("helper_ocr_confidence", value=round(d.ocr_confidence)))
    st.code(webapp.shown_text(d.text), language=None, wrap_lines=True)


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
uploads = st.file_uploader(t("upload_label"), type=webapp.IMAGE_TYPES, key=f"upload_{n}", accept_multiple_files=True)
with st.expander(t("camera_expander"), icon=":material/photo_camera:"):
    st.caption(t("camera_tip"))
    photo = st.camera_input(t("camera_label"), key=f"camera_{n}")
st.text_area(t("paste_label"), key=f"text_{n}", max_chars=20_000)
st.button(t("paste_button"), key=f"analyse_{n}", on_click=add_text, type="primary", width="stretch")
texts: list[str] = ss.get(f"texts_{n}", [])
if texts:
    st.caption(t("texts_added"))
    st.code("\n\n".join(webapp.shown_text(webapp.private_text(text, hide)) for text in texts), language=None,
            wrap_lines=True)
samples = webapp.available_samples()
if samples:
    sample = st.selectbox(
        t("sample_label"), range(len(samples)), index=None, placeholder=t("sample_placeholder"), key=f"sample_{n}",
        format_func=lambda i: t(f"sample_{samples[i].kind}", n=i + 1),
    )
else:
    sample = None
st.button(t("clear_button"), key="clear", on_click=clear, icon=":material/delete:", width="stretch")

# Every input present is part of the case, in the order given: the screenshots
# uploaded, the photo, the example, then the texts added.
given: list[tuple[str, bytes | None, str | None]] = [(f.name, f.getvalue(), None) for f in uploads or []]
if photo is not None:
    given.append((photo.name or "photo", photo.getvalue(), None))
if sample is not None:
    given.append((samples[sample].path.name, samples[sample].path.read_bytes(), None))
given += [(f"text:{i}", None, text) for i, text in enumerate(texts, start=1)]

if not given:
    st.write(t("empty_state"))
    next_steps()
    st.stop()


def digest(image: bytes | None, text: str | None) -> str:
    return hashlib.sha256(image if image is not None else (text or "").encode("utf-8")).hexdigest()


# Each input is read once per session; readings of inputs no longer given are dropped.
keys = [digest(image, text) for _, image, text in given]
readings: dict[str, Reading] = {k: r for k, r in ss.get("readings", {}).items() if k in keys}
missing = [(k, g) for k, g in zip(keys, given, strict=True) if k not in readings]
ss.readings = readings  # the same dict: a reading done before the user changes their input is kept
if missing:
    images = any(image is not None for _, (_, image, _) in missing)
    with st.container(key="reading"), st.status(t("reading_image") if images else t("reading_text"), expanded=False) as status:
        for k, (name, image, text) in missing:
            try:
                if image is not None:
                    # A place in the server's queue; updating the label is where Streamlit stops
                    # the wait of a user who left or changed their input (their place is given up).
                    with slots.wait_for_slot(get_gate(), lambda wait: status.update(label=webapp.waiting_label(t, wait))):
                        status.update(label=t("reading_image"))
                        diagnosis = engine.diagnose_image(image, lang=lang, input_name=name)
                else:
                    diagnosis = engine.diagnose_text(text or "", lang=lang, input_name=name)
                readings[k] = Reading(diagnosis, None)
            except Exception as exc:  # every failure becomes a translated sentence, never a traceback
                webapp.log_failure(exc)
                readings[k] = Reading(None, webapp.error_key(exc))
        failed_all = all(readings[k].error for k, _ in missing)
        status.update(label=t("reading_failed") if failed_all else t("reading_done"), state="error" if failed_all else "complete")

# Pictures made for this page are kept for its reruns (in this session only): see webapp.Renders.
renders = webapp.Renders(ss.get("renders"))
ss.renders = renders.kept
items: list[CaseItem] = []
as_read: dict[int, Diagnosis] = {}  # by position given: the diagnosis as read, unmasked
shown: dict[int, webapp.Private] = {}  # what the page may show of it: with "hide", masked, never the original picture
for position, (k, (name, image, _)) in enumerate(zip(keys, given, strict=True)):
    found = readings[k]
    if found.error or found.diagnosis is None:
        st.error(t(found.error or "error_unexpected"), icon=":material/error:")
        if len(given) > 1:
            st.caption(t("input_failed", name=name))
        continue
    as_read[position], shown[position] = renders.get(("private", k, lang, hide),
                                                     partial(webapp.shown_reading, engine, found.diagnosis, image, lang, hide))
    items.append(CaseItem(position, name, shown[position].diagnosis, IMAGE if image is not None else TEXT,
                          shown[position].source))
if not items:
    next_steps()
    st.stop()
case = build(items, engine.kb.fallback.id)
problem = case.problem_item
d = problem.diagnosis  # masked when hiding
read = as_read[problem.given]  # as read: only for what the user chooses to include
private = shown[problem.given]
key = keys[problem.given]  # the fields below belong to the problem input: adding another keeps them
unknown = webapp.is_fallback(engine, d)

# -- what is happening --------------------------------------------------------
st.header(t("result_heading"))
if len(case.items) > 1:  # the sequence, told in the user's language
    st.markdown(f"**{t('case_heading', n=len(case.items))}**")
    st.markdown("\n".join(f"- {webapp.md_escape(line)}" for line in report.story(engine.kb, case, lang)))
if d.poor_reading:
    tips = "\n".join(f"- {t(k)}" for k in ("poor_tip_straight", "poor_tip_whole", "poor_tip_light", "poor_tip_screenshot"))
    st.warning(t("poor_reading") + "\n\n" + tips, icon=":material/blur_on:")
if d.page_script:
    st.info(t("translated_page"), icon=":material/translate:")
with st.container(key=f"situation_{d.situation or engine.kb.fallback.id}"):  # the id as a class, for tests
    st.subheader(webapp.md_escape(d.title))
st.write(webapp.md_escape(d.summary))
if unknown:
    st.info(t("not_recognised"), icon=":material/help:")
if d.notice:
    st.warning(webapp.md_escape(d.notice))
if d.status is not None:  # a status code or label: its meaning, and how sure that meaning is
    st.info(f"**{webapp.md_escape(t('status_found', code=d.status.found))}** — {webapp.md_escape(d.status.meaning)}\n\n"
            f"{webapp.md_escape(d.status.reliability_note)}  \n"
            f"↗ [{webapp.md_escape(t('status_source', title=d.status.source_title))}](<{d.status.source_url}>)",
            icon=":material/info:" if d.status.reliability == "official" else ":material/help:")
if d.fix and d.fix.steps:
    st.markdown(f"**{t('fix_heading')}**")
    st.markdown("\n".join(
        f"{i}. {webapp.md_escape(step.text)}  \n   ↗ [{webapp.md_escape(t('source_label', title=step.source_title))}](<{step.source_url}>)"
        for i, step in enumerate(d.fix.steps, 1)
    ))

with st.expander(t("evidence_heading"), icon=":material/search:", expanded=problem.image is not None and bool(d.evidence)):
    if problem.image is not None:
        # Boxes refer to the image as read: upright, and straightened for a photo of a screen.
        shown_image = private.image  # with "hide", the masked copy
        boxes = evidence_boxes(d.evidence)
        if boxes:
            st.image(renders.get(("zoom", key, lang, hide), lambda: webapp.shown_jpeg(annotate(shown_image, boxes, zoom=True))),
                     caption=t("evidence_caption"), alt=t("evidence_alt"))
        st.image(renders.get(("whole", key, lang, hide), lambda: webapp.shown_jpeg(annotate(shown_image, boxes))),
                 alt=t("screenshot_alt"))
        if private.masked_png is not None:
            st.download_button(t("redact_download"), private.masked_png, file_name="capture-masquee.png", mime="image/png",
                               on_click="ignore", key=f"download_masked_{key[:12]}", icon=":material/download:")
    if d.evidence:
        st.caption(t("evidence_phrases"))
        # Each phrase with the concepts that made it (the helper view: why this answer).
        st.code("\n".join(dict.fromkeys(webapp.evidence_line(e) for e in d.evidence)), language=None, wrap_lines=True)
    else:
        st.caption(t("no_evidence"))
    st.caption(t("text_read"))
    st.code(webapp.shown_text(d.text), language=None, wrap_lines=True)

# -- the progress of a file: the CCC cannot answer it, the préfecture's message instead --
# Which situations are about progress is data (knowledge/prefecture_message.yaml), as for
# the command's report: the same decision and the same message.
if report.about_progress(engine.kb, case):
    st.header(t("prefecture_heading"))
    st.info(t("prefecture_not_ccc"), icon=":material/info:")
    st.write(t("prefecture_intro"))
    kp = f"{n}_{key[:12]}"  # a new problem input gets fresh fields
    pref_procedure = st.selectbox(t("field_procedure"), webapp.PROCEDURES, index=None, placeholder=t("choose"),
                                  format_func=lambda p: t(f"procedure_{p}"), key=f"pref_procedure_{kp}")
    request_number = st.text_input(t("field_request_number"), key=f"pref_number_{kp}", max_chars=40)
    col_dep, col_end = st.columns(2)  # dates typed as the user reads them on their documents
    deposit = col_dep.text_input(t("field_deposit_date"), placeholder="JJ/MM/AAAA", key=f"pref_deposit_{kp}", max_chars=20)
    att_end = col_end.text_input(t("field_attestation_end"), placeholder="JJ/MM/AAAA", key=f"pref_end_{kp}", max_chars=20)

    def letter(tr: Translator) -> str:
        """The message in ``tr``'s language (French to send), with the procedure worded in it."""
        values = webapp.prefecture_values(request_number, deposit, att_end,
                                          procedure=tr(f"procedure_{pref_procedure}") if pref_procedure else "")
        return report.prefecture(engine.kb, case, report.ReportFields(), tr.lang, values) or ""

    prefecture_fr = letter(Translator("fr"))
    with st.container(key="prefecture_fr"):
        st.markdown(f"**{t('prefecture_fr_label')}**")
        st.code(prefecture_fr, language=None, wrap_lines=True)
        st.caption(":material/content_copy: " + t("prefecture_copy_tip"))
        st.download_button(t("prefecture_download"), prefecture_fr.encode("utf-8"), file_name="message-prefecture.txt",
                           mime="text/plain", on_click="ignore", key=f"pref_download_{kp}", icon=":material/download:",
                           width="stretch")
    if lang != "fr":
        with st.container(key="prefecture_user"):
            st.markdown(f"**{t('prefecture_user_label')}**")
            st.code(letter(t), language=None, wrap_lines=True)
    st.caption(":material/build: " + t("ccc_only_blockage"))
    helper_view(case, d)
    next_steps(progress=True)
    st.stop()

# The screenshot check is drawn here, once the message's date and time are known (below).
check = st.container() if case.screenshots else None

# -- message for the CCC ------------------------------------------------------
st.header(t("ccc_heading"))
st.write(t("ccc_intro"))
k = f"{n}_{key[:12]}"  # a new problem input gets fresh fields, pre-filled from it
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
    if question == webapp.ASK_DAY and d.seen_date_order_guessed and d.seen_date:
        st.write(t("moment_order_unsure", time=f"{d.seen_time:%H:%M}", one=f"{d.seen_date:%d/%m/%Y}",
                   other=f"{webapp.swapped(d.seen_date) or d.seen_date:%d/%m/%Y}"))
    elif question == webapp.ASK_DAY and d.seen_date_year_guessed:
        st.write(t("moment_year_missing", time=f"{d.seen_time:%H:%M}", day=f"{d.seen_date:%d/%m}"))
    elif question == webapp.ASK_DAY:
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
            # The screen's date, its year or day-month order guessed, as a starting point to confirm.
            guess = min(d.seen_date, today) if d.date_guessed and d.seen_date else None
            picked_date = columns[0].date_input(t("field_date"), value=guess, max_value=today, format="DD/MM/YYYY",
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
# The device and browser: what this browser says it is (ua-parser), for the user to correct.
detected = from_user_agent(st.context.headers.get("User-Agent"))
col_device, col_browser = st.columns(2)
device = col_device.text_input(t("field_device"), value=detected.device or "", key=f"device_{k}", max_chars=120)
browser = col_browser.text_input(t("field_browser"), value=detected.browser or "", key=f"browser_{k}", max_chars=120)
if detected.device or detected.browser:
    st.caption(t("device_detected"))
identifier = st.selectbox(t("field_identifier"), webapp.IDENTIFIERS, index=None, placeholder=t("choose"),
                          format_func=lambda p: t(f"identifier_{p}"), key=f"identifier_{k}")
# With "hide", an identifier is given only when the user asks to put it in the message.
include_identifier = hide and identifier is not None and st.checkbox(t("include_identifier"), key=f"include_{k}")
identifier_value = (st.text_input(t("field_identifier_value"), key=f"identifier_value_{k}", max_chars=80)
                    if not hide or include_identifier else "")
st.caption(":material/key_off: " + t("password_warning"))
# Hiding or including an identifier gives the field a fresh value (its key names the choice).
error_text = st.text_area(t("field_error_text"), value=webapp.private_text(read.error_text, hide, identifier, include_identifier),
                          key=f"error_text_{k}_{int(hide)}{int(include_identifier)}", max_chars=600, height=90)

form = webapp.CccForm.at(moment, procedure=procedure, blocking_step=step_text, tried=tuple(tried), tried_more=tried_more,
                         identifier=identifier, error_text=error_text)
said = {"device": device, "browser": browser, "identifier": identifier_value}
fields_fr = webapp.report_fields(form, Translator("fr"), **said)
sent = webapp.private_messages(report.messages(engine.kb, case, fields_fr, "fr"), hide, identifier, include_identifier)
columns = st.columns(2) if lang != "fr" else [st.container()]
with columns[0].container(key="ccc_fr"):
    st.markdown(f"**{t('ccc_fr_label')}**")
    st.code(sent.full, language=None, wrap_lines=True)
    st.caption(":material/content_copy: " + t("copy_tip"))
    st.download_button(t("download_button"), sent.full.encode("utf-8"), file_name="message-full.txt", mime="text/plain",
                       on_click="ignore", key=f"download_{k}", icon=":material/download:", width="stretch")
if lang != "fr":
    with columns[1].container(key="ccc_user"):
        st.markdown(f"**{t('ccc_user_label')}**")
        user = report.messages(engine.kb, case, webapp.report_fields(form, t, **said), lang)
        st.code(webapp.private_messages(user, hide, identifier, include_identifier).full, language=None, wrap_lines=True)
with st.container(key="ccc_short"):
    st.markdown(f"**{t('ccc_short_label', length=len(sent.short))}**")
    st.code(sent.short, language=None, wrap_lines=True)
    st.download_button(t("download_short"), sent.short.encode("utf-8"), file_name="message-short.txt", mime="text/plain",
                       on_click="ignore", key=f"download_short_{k}", icon=":material/download:", width="stretch")

# -- the screenshot check: what each one shows, how to take a better one, the copy to attach ----
if check is not None:
    with check:
        st.header(t("check_heading"))
        st.write(t("check_intro"))
        choices = report.platforms(engine.kb)
        platform = None
        if any(report.needs_help(item) for item in case.screenshots):
            platform = st.selectbox(
                t("platform_label"), choices, key=f"platform_{n}",
                index=choices.index(detected.platform) if detected.platform in choices else 0,
                format_func=lambda p: report.screenshot_help(engine.kb, p, lang).name)
        for item in case.screenshots:
            number = case.number(item)
            with st.container(border=True, key=f"shot_{number}"):
                st.markdown(f"**{webapp.md_escape(t('shot_label', n=number, visible=report.visible(engine.kb, item.diagnosis.shows, lang)))}**")
                if report.needs_help(item) and platform is not None:
                    with st.expander(t("shot_help"), icon=":material/screenshot_monitor:"):
                        help_ = report.screenshot_help(engine.kb, platform, lang)
                        st.write(help_.intro)
                        st.markdown("\n".join(f"{i}. {webapp.md_escape(step.text)}" for i, step in enumerate(help_.steps, 1)))
                        first = help_.steps[0]
                        st.caption(f"↗ [{webapp.md_escape(t('source_label', title=first.source_title))}](<{first.source_url}>)")
                if item.image is None:  # hiding, and no masked copy could be made: never the original
                    continue
                lines = report.caption_lines(engine.kb, case, item, fields_fr)  # they follow the form: made again when it changes
                copy, shown_copy = renders.get(("copy", keys[item.given], hide, tuple(lines)),
                                               partial(webapp.annotated_copy, item.image, lines))
                st.image(shown_copy, alt=t("annotated_alt", n=number))
                st.download_button(t("download_annotated", n=number), copy, file_name=report.annotated_name(number),
                                   mime="image/png", on_click="ignore", key=f"download_png_{number}_{k}",
                                   icon=":material/download:", width="stretch")

helper_view(case, d)
next_steps()
