"""How images are read: real Tesseract on generated screens with a taskbar, a photo frame."""

import io

import pytest
from PIL import Image, ImageDraw, ImageOps

from tests.conftest import font, render_arabic_image, render_text_image
from troubleshoot.reading import clock
from troubleshoot.reading import strategy as reading
from troubleshoot.reading.images import prepare_for_ocr

pytestmark = pytest.mark.ocr


def _desktop_with_taskbar(clock: tuple[str, str] = ("15:53", "24/05/2025")) -> Image.Image:
    """A page over a dark taskbar whose clock is light text, as on Windows."""
    page = render_text_image(["Une erreur technique est survenue."], size=(1366, 768))
    draw = ImageDraw.Draw(page)
    draw.rectangle((0, 720, 1366, 768), fill=(32, 32, 36))
    small = font(14)
    draw.text((1280, 726), clock[0], fill="white", font=small)
    draw.text((1266, 746), clock[1], fill="white", font=small)
    return page


def test_prepare_turns_a_dark_taskbar_light() -> None:
    prepared, _ = prepare_for_ocr(_desktop_with_taskbar())
    assert prepared.getpixel((10, 760)) > 200 and prepared.getpixel((10, 300)) > 200


def test_first_reading_gets_the_taskbar_clock(engine) -> None:
    result = reading.read(_desktop_with_taskbar(), engine.kb.settings.ocr, strong=False)
    assert "15:53" in result.ocr.text and "24/05/2025" in result.ocr.text
    clock_line = next(line for line in result.ocr.lines if "15:53" in result.ocr.text[line.start : line.end])
    assert clock_line.y is not None and clock_line.y > 0.9


def test_edges_are_read_only_when_needed(engine) -> None:
    first = reading.read(render_text_image(["Erreur technique"], size=(1000, 600)), engine.kb.settings.ocr, strong=False)
    # No dark taskbar and no piece of an address at the top: nothing more to read.
    assert reading.read_edges(first, engine.kb.settings.ocr, clock=True, address=True) is None


def test_a_page_s_footer_at_the_bottom_edge_is_no_taskbar_whose_clock_was_missed(engine) -> None:
    page = render_text_image(["Une erreur technique est survenue."], size=(1366, 768))
    ImageDraw.Draw(page).text((120, 740), "Mentions légales    Plan du site    Accessibilité : non conforme", fill=(58, 58, 58), font=font(13))
    first = reading.read(page, engine.kb.settings.ocr, strong=False)
    assert first.bars is not None and any(p.item.edge == "bottom" for p in first.bars.placed)
    assert reading.read_edges(first, engine.kb.settings.ocr, clock=True, address=False) is None


