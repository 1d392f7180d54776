"""The held-out screenshot list (samples/holdout/images/*, samples/holdout/labels.csv).

Written apart from the main sample list (screens_content.py) and never used for tuning: page texts, messages and
layouts are new (own wording, own components).  Translated pages are the French page as a browser's machine
translation renders it (slightly literal).  All names and numbers are invented.
Rendered only by `make_screens.py --holdout`, with its own seed; the main set is not affected.
"""
import anef_html as H
from anef_html import (
    PORTAL,
    SSO_ACT,
    SSO_AUTH,
    alert,
    badge,
    breadcrumb,
    button,
    buttons,
    card,
    field,
    link,
    login_form,
    page_anef,
    stepper,
    table,
    upload,
)
from screens_content import _S, S, T, _finish

HOSTS_URL = "https://" + H.HOST
FC_ENDPOINT = "https://" + H.SSO + "/auth/realms/anef-usagers/broker/franceconnect-particulier/endpoint"
# invented account holders (none of them is in the main set)
PEOPLE = ["Nadia BOUZID", "Tariq HAMIDI", "Oksana MELNYK", "Dmitri VOLKOV", "Leila KARIMI", "Kwame ASANTE",
          "Hoang Minh TRAN", "Samir HADDAD"]


# ----------------------------------------------------------------------------- components not used by the main set
def callout(title, text, icon="info-line"):
    return (f'<div class="fr-callout fr-icon-{icon} fr-mb-3w"><h3 class="fr-callout__title">{title}</h3>'
            f'<p class="fr-callout__text">{text}</p></div>')


def banner(text, kind="warning"):
    """DSFR important-notice strip under the header."""
    return (f'<div class="fr-notice fr-notice--{kind}"><div class="fr-container"><div class="fr-notice__body">'
            f'<p class="fr-notice__title">{text}</p></div></div></div>')


def checkbox(label, error=None, checked=False):
    grp = "fr-checkbox-group" + (" fr-checkbox-group--error" if error else "")
    er = f'<p class="fr-error-text">{error}</p>' if error else ""
    return (f'<div class="{grp} fr-mb-3w" style="display:block"><input type="checkbox" id="cb"{" checked" if checked else ""}>'
            f'<label class="fr-label" for="cb">{label}</label>{er}</div>')


def key_values(rows):
    """a definition list (label / value), as on a confirmation page."""
    items = "".join(f'<div style="display:flex;gap:1.5rem;padding:.6rem 0;border-bottom:1px solid var(--border-default-grey)">'
                    f'<dt style="flex:0 0 38%;color:var(--text-mention-grey)">{k}</dt><dd style="margin:0;font-weight:700">{v}</dd></div>'
                    for k, v in rows)
    return f'<dl class="fr-mb-3w">{items}</dl>'


def tabs(labels, selected, panel):
    tl = "".join(f'<li role="presentation"><button class="fr-tabs__tab" role="tab" aria-selected="{"true" if i == selected else "false"}">{x}</button></li>'
                 for i, x in enumerate(labels))
    return (f'<div class="fr-tabs fr-mb-3w"><ul class="fr-tabs__list" role="tablist">{tl}</ul>'
            f'<div class="fr-tabs__panel fr-tabs__panel--selected" role="tabpanel">{panel}</div></div>')


def steps_list(steps, cur, dates):
    """numbered vertical progress with a coloured rail (another look than the main set's timeline)."""
    rows = []
    for i, s in enumerate(steps):
        done, now = i < cur, i == cur
        col = ("var(--background-action-high-success-hover)" if done else
               "var(--background-action-high-blue-france)" if now else "var(--border-default-grey)")
        txt = "var(--text-title-grey)" if (done or now) else "var(--text-mention-grey)"
        sub = f'<br><span class="fr-text--xs" style="color:var(--text-mention-grey)">{dates[i]}</span>' if dates[i] else ""
        rows.append(f'<li style="list-style:none;display:flex;gap:1rem;padding-bottom:1.1rem">'
                    f'<span style="flex:0 0 2rem;height:2rem;border-radius:50%;background:{col};color:#fff;text-align:center;'
                    f'line-height:2rem;font-weight:700">{i + 1}</span><span style="color:{txt};font-weight:{700 if now else 400}">{s}{sub}</span></li>')
    return f'<ol class="fr-pl-0 fr-mb-2w">{"".join(rows)}</ol>'