def test_load_straightens_a_photographed_screen() -> None:
    page = render_text_image(["Une erreur technique est survenue."] * 4, size=(900, 560))
    import numpy as np

    # A camera's surround: a dark desk with sensor noise (a screenshot's flat bar is no photo).
    grain = np.random.default_rng(3).normal(72, 6, (1000, 1400, 3)).clip(0, 255).astype(np.uint8)
    photo = Image.fromarray(grain, "RGB")
    photo.paste(page.rotate(3, expand=True, fillcolor=(70, 70, 75)), (220, 180))
    buffer = io.BytesIO()
    photo.save(buffer, "JPEG", quality=85)
    upright = reading.load(buffer.getvalue())
    assert upright.width < 1200 and upright.height < 800  # the surround is gone
    grey = ImageOps.grayscale(upright)
    assert grey.getpixel((upright.width // 2, upright.height // 2)) > 200


def test_second_reading_uses_both_languages(engine, monkeypatch: pytest.MonkeyPatch) -> None:
    calls = []
    real = reading.ocr.read

    def spy(image, **kwargs):
        calls.append(kwargs)
        return real(image, **kwargs)

    monkeypatch.setattr(reading.ocr, "read", spy)
    reading.read(render_text_image(["Invalid username or password."]), engine.kb.settings.ocr, strong=True)
    assert calls[0]["languages"] == engine.kb.settings.ocr.languages and calls[0]["psm"] == 11


def test_a_page_read_in_bands_keeps_the_reading_order_and_the_boxes(engine, monkeypatch: pytest.MonkeyPatch) -> None:
    words = ["dossier", "titre", "séjour", "rendez-vous", "préfecture", "récépissé", "justificatif", "domicile"]
    lines = [f"Ligne {word} numéro {n}" for n, word in enumerate(words)]
    page = render_text_image(lines, size=(1000, 900), font_size=28)
    bands = []
    real = reading.ocr.read_many

    def spy(images, **options):
        bands.append(len(images))
        return real(images, **options)

    monkeypatch.setattr(reading.ocr, "read_many", spy)
    monkeypatch.setattr(reading.ocr, "PARALLEL", 2)  # as on the 2-core machines this is made for
    result = reading.read(page, engine.kb.settings.ocr, strong=False).ocr
    assert bands == [2]  # the page was cut in two and both halves read
    positions = [result.text.find(word) for word in words]
    assert all(p >= 0 for p in positions) and positions == sorted(positions)
    last = next(w for w in result.words if w.text == "domicile")
    drawn_top = 30 + int(28 * 1.8) * 7
    assert abs(last.box[1] - drawn_top) < 20  # boxes are back in the page's frame
    last_line = next(line for line in result.lines if line.start <= last.start < line.end)
    assert last_line.y is not None and last_line.y > 0.4


@pytest.mark.parametrize(
    ("script", "user_lang", "expected"),
    [("arabic", "fr", "ara+fas+fra"), ("arabic", "fa", "fas+ara+fra"), ("cyrillic", "ru", "rus+ukr+fra"), ("cyrillic", "uk", "ukr+rus+fra")],
)
def test_languages_for_script_follow_the_page_then_the_user(engine, script: str, user_lang: str, expected: str) -> None:
    if script == "arabic":
        page = render_arabic_image(["اسم المستخدم أو كلمة المرور غير صالحة.", "هل نسيت كلمة المرور؟"] * 2)
    else:
        page = render_text_image(["Неверное имя пользователя или пароль.", "Забыли пароль?"] * 2, size=(1200, 400))
    assert reading.languages_for_script(page, engine.kb.settings.ocr, user_lang) == (script.capitalize(), expected)


def test_languages_for_script_keep_a_latin_page_as_it_is(engine) -> None:
    page = render_text_image(["Votre demande a été enregistrée.", "Mot de passe oublié ?"] * 2, size=(1200, 400))
    assert reading.languages_for_script(page, engine.kb.settings.ocr, "ar") is None


def test_a_page_translated_into_arabic_is_read_in_arabic(engine) -> None:
    page = render_arabic_image(["اسم المستخدم أو كلمة المرور غير صالحة.", "يرجى التحقق من إدخالك والمحاولة مرة أخرى."])
    diagnosis = engine.diagnose_image(_png(page), lang="ar")
    assert "كلمة المرور" in diagnosis.text  # the French model alone reads Latin-looking noise
    assert diagnosis.page_script == "Arabic"  # the app asks for a capture in French for the CCC
    latin = engine.diagnose_image(_png(render_text_image(["Identifiant ou mot de passe invalide."])), lang="ar")
    assert latin.page_script is None


def _png(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


def test_a_short_text_too_small_to_tell_its_script_is_read_in_the_users_script(engine) -> None:
    page = render_arabic_image(["كلمة المرور غير صحيحة"], size=(900, 200))
    assert reading.languages_for_script(page, engine.kb.settings.ocr, "ar") == ("Arabic", "ara+fra")
    assert reading.languages_for_script(page, engine.kb.settings.ocr, "fr") is None


def test_a_translated_page_under_a_latin_address_bar_is_seen_as_arabic(engine) -> None:
    page = render_arabic_image([""] * 3 + ["اسم المستخدم أو كلمة المرور غير صالحة.", "يرجى التحقق من إدخالك والمحاولة مرة أخرى.", "هل نسيت كلمة المرور؟"],
                               size=(1366, 768))
    draw = ImageDraw.Draw(page)
    draw.rectangle((0, 0, 1366, 80), fill=(222, 225, 230))
    draw.text((20, 8), "Connexion - Étrangers en France   New Tab", fill="black", font=font(18))
    draw.text((20, 45), "https://sso.anef.dgef.interieur.gouv.fr/auth/realms/anef-usagers/protocol/openid-connect/auth", fill="black", font=font(18))
    assert reading.languages_for_script(page, engine.kb.settings.ocr, "fr") == ("Arabic", "ara+fas+fra")


def test_a_line_read_across_two_frame_items_is_cut_back_into_one_line_each() -> None:
    from troubleshoot.reading import ocr as ocr_module
    from troubleshoot.reading import strategy as reading_module
    from troubleshoot.reading.extract import Line as TextLine

    # "ENG 14:32": the language indicator (item 0) and the clock (item 1) read as one line.
    words = [
        ocr_module.OcrWord("ENG", 90.0, (1100, 740, 30, 12), 0, 3),
        ocr_module.OcrWord("14:32", 90.0, (1300, 740, 40, 12), 4, 9),
    ]
    lines = reading_module._place_lines((TextLine(0, 9),), words, {0: 0, 1: 1}, (1366, 768), None)
    assert [(line.start, line.end, line.item) for line in lines] == [(0, 3, 0), (4, 9, 1)]
    assert lines[1].x > 0.95 and all(line.frame for line in lines)


def test_items_read_again_as_a_clock_are_those_mostly_of_digits() -> None:
    from troubleshoot.reading import ocr as ocr_module
    from troubleshoot.reading import strategy as reading_module
    from troubleshoot.reading.extract import Line as TextLine

    said = ["sso.anef.dgef.interieur.gouv.fr/auth?tab_id=pW7e", "Friday", "12:48", "14/08/202€", "ENG"]
    text, lines = "", []
    for item, piece in enumerate(said):
        start = len(text) + (1 if text else 0)
        text = f"{text}\n{piece}" if text else piece
        lines.append(TextLine(start, start + len(piece), 0.9, frame=True, item=item))
    framed = ocr_module.OcrResult(text, (), tuple(lines), 90.0)
    texts = reading_module._item_texts(framed)
    assert reading_module._items_with_digits(texts) == [2, 3]  # the time, then the date; never the address
    # Once the time is read, only the date is worth a second look.
    assert [n for n in reading_module._items_with_digits(texts) if clock.digits_beyond_time(texts[n])] == [3]


def test_a_clock_read_whole_shows_no_date_to_look_for() -> None:
    assert not clock.digits_beyond_time("Tue 17:01")
    assert not clock.digits_beyond_time("jeu. 15:01")
    assert not clock.digits_beyond_time("7:43 PM")
    assert not clock.digits_beyond_time("23% jeu. 20:04")  # a battery's charge is no date
    assert clock.digits_beyond_time("7:43 PM 3/2/2O25")
    assert clock.digits_beyond_time("17:01 0112")
    assert clock.digits_beyond_time("1701")  # a time read without its colon is not explained
    assert not clock.digits_beyond_time("11:13 PM E 3")  # an icon read as a digit, a badge: no date
    assert clock.digits_beyond_time("11:13 PM 1/5")


def test_a_taskbars_clock_the_first_reading_lost_is_read_again(engine) -> None:
    # Read with the page, a clock's block can be dropped whole by Tesseract's layout
    # analysis (a photo's grey taskbar), leaving not even a digit as a hint. A
    # taskbar always has a clock: its items are read again on their own.
    page = _desktop_with_taskbar(("09:41", "17/10/2026"))
    first = reading.read(page, engine.kb.settings.ocr, strong=False)
    lost = reading.Reading(first.ocr, first.view, None)  # what the first reading kept of the frame: nothing
    again = reading.read_edges(lost, engine.kb.settings.ocr, clock=True, address=False)
    assert again is not None
    assert "09:41" in again.ocr.text and "17/10/2026" in again.ocr.text


@pytest.mark.parametrize(
    ("name", "seen"),
    [
        # a light taskbar's two-line clock and a bell, right against the photographed bezel
        ("f006.jpg", ("2025-01-09", "05:44")),
        # a dark page in a black bezel on a charcoal desk, tilted: found by its faint outline
        ("f047.jpg", (None, "15:23")),  # its small en-US date (1/22/2026) is not read yet
    ],
)
def test_photos_of_a_screen_have_their_clock_read(engine, name: str, seen: tuple[str, str]) -> None:
    from pathlib import Path

    d = engine.diagnose_image(Path(__file__).parents[2] / "samples" / "frames" / "fresh-10" / "images" / name)
    date_read = d.seen_date.isoformat() if d.seen_date else None
    assert (date_read if seen[0] else None, d.seen_time.strftime("%H:%M") if d.seen_time else None) == seen


def test_cyrillic_read_as_latin_letters_is_told_from_french_with_a_few_odd_words() -> None:
    from troubleshoot.reading.strategy import looks_misread

    # What the French model makes of a Ukrainian page: shapes kept, case and digits astray.
    assert looks_misread("IHo3emui y PpaHuyii Moi Kpoku OTpumMaHo 3anuT Ha A0ZaTKOBi AOKyMeHTU MpebekTypa APOCUTE")
    # French with its usual oddities (a brand in camel case, a code, names in capitals) is not.
    french = ("Ce code e-photo est rattaché à une autre identité. Connectez-vous avec FranceConnect. "
              "Code C8K2 9PLX 3QWT 7MZA pour Mme Samira HADDAD, titre de séjour pluriannuel, préfecture du Rhône")
    assert not looks_misread(french)
    # A few odd words in a long French page do not make it another script.
    assert not looks_misread(french + " 3anuT PpaHuyii")


def _dimmed_dialog() -> Image.Image:
    """A Ukrainian dialog over a page dimmed grey, under a French browser's menus and bookmarks."""
    page = Image.new("RGB", (1600, 900), (128, 128, 128))
    draw = ImageDraw.Draw(page)
    draw.rectangle((0, 0, 1600, 70), fill=(250, 250, 250))
    draw.text((20, 20), "Firefox Fichier Édition Affichage Historique Marque-pages Outils Fenêtre Aide", fill=(20, 20, 20), font=font(22))
    draw.rectangle((0, 70, 1600, 130), fill=(240, 240, 240))
    draw.text((20, 90), "Boîte de réception - Webmel   Météo Paris - Prévisions   Traduction   RDV Santé", fill=(40, 40, 40), font=font(18))
    draw.text((300, 200), "Мої кроки   Мої документи   Мій рахунок", fill=(60, 60, 60), font=font(16))
    draw.rectangle((560, 330, 1040, 640), fill=(255, 255, 255))
    draw.text((650, 370), "Сеанс закінчився", fill=(0, 0, 0), font=font(26))
    lines = ["Щоб захистити ваші дані, ваш сеанс", "було закрито після 30 хвилин", "бездіяльності. Незбережену", "інформацію втрачено."]
    for i, line in enumerate(lines):
        draw.text((600, 440 + 34 * i), line, fill=(20, 20, 20), font=font(19))
    return page


def test_a_dialog_in_another_script_over_a_dimmed_page_is_read_in_its_script(engine) -> None:
    # The whole body holds too few clear characters for the script detection (the
    # page is dimmed) and the French menus dilute the odd words: the dialog's own
    # lines, where the odd words gather, tell the script.
    buffer = io.BytesIO()
    _dimmed_dialog().save(buffer, "PNG")
    diagnosis = engine.diagnose_image(buffer.getvalue())
    assert diagnosis.page_script == "Cyrillic"
    assert "Сеанс" in diagnosis.text
    assert diagnosis.situation == "blocked_page"  # the session ended


def test_lines_packed_with_odd_words_are_misread_even_among_many_french_ones() -> None:
    french = "\n".join(["Firefox Fichier Édition Affichage Historique Marque-pages Outils Fenêtre Aide"] * 6)
    body = "CeaHc 3akiH4uBca\nLlo6 3axucTUTu Balli AaHi, Bal ceaHc\n6yno sakpuro nicna 30 xBunuH\n6esaiankHocri. Hes6epexeHy"
    assert reading.looks_misread(french + "\n" + body)
    assert not reading.looks_misread(french + "\nVotre session a expiré. FranceConnect")


def test_the_misread_region_is_where_the_odd_words_gather() -> None:
    from troubleshoot.reading.ocr import OcrWord

    odd = [OcrWord(t, 80.0, (600 + 60 * i, 450 + 30 * (i % 3), 50, 20), 0, 0) for i, t in enumerate(["CeaHc", "3akiH4uBca", "Bal", "ceaHc", "6yno", "xBunuH"])]
    stray = OcrWord("trosenuiY", 80.0, (40, 10, 90, 20), 0, 0)  # a translated tab title at the top
    box = reading.misread_region([stray, *odd, OcrWord("Fichier", 90.0, (100, 10, 60, 20), 0, 0)], (1600, 900))
    assert box is not None and box[1] > 300 and box[0] > 500  # around the dialog, not up to the tab
    assert reading.misread_region(odd[:2], (1600, 900)) is None  # two odd words tell nothing