def row(*cols):
    """fields side by side."""
    w = 12 // len(cols)
    return ('<div class="fr-grid-row fr-grid-row--gutters">' +
            "".join(f'<div class="fr-col-12 fr-col-md-{w}">{c}</div>' for c in cols) + "</div>")


def message_card(sender, date, subject, body, status):
    return (f'<div class="fr-p-3w fr-mb-3w" style="border-left:4px solid var(--border-action-high-blue-france);background:var(--background-alt-grey)">'
            f'<p class="fr-text--sm fr-mb-1w" style="color:var(--text-mention-grey)">{sender} — {date}</p>'
            f'<h2 class="fr-h5 fr-mb-2w">{subject} {status}</h2>{body}</div>')


# =============================================================================== browser-translated pages
def translated_holdout():
    # ---------------------------------------------------------------- Arabic (3)
    T("login_failure", "ar", url=SSO_AUTH + "&kc_locale=fr", bubble=True, tab="الوصول إلى مساحتي - الأجانب في فرنسا",
      body=page_anef(
          '<div class="fr-grid-row fr-grid-row--gutters"><div class="fr-col-12 fr-col-md-7">' +
          login_form("ar", alert("error", "فشل المصادقة",
                                 "الرقم الأجنبي أو كلمة المرور التي أدخلتها لا تتوافق مع أي حساب نشط. المحاولات المتبقية قبل قفل الحساب: 1"),
                     ident="7715520938", fc=False, heading="الوصول إلى مساحتي") +
          '</div><div class="fr-col-12 fr-col-md-5">' +
          callout("هل تحتاج إلى مساعدة؟", "راجع قسم المساعدة أو اتصل بمركز اتصال المواطن عبر النموذج عبر الإنترنت.", "question-line") +
          callout("تنبيه", "بعد 5 محاولات فاشلة، يتم تعليق الوصول إلى حسابك لمدة ساعة واحدة.", "warning-line") +
          "</div></div>", lang="ar", tools=False))
    T("account_creation", "ar", url=PORTAL + "inscription/coordonnees", tab="إنشاء حسابك - الأجانب في فرنسا",
      body=page_anef(
          '<h1 class="fr-h3">إنشاء حسابك</h1>' +
          stepper("بياناتك", 2, 3, "تأكيد العنوان الإلكتروني", state_lbl="الخطوة {c} من {t}", next_lbl="الخطوة التالية:") +
          alert("error", None, "يحتوي النموذج على أخطاء. قم بتصحيح الحقول المشار إليها للمتابعة.", sm=True) +
          row(field("العنوان الإلكتروني", "nour.saleh88@gmail.com"),
              field("الهاتف المحمول", "07 61 2", error="تنسيق رقم الهاتف غير صحيح (مثال: 06 12 34 56 78).")) +
          checkbox("أوافق على الشروط العامة للاستخدام", checked=True) +
          buttons(button("متابعة"), button("سابق", "secondary")), lang="ar"))
    T("request_status", "ar", step="document_available", url=PORTAL + "suivi-dossiers", bubble=True,
      tab="متابعة ملفاتي - الأجانب في فرنسا",
      body=page_anef(
          '<h1 class="fr-h3">متابعة ملفاتي</h1>' +
          alert("success", "تم إنتاج وثيقتك",
                "تم تصنيع تصريح إقامتك ووصل إلى المحافظة. احجز موعدًا لاستلامه وأحضر جواز سفرك وإيصال الطابع الضريبي.") +
          table("إجراءاتي الجارية", ["الإجراء", "الرقم", "تاريخ الإيداع", "الحالة"],
                [["بطاقة إقامة متعددة السنوات «جواز سفر المواهب»", "2025-0631184", "14/04/2025", badge("العنوان متاح", "success")]]) +
          buttons(button("حجز موعد للاستلام")), user=PEOPLE[7], lang="ar", active=1))
    # ---------------------------------------------------------------- Persian (2)
    T("password_reset", "fa", url=SSO_ACT + "action-token?key=eyJ0eXAiOiJKV1QiLCJhbGci.hZ2Vk&client_id=anef-usagers", bubble=True,
      tab="رمز عبور جدید - خارجی ها در فرانسه",
      body=page_anef(
          card('<h1 class="fr-h3">یک رمز عبور جدید انتخاب کنید</h1>' +
               alert("error", "پیوند نامعتبر", "این پیوند بازنشانی قبلاً استفاده شده است. به دلایل امنیتی، هر پیوند فقط یک بار قابل استفاده است.") +
               "<p>شناسه خود را وارد کنید تا یک ایمیل جدید دریافت کنید.</p>" +
               field("شناسه", "7718204561", hint="شماره خارجی یا آدرس الکترونیکی") +
               buttons(button("دریافت لینک جدید")) + '<p class="fr-mt-2w">' + link("بازگشت به صفحه اتصال", "arrow-right-line") + "</p>"),
          lang="fa", narrow=True, tools=False))
    hint_fa = "فقط PDF، JPG یا PNG. حداکثر 10 مگابایت در هر فایل."
    T("upload_error", "fa", url=HOSTS_URL + "/usagers/#/demarches/naturalisation/documents", tab="مدارک - خارجی ها در فرانسه",
      body=page_anef(
          breadcrumb(["پذیرایی", "مراحل من", "درخواست تابعیت", "مدارک"]) +
          '<h1 class="fr-h3">مدارک پرونده تابعیت خود را ارسال کنید</h1>' +
          upload("گواهی سطح زبان فرانسه (B1)", hint_fa, "نوع فایل .docx پشتیبانی نمی شود. قبل از ارسال، سند خود را به PDF تبدیل کنید.",
                 filename_note="attestation_TCF.docx — 412 کیلوبایت", lang="fa") +
          upload("شناسنامه کامل با ترجمه", hint_fa, filename_note="acte_naissance_traduit.pdf", lang="fa") +
          buttons(button("ادامه"), button("ذخیره پیش نویس", "secondary")), user=PEOPLE[4], lang="fa", active=1))
    # ---------------------------------------------------------------- Russian (3)
    T("franceconnect", "ru", url=FC_ENDPOINT + "?code=7b90e1&state=Lm4", bubble=True, tab="Ошибка подключения - Иностранцы во Франции",
      body=page_anef(
          '<div class="fr-my-4w"><h1>Не удалось выполнить вход через FranceConnect</h1>'
          '<p class="fr-text--lead">Ваша учетная запись FranceConnect не может быть связана: в наших файлах не найдено ни одной соответствующей личности.</p>'
          '<p>Если у вас есть учетная запись Иностранцы во Франции, подключитесь с вашим иностранным номером, затем прикрепите FranceConnect в «Мой аккаунт».</p>'
          '<p class="fr-text--xs" style="color:var(--text-mention-grey)">Код ошибки: fc_identity_mismatch</p>' +
          buttons(button("Подключиться с моим идентификатором"), button("Вернуться на FranceConnect", "secondary")) + "</div>",
          lang="ru", tools=False))
    T("missing_document", "ru", url=PORTAL + "echanges/prefecture/3318", tab="Мои обмены - Иностранцы во Франции",
      body=page_anef(
          '<h1 class="fr-h3">Мои обмены с префектурой</h1>' +
          message_card("От: Префектура Изера", "05/03/2026", "Документ для предоставления: трудовой договор", (
              "<p>Мадам, месье, рассмотрение вашего досье выявило отсутствие следующих документов:</p>"
              "<ul><li>Трудовой договор, подписанный обеими сторонами</li><li>Выписка Kbis работодателя менее 3 месяцев</li></ul>"
              "<p>Пожалуйста, внесите их через кнопку «Ответить» в течение 1 месяца.</p>"), badge("Ожидается ответ", "warning")) +
          buttons(button("Ответить"), button("Добавить вложение", "secondary")), user=PEOPLE[3], lang="ru", active=3))
    S("unknown", "translated", "desk_chrome", "ru", plain=True, url="https://espace-client.orbital-mobile.fr/factures",
      tab="Мои счета - Orbital Mobile",
      body='<div class="top" style="background:#0a7c86"><span class="brand">Orbital Mobile</span><nav><a href="#">Мое предложение</a>'
           '<a href="#">Мои счета</a><a href="#">Мое потребление</a><a href="#">Помощь</a></nav><span style="margin-left:auto;font-size:14px">Мой аккаунт ▾</span></div>'
           '<div class="wrap"><div class="box"><h1>Мой счет за февраль</h1><p class="muted">Линия 06 •• •• 48 17 — Пакет 100 Го</p>'
           '<table><tr><th>Описание</th><th>Сумма</th></tr><tr><td>Ежемесячная абонентская плата</td><td>12,99 €</td></tr>'
           '<tr><td>Связь за границей (Марокко)</td><td>4,50 €</td></tr><tr><td>Опция «Безлимитные звонки в Европу»</td><td>2,50 €</td></tr>'
           '<tr><td><b>Итого к оплате</b></td><td><b>19,99 €</b></td></tr></table>'
           '<div class="info">Сумма будет списана с вашего счета 08/03. Никаких действий не требуется.</div>'
           '<button class="btn" style="background:#0a7c86">Скачать счет (PDF)</button></div></div>')
    # ---------------------------------------------------------------- Ukrainian (2)
    T("blocked_page", "uk", url=PORTAL + "mes-demarches/sejour/etape-4", tab="Іноземці у Франції",
      body=page_anef(
          '<h1 class="fr-h3">Сервіс тимчасово перервано</h1>' +
          alert("error", "Помилка 504", "Запитувану сторінку не вдалося завантажити (час очікування відповіді перевищено). "
                "Введені вами дані не втрачено. Спробуйте ще раз через кілька хвилин.") +
          buttons(button("Оновити сторінку"), button("Повернутися до прийому", "secondary")),
          user=PEOPLE[2], lang="uk", active=1,
          pre=banner("Операція технічного обслуговування запланована на 14/05 з 20:00 до 23:00. Протягом цього часу сайт буде недоступний.")))
    T("request_status", "uk", step="submitted", url=PORTAL + "demande/confirmation", bubble=True, tab="Підтвердження - Іноземці у Франції",
      body=page_anef(
          '<h1 class="fr-h3">Ваш запит передано</h1>' +
          alert("success", None, "Вітаємо, ваш запит на поновлення успішно передано до префектури 08/07/2025 о 14:12.", sm=True) +
          key_values([("Номер досьє", "2025-0744519"), ("Процедура", "Посвідка на проживання «найманий працівник»"),
                      ("Префектура", "Префектура Жиронди")]) +
          "<p>" + link("Завантажити атестацію про депозит (PDF)", "download-line") + "</p>" +
          '<h2 class="fr-h5">Наступні кроки</h2><ol><li>Інструкція вашого запиту префектурою</li><li>Рішення</li>'
          "<li>Вручення вашого титулу</li></ol>", user=PEOPLE[5], lang="uk", narrow=True, active=1))


# =============================================================================== French: photos, dark, low resolution, crop
def french_holdout():
    S("blocked_page", "photo", "desk_chrome", "fr", url=PORTAL + "mes-demarches?page=2", tab="Accès restreint - Étrangers en France",
      body=page_anef(
          '<div class="fr-my-6w" style="text-align:center"><p style="font-size:4.5rem;font-weight:700;line-height:1;color:var(--text-mention-grey)">429</p>'
          '<h1 class="fr-h2">Accès temporairement restreint</h1>'
          '<p class="fr-text--lead">Trop de requêtes ont été envoyées depuis votre connexion. Patientez quelques minutes avant de réessayer.</p>'
          '<p>Inutile de recharger la page en boucle : chaque nouvel essai prolonge le délai d’attente.</p>' +
          '<ul class="fr-btns-group fr-btns-group--inline-md fr-btns-group--center fr-mt-2w"><li>' + button("Revenir à l’accueil", "secondary") +
          "</li></ul></div>", user=PEOPLE[0], nav=False))
    S("login_failure", "photo", "desk_chrome", "fr", url=SSO_AUTH + "&prompt=login", tab="Identification - Étrangers en France",
      body=page_anef(
          '<div class="fr-grid-row fr-grid-row--gutters"><div class="fr-col-12 fr-col-md-7">' +
          login_form("fr", alert("error", "Identification refusée",
                                 "Le couple identifiant / mot de passe n’est pas reconnu. Au bout de 5 essais infructueux, l’accès à votre compte sera suspendu."),
                     ident="7301848826", pw="Soleil2025", fc=False, heading="Accéder à mon espace", first=False) +
          '</div><div class="fr-col-12 fr-col-md-5">' +
          callout("Rappel", "Si vous possédez un numéro étranger, c’est lui qui sert d’identifiant : il comporte 10 chiffres et figure sur votre carte de séjour.") +
          "</div></div>", tools=False))
    S("request_status", "photo", "desk_chrome", "fr", step="in_progress", url=PORTAL + "mes-demarches/2025-0558203/suivi",
      tab="Détail de ma demande - Étrangers en France",
      body=page_anef(
          '<h1 class="fr-h3">Détail de ma demande n° 2025-0558203</h1>' +
          tabs(["Suivi", "Documents", "Messages"], 0,
               '<div class="fr-px-3w fr-pt-2w">' + row(
                   steps_list(["Demande transmise", "Vérification de complétude", "Examen par le service instructeur", "Décision", "Remise du titre"], 2,
                              ["02/09/2025", "11/09/2025", "depuis le 19/09/2025", "", ""]),
                   callout("Où en est mon dossier ?", "Votre dossier est à l’examen. Le délai moyen de traitement constaté dans votre préfecture "
                           "est de 3 à 4 mois. Aucune démarche n’est nécessaire de votre part pour l’instant.")) + "</div>"),
          user=PEOPLE[6], active=1))
    S("account_creation", "dark", "desk_chrome", "fr", url=PORTAL + "inscription/identite", dark=True, tab="Création de compte - Étrangers en France",
      body=page_anef(
          '<h1 class="fr-h3">Ouvrir un compte</h1>' +
          stepper("Votre identité", 1, 3, "Vos coordonnées") +
          alert("error", "2 erreurs empêchent la création de votre compte",
                "<ul><li>Veuillez accepter les conditions générales d’utilisation.</li><li>Le code de sécurité recopié ne correspond pas à l’image.</li></ul>") +
          row(field("Nom de naissance", "OKAFOR"), field("Prénom(s)", "Chidi Emmanuel")) +
          row(field("Date de naissance", "17/02/1994", hint="JJ/MM/AAAA"),
              field("Recopiez les caractères de l’image", "k7QmP", error="Code de sécurité incorrect.")) +
          checkbox("J’ai lu et j’accepte les conditions générales d’utilisation du service", error="Cette case est obligatoire.") +
          buttons(button("Étape suivante"))))
    S("missing_document", "lowres", "desk_chrome", "fr", url=PORTAL + "tableau-de-bord", scale=0.55, tab="Tableau de bord - Étrangers en France",
      body=page_anef(
          '<h1 class="fr-h3">Mon tableau de bord</h1>' +
          card(f'<p class="fr-mb-1w">{badge("Action requise", "warning")}</p>'
               "<p>Votre dossier n° 2026-0093317 est suspendu dans l’attente de documents.</p>"
               "<p><b>Pièces attendues :</b> attestation d’assurance maladie ; justificatif de domicile récent.</p>"
               "<p>Date limite de dépôt : 27/04/2026.</p>" + buttons(button("Déposer mes pièces")),
               title="Renouvellement de carte de séjour « étudiant »"),
          user=PEOPLE[1], pre=banner("1 action requise sur vos démarches", "alert")))
    S("upload_error", "crop", "desk_bare", "fr",
      body=page_anef(
          '<h1 class="fr-h3">Justificatifs de ressources</h1>' +
          alert("error", "Téléversement interrompu",
                "Le document « releve_bancaire_mars.pdf » n’a pas pu être envoyé : la connexion a été coupée pendant le transfert ou le délai a été dépassé. "
                "Vérifiez votre connexion puis sélectionnez à nouveau le fichier.", crop=True) +
          upload("Relevés bancaires (3 derniers mois)", "PDF, 10 Mo maximum"), user=PEOPLE[5], active=1))


def build_holdout_samples(rng):
    """the held-out set: own list, own RNG (make_screens.py --holdout)."""
    _S.clear()
    translated_holdout()
    french_holdout()
    return _finish(rng)
