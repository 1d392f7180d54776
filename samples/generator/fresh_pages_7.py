"""Pages of the seventh blind screenshot set (samples/fresh/screens-7, seed screens-fresh-7).

Written without seeing the assistant's rules, nor the page texts of the other sets.  Real wordings come from
Keycloak's login-theme catalogs (messages_fr.properties under themes/src/main/resources-community/... and
messages_en.properties under themes/src/main/resources/... of keycloak/keycloak, read for this set) and from
FranceConnect's French interface map (an fr-FR i18n file of france-connect/sources, read for this set); the
browsers' own error pages (Chromium's too-many-redirects page, Firefox's time-out page) are quoted from memory.
Everything else (ANEF's own notices, dialogs, toasts, lists of pieces, status pages, the other sites, and the
sentences standing for the browser's machine translations) is written here in the style of those sites and is
not a verified wording.

build_pages() returns the entries make_fresh_screens.py draws: name, situation, step, lang, url, tab, doc, and
optionally dark, translated / bubble_txt / bubble_rtl, browsers.
"""
import anef_html as H
import make_screens as M

ESP = H.PORTAL
USAGERS = H.USAGERS
SSO_ACT = H.SSO_ACT
SSO_AUTH = H.SSO_AUTH
FC_HOST = "https://app.franceconnect.gouv.fr"

USER_A = "M. Oumar DIALLO"
USER_B = "Mme Olena KOVALENKO"
USER_C = "Mme Sara MOHAMMADI"
USER_D = "M. Karim HADDAD"

_entry = H.page_entry

# what a French-speaking Chrome says once it has translated the page (target language named in French)
TARGETS = {"ar": "arabe", "fa": "persan", "ru": "russe", "uk": "ukrainien"}


def translated(lang):
    return dict(translated=True, bubble_txt=("Cette page a été traduite", "français", TARGETS[lang]))


def doc(body, lang="fr", dark=False, css=""):
    rtl = lang in ("ar", "fa")
    return M.dsfr_doc(body, dark=dark, lang=lang, rtl=rtl, css_extra=H.translation_css(lang, rtl) + css,
                      title=H.HEADER_TXT[lang]["title"])


def espace(inner, lang="fr", user=USER_A, active=1, dark=False, pre="", post="", narrow=False, css=""):
    return doc(H.page_anef(inner, lang=lang, user=user, active=active, pre=pre, narrow=narrow) + post, lang, dark, css)


def public(inner, lang="fr", dark=False, pre="", post="", narrow=False):
    return doc(H.page_anef(inner, lang=lang, user=None, pre=pre, narrow=narrow) + post, lang, dark)


def sso(inner, lang="fr", dark=False, post=""):
    return doc(H.page_anef(inner, lang=lang, narrow=True, nav=False, tools=False) + post, lang, dark)


# ----------------------------------------------------------------------------- layouts of this set
def dialog(title, text, btns, kind="error"):
    """a centred dialog over a dimmed page."""
    bs = "".join(f"<li>{b}</li>" for b in btns)
    return ('<div style="position:fixed;inset:0;background:rgba(22,22,22,.55);z-index:900"></div>'
            '<div id="crop" role="dialog" style="position:fixed;left:50%;top:50%;transform:translate(-50%,-50%);'
            'width:min(560px,92vw);z-index:901;background:var(--background-lifted-grey);padding:1.5rem 1.5rem 1rem;'
            'box-shadow:0 8px 28px rgba(0,0,18,.35)"><p style="text-align:right;margin:0 0 .5rem">'
            '<span class="fr-text--sm" style="color:var(--text-action-high-blue-france)">Fermer ✕</span></p>'
            f'<h2 class="fr-h5" style="color:var(--text-default-{kind})">{title}</h2><p>{text}</p>'
            f'<ul class="fr-btns-group fr-btns-group--inline-sm fr-btns-group--right">{bs}</ul></div>')


def toast(text, kind="error", close="Fermer"):
    """a short message pinned at the top right of the window."""
    col = {"error": "var(--border-plain-error)", "success": "var(--border-plain-success)",
           "info": "var(--border-plain-info)"}[kind]
    return (f'<div id="crop" role="status" style="position:fixed;top:12px;right:12px;left:auto;max-width:min(380px,92vw);'
            f'z-index:950;background:var(--background-lifted-grey);border-left:6px solid {col};padding:.8rem 1rem;'
            f'box-shadow:0 4px 16px rgba(0,0,18,.28)"><p class="fr-mb-1v fr-text--sm">{text}</p>'
            f'<p class="fr-mb-0 fr-text--xs" style="color:var(--text-action-high-blue-france)">{close}</p></div>')


def cookie_bar(text="Ce site utilise des cookies nécessaires à son fonctionnement et des cookies de mesure d’audience.",
               ok="Tout accepter", no="Tout refuser", more="Personnaliser"):
    """a consent bar at the bottom of the window (noise, not the message)."""
    return ('<div style="position:fixed;left:0;right:0;bottom:0;z-index:800;background:var(--background-lifted-grey);'
            'box-shadow:0 -4px 14px rgba(0,0,18,.2);padding:.7rem 1rem"><p class="fr-text--xs fr-mb-1v">'
            f'{text}</p><p class="fr-mb-0 fr-text--xs"><b>{ok}</b> · <b>{no}</b> · {more}</p></div>')


def side_layout(menu, cur, inner):
    """a left menu (account pages) and the content on the right."""
    lis = "".join(f'<li style="padding:.5rem .75rem;{"border-left:3px solid var(--border-active-blue-france);font-weight:700;color:var(--text-action-high-blue-france)" if i == cur else "border-left:3px solid transparent"}">{x}</li>'
                  for i, x in enumerate(menu))
    return (f'<div class="fr-grid-row fr-grid-row--gutters"><div class="fr-col-12 fr-col-md-3"><ul style="list-style:none;padding:0;margin:0 0 1rem">{lis}</ul></div>'
            f'<div class="fr-col-12 fr-col-md-9">{inner}</div></div>')


def plain_box(title, text, border="var(--border-default-grey)"):
    """a framed box without the message classes (noise around the message)."""
    return (f'<div class="fr-mb-3w" style="border:1px solid {border};padding:.8rem 1rem">'
            f'<p class="fr-text--bold fr-mb-1v">{title}</p><p class="fr-mb-0 fr-text--sm">{text}</p></div>')


def notif_rows(rows):
    """notification list: (title, date, unread, key); only key rows carry the message mark."""
    out = []
    for t, d, unread, key in rows:
        dot = ('<span style="display:inline-block;width:10px;height:10px;border-radius:50%;'
               'background:var(--background-action-high-blue-france);margin-right:.6rem"></span>' if unread else
               '<span style="display:inline-block;width:10px;margin-right:.6rem"></span>')
        mark = ' data-key="notif"' if key else ""
        w = "700" if unread else "400"
        out.append(f'<li{mark} style="list-style:none;display:flex;justify-content:space-between;gap:1rem;padding:.8rem .5rem;'
                   f'border-bottom:1px solid var(--border-default-grey);font-weight:{w}"><span>{dot}{t}</span>'
                   f'<span class="fr-text--sm" style="white-space:nowrap;color:var(--text-mention-grey)">{d}</span></li>')
    return f'<ul class="fr-pl-0 fr-mb-4w">{"".join(out)}</ul>'


def pieces(rows, key_rows=()):
    """list of pieces with a state badge; rows in key_rows carry the message mark."""
    out = []
    for i, (name, state, kind, note) in enumerate(rows):
        mark = ' data-key="piece"' if i in key_rows else ""
        n = f'<p class="fr-text--sm fr-mb-0" style="color:var(--text-mention-grey)">{note}</p>' if note else ""
        out.append(f'<div{mark} style="display:flex;justify-content:space-between;align-items:flex-start;gap:1rem;padding:.9rem 0;'
                   f'border-bottom:1px solid var(--border-default-grey)"><div><p class="fr-mb-0 fr-text--bold">{name}</p>{n}</div>'
                   f'{H.badge(state, kind)}</div>')
    return f'<div class="fr-mb-4w">{"".join(out)}</div>'


def dropzone(label, hint, err=None, fname=None, btn="Déposer un fichier"):
    """a drag-and-drop area (the newer upload widget), with its error under it."""
    f = f'<p class="fr-text--sm fr-mb-0">📄 {fname}</p>' if fname else ""
    er = f'<p class="fr-error-text">{err}</p>' if err else ""
    bc = "var(--border-plain-error)" if err else "var(--border-default-blue-france)"
    return (f'<div class="fr-mb-4w"><p class="fr-text--bold fr-mb-1v">{label}</p><p class="fr-text--sm fr-mb-2w" '
            f'style="color:var(--text-mention-grey)">{hint}</p><div style="border:2px dashed {bc};padding:1.2rem;text-align:center">'
            f'{f}<p class="fr-mb-0 fr-mt-1w" style="color:var(--text-action-high-blue-france)">{btn}</p></div>{er}</div>')


def frise(steps, cur):
    """horizontal timeline (the naturalisation « frise »): index < cur done, == cur active."""
    out = []
    for i, s in enumerate(steps):
        if i < cur:
            dot, col = "background:var(--background-action-high-blue-france)", "var(--text-default-grey)"
        elif i == cur:
            dot, col = ("background:var(--background-default-grey);border:4px solid var(--border-active-blue-france)",
                        "var(--text-action-high-blue-france)")
        else:
            dot, col = "background:var(--background-contrast-grey)", "var(--text-mention-grey)"
        w = "700" if i == cur else "400"
        out.append(f'<div style="flex:1 1 0;min-width:90px;text-align:center;color:{col};font-weight:{w};font-size:.85rem">'
                   f'<span style="display:block;width:22px;height:22px;border-radius:50%;margin:0 auto .5rem;{dot}"></span>{s}</div>')
    return (f'<div id="crop" class="fr-mb-4w" style="display:flex;flex-wrap:wrap;row-gap:1rem;'
            f'border-top:2px solid var(--border-default-grey);padding-top:1rem">{"".join(out)}</div>')


def tabbar(labels, cur):
    ts = "".join(f'<span style="padding:.55rem .9rem;{"border-bottom:3px solid var(--border-active-blue-france);font-weight:700;color:var(--text-action-high-blue-france)" if i == cur else "color:var(--text-mention-grey)"}">{x}</span>'
                 for i, x in enumerate(labels))
    return f'<div class="fr-mb-3w" style="display:flex;flex-wrap:wrap;border-bottom:1px solid var(--border-default-grey)">{ts}</div>'


def progress(pct, label):
    return (f'<div class="fr-mb-2w"><p class="fr-text--sm fr-mb-1v">{label}</p><div style="height:10px;background:var(--background-contrast-grey)">'
            f'<div style="height:10px;width:{pct}%;background:var(--background-action-high-blue-france)"></div></div></div>')


def rules(items):
    """password rule checklist: (text, ok)."""
    lis = "".join(f'<li style="list-style:none;color:{"var(--text-default-success)" if ok else "var(--text-default-error)"}">'
                  f'{"✓" if ok else "✗"} {t}</li>' for t, ok in items)
    return f'<ul class="fr-pl-0 fr-text--sm fr-mb-2w">{lis}</ul>'


def paras(xs):
    return "".join(f"<p>{x}</p>" for x in xs)


def fc_doc(inner, dark=False):
    """a page of FranceConnect's own site (its header, not ANEF's)."""
    head = ('<header class="fr-header"><div class="fr-header__body"><div class="fr-container"><div class="fr-header__body-row">'
            '<div class="fr-header__brand"><div class="fr-header__brand-top"><div class="fr-header__logo"><p class="fr-logo">République<br>Française</p></div></div>'
            '<div class="fr-header__service"><p class="fr-header__service-title">FranceConnect</p>'
            '<p class="fr-header__service-tagline">Connexion en cours sur Étrangers en France</p></div></div></div></div></div></header>')
    foot = ('<footer class="fr-footer"><div class="fr-container"><div class="fr-footer__bottom"><ul class="fr-footer__bottom-list">'
            '<li class="fr-footer__bottom-item"><a class="fr-footer__bottom-link" href="#">CGU</a></li>'
            '<li class="fr-footer__bottom-item"><a class="fr-footer__bottom-link" href="#">Foire aux questions</a></li>'
            '<li class="fr-footer__bottom-item"><a class="fr-footer__bottom-link" href="#">Accessibilité : non conforme</a></li>'
            '</ul></div></div></footer>')
    return M.dsfr_doc(head + H.main(inner, narrow=True) + foot, dark=dark, title="Connexion - FranceConnect")


def site(brand, colour, nav, inner, foot, css=""):
    links = "".join(f'<a href="#">{x}</a>' for x in nav)
    return M.plain_doc(f'<div class="top" style="background:{colour}"><span class="brand">{brand}</span><nav>{links}</nav></div>'
                       f'<div class="wrap">{inner}</div><div class="foot">{foot}</div>', css)


BROWSER_PAGE_CSS = """body{background:#fff;color:#202124;font-family:'DejaVu Sans','Liberation Sans',sans-serif}
.bp{max-width:600px;margin:14vh auto 0;padding:0 24px} .bp h1{font-size:24px;font-weight:500;margin:24px 0 14px}
.bp p{font-size:15px;line-height:1.55;color:#5f6368} .bp .code{font-size:12px;color:#5f6368;text-transform:uppercase;margin-top:18px}
.bp .b{display:inline-block;margin-top:26px;padding:9px 22px;border-radius:4px;color:#fff;font-size:14px}"""

FX_CSS = """body{background:#f9f9fb;color:#15141a;font-family:'DejaVu Sans','Liberation Sans',sans-serif}
.fx{max-width:640px;margin:12vh auto 0;padding:0 24px 0 80px;position:relative}
.fx:before{content:'';position:absolute;left:10px;top:6px;width:44px;height:44px;border-radius:50%;background:#ffa436}
.fx h1{font-size:26px;font-weight:300;margin:0 0 18px} .fx p,.fx li{font-size:15px;line-height:1.6}
.fx .b{display:inline-block;margin-top:18px;padding:8px 18px;border-radius:4px;background:#0061e0;color:#fff;font-size:14px}"""


# ----------------------------------------------------------------------------- the pages
def build_pages():
    P = []
    add = P.append
    lf = H.LOGIN_TXT["fr"]

    # ================================================================ login_failure
    # Keycloak invalidPasswordMessage (fr), very short; a cookie bar at the bottom as noise
    add(_entry("kc-invalid-password-short", "login_failure", "fr", SSO_AUTH,
               sso(H.login_form("fr", alert_html=H.alert("error", None, "Mot de passe invalide.", sm=True),
                                ident="7512046839", pw="••••••••••"), post=cookie_bar())))
    # identifier not recognised: a dialog over the login page (own wording)
    add(_entry("dialog-foreign-number-not-visa", "login_failure", "fr", SSO_AUTH,
               sso(H.login_form("fr", ident="24FRA0093317", pw="•••••••••"),
                   post=dialog("Connexion impossible",
                               "Nous ne retrouvons aucun compte avec cet identifiant. Saisissez votre numéro étranger "
                               "(10 chiffres, au-dessus de la signature sur votre titre) et non le numéro de votre visa.",
                               [H.button("Réessayer")]))))
    # Keycloak invalidUsernameOrEmailMessage under the identifier field (a mistyped e-mail)
    add(_entry("kc-invalid-username-or-email-field", "login_failure", "fr", SSO_AUTH,
               sso(H.login_form("fr", ident="oumar.diallo@gmial.con", ident_err="Nom d’utilisateur ou courriel invalide.",
                                pw="••••••••••••", fc=False))))
    # Keycloak missingPasswordMessage under the empty password field, dark theme
    add(_entry("kc-missing-password-dark", "login_failure", "fr", SSO_AUTH,
               sso(H.login_form("fr", ident="7306619924", pw_err="Veuillez entrer votre mot de passe."), dark=True),
               dark=True))
    # English: Keycloak accountTemporarilyDisabledMessage (en), with help links around
    le = H.LOGIN_TXT["en"]
    add(_entry("kc-en-temporarily-disabled", "login_failure", "en", SSO_AUTH + "&kc_locale=en",
               sso(H.login_form("en", alert_html=H.alert("error", None,
                                                         "Account is temporarily disabled; contact your administrator or retry later."),
                                ident="7419930265", pw="••••••••",
                                extra_bottom=f'<p class="fr-mt-3w fr-text--sm">{le["forgot"]} · Help / FAQ · Contact</p>'), "en")))
    # Ukrainian browser translation of the sign-in page with Keycloak's invalidUserMessage (translated)
    lu = "uk"
    add(_entry("uk-login-invalid-user", "login_failure", lu, SSO_AUTH,
               sso(H.login_form(lu, alert_html=H.alert("error", None, "Недійсне ім’я користувача або пароль."),
                                ident="7620448193", pw="•••••••••"), lu),
               tab=H.HEADER_TXT[lu]["title"], **translated(lu)))

    # ================================================================ password_reset
    # Keycloak emailForgotTitle + emailInstruction, and emailSendErrorMessage in the alert
    add(_entry("kc-forgot-send-error", "password_reset", "fr", SSO_ACT + "reset-credentials?client_id=anef-usagers&tab_id=Qm7xT2",
               sso('<h1 class="fr-h3">Mot de passe oublié ?</h1>'
                   + H.alert("error", None, "Erreur lors de l’envoi du courriel, veuillez essayer plus tard.")
                   + '<p class="fr-text--sm">Entrez votre nom d’utilisateur ou votre courriel ; un courriel va vous être envoyé '
                     'vous permettant de créer un nouveau mot de passe.</p>'
                   + H.field(lf["ident"], "7512046839", hint=lf["ihint"]) + H.buttons(H.button("Soumettre"))
                   + '<p class="fr-mt-2w"><a class="fr-link" href="#">« Retour à la connexion</a></p>')))
    # reset form: Keycloak invalidPasswordHistoryMessage (drawn with 3)
    add(_entry("kc-reset-history-refused", "password_reset", "fr", SSO_ACT + "action-token?key=eyJhbGciOiJIUzI1NiJ9.x7Q&client_id=anef-usagers",
               sso('<h1 class="fr-h3">Mise à jour du mot de passe</h1>'
                   + H.alert("error", None, "Mot de passe invalide : ne doit pas être égal aux 3 derniers mots de passe.")
                   + H.field("Nouveau mot de passe", "••••••••••••", typ="password")
                   + H.field("Confirmation du nouveau mot de passe", "••••••••••••", typ="password")
                   + H.buttons(H.button("Soumettre")))))
    # reset link clicked too late: Keycloak expiredActionTokenNoSessionMessage, very short
    add(_entry("kc-reset-action-expired", "password_reset", "fr", SSO_ACT + "action-token?key=eyJhbGciOiJIUzI1NiJ9.k2P&client_id=anef-usagers",
               sso('<h1 class="fr-h3">Réinitialisation du mot de passe</h1>'
                   + H.alert("warning", None, "Action expirée.", sm=True)
                   + '<p><a class="fr-link" href="#">« Revenir à l’application</a></p>')))
    # e-mail sent (Keycloak emailSentMessage) in a toast, a resend link counting down, help text around
    add(_entry("toast-reset-mail-sent-countdown", "password_reset", "fr", SSO_ACT + "reset-credentials?client_id=anef-usagers&tab_id=Lp0sV9",
               sso('<h1 class="fr-h3">Mot de passe oublié ?</h1>'
                   + paras(["Le lien de réinitialisation est envoyé à l’adresse électronique enregistrée dans votre compte. "
                            "Il reste valable pendant une durée limitée.",
                            "Pensez à regarder dans le dossier « Courrier indésirable » ou « Spam » de votre messagerie."])
                   + H.field(lf["ident"], "7306619924", hint=lf["ihint"])
                   + '<p class="fr-text--sm" style="color:var(--text-mention-grey)">Renvoyer le courriel (possible dans 04:32)</p>',
                   post=toast("Vous devriez recevoir rapidement un courriel avec de plus amples instructions.", "success"))))
    # reset form: Keycloak notMatchPasswordMessage under the confirmation, strength meter
    add(_entry("kc-reset-not-matching", "password_reset", "fr", SSO_ACT + "action-token?key=eyJhbGciOiJIUzI1NiJ9.r8W&client_id=anef-usagers",
               sso('<h1 class="fr-h3">Choisissez un nouveau mot de passe</h1>'
                   + '<p class="fr-text--sm">Votre lien de réinitialisation est valide. Saisissez deux fois le même mot de passe.</p>'
                   + H.field("Nouveau mot de passe", "••••••••••••••", typ="password")
                   + progress(80, "Robustesse : bonne")
                   + H.field("Confirmation du nouveau mot de passe", "•••••••••••••", typ="password",
                             error="Les mots de passe ne sont pas identiques.")
                   + H.buttons(H.button("Valider")))))
    # English: forced update (Keycloak resetPasswordMessage) and minimum special characters refused (drawn with 1)
    add(_entry("kc-en-update-special-chars", "password_reset", "en", SSO_ACT + "required-action?execution=UPDATE_PASSWORD&client_id=anef-usagers&kc_locale=en",
               sso('<h1 class="fr-h3">Update password</h1>'
                   + H.alert("warning", None, "You need to change your password.", sm=True)
                   + H.field("New Password", "••••••••••••", typ="password",
                             error="Invalid password: must contain at least 1 special characters.")
                   + H.field("New Password confirmation", "••••••••••••", typ="password")
                   + H.buttons(H.button("Submit")), "en")))
    # Arabic translation of the forgotten-password confirmation quoted in the Hauts-de-Seine case (anef-domain §1.2)
    la = "ar"
    add(_entry("ar-forgot-message-sent", "password_reset", la, SSO_ACT + "reset-credentials?client_id=anef-usagers&tab_id=Ua3cE1",
               sso('<h1 class="fr-h3">نسيت كلمة المرور</h1>'
                   + H.alert("info", None, "نسيت كلمة المرور. تم إرسال رسالة إلى عنوان البريد الإلكتروني المطابق للمعرف الذي تم إدخاله")
                   + '<p>إذا لم تتلق الرسالة خلال بضع دقائق، تحقق من مجلد البريد غير المرغوب فيه.</p>'
                   + '<p><a class="fr-link" href="#">العودة إلى تسجيل الدخول</a></p>', la),
               tab=H.HEADER_TXT[la]["title"], **translated(la)))

    # ================================================================ account_creation
    # Keycloak emailVerifyTitle / emailVerifyInstruction1-3 and verifyEmailMessage
    add(_entry("kc-verify-email-resend", "account_creation", "fr", SSO_ACT + "required-action?execution=VERIFY_EMAIL&client_id=anef-usagers",
               sso('<h1 class="fr-h3">Vérification du courriel</h1>'
                   + H.alert("warning", None, "Vous devez vérifier votre courriel pour activer votre compte.")
                   + '<p>Un courriel avec des instructions à suivre vous a été envoyé.</p>'
                   + '<p>Vous n’avez pas reçu de code dans le courriel ? <a href="#">Cliquez ici</a> pour renvoyer le courriel.</p>'
                   + '<p><a class="fr-link" href="#">« Retour à la connexion</a></p>')))
    # activation link already used / too old: Keycloak staleEmailVerificationLink (with its own oddity)
    add(_entry("kc-stale-verification-link", "account_creation", "fr", SSO_ACT + "action-token?key=eyJhbGciOiJIUzI1NiJ9.v3E&client_id=anef-usagers",
               sso('<h1 class="fr-h3">Activation de votre compte</h1>'
                   + H.alert("error", None, "Le lien que vous avez cliqué est périmé et n’est plus valide. "
                                            "Peut-être avez vous déjà vérifié votre mot de passe ?")
                   + '<p><a class="fr-link" href="#">« Revenir à l’application</a></p>')))
    # creation form, step 3 of 4: Keycloak invalidPasswordMinSpecialCharsMessage (drawn with 1) with a rule checklist
    add(_entry("create-pw-special-chars-stepper", "account_creation", "fr", USAGERS + "espace-personnel/connexion-inscription/creation-compte",
               public(H.stepper("Choix du mot de passe", 3, 4, nxt="Récapitulatif")
                      + '<h1 class="fr-h3">Créer mon compte</h1>'
                      + H.field("Adresse électronique", "karim.haddad@laposte.net")
                      + H.field("Mot de passe", "••••••••••••", typ="password",
                                error="Mot de passe invalide : doit contenir au moins 1 caractère(s) spéciaux.")
                      + rules([("12 caractères minimum", True), ("une majuscule et une minuscule", True),
                               ("un chiffre", True), ("un caractère spécial (! ? @ # …)", False)])
                      + H.buttons(H.button("Précédent", "secondary"), H.button("Continuer")), narrow=True)))
    # account already exists for this foreign number (own wording), under the field
    add(_entry("create-foreign-number-taken", "account_creation", "fr", USAGERS + "espace-personnel/connexion-inscription/creation-compte",
               public('<h1 class="fr-h3">Créer mon compte</h1>'
                      + '<p class="fr-text--sm">Vous avez un titre de séjour ou un récépissé : renseignez les informations de ce document.</p>'
                      + H.field("Numéro étranger", "7512046839", hint="10 chiffres",
                                error="Un compte a déjà été créé avec ce numéro étranger. Connectez-vous avec ce numéro.")
                      + H.field("Date de début de validité", "14/03/2025", hint="jj/mm/aaaa")
                      + H.field("Date de fin de validité", "13/03/2029", hint="jj/mm/aaaa")
                      + H.buttons(H.button("Créer mon compte")), narrow=True)))
    # visa path: account waiting for an agent (own wording), long page with the notice in the middle
    add(_entry("create-visa-waiting-agent", "account_creation", "fr", USAGERS + "espace-personnel/connexion-inscription/confirmation",
               public('<h1 class="fr-h3">Votre demande de création de compte</h1>'
                      + paras(["Vous avez indiqué être titulaire d’un visa de long séjour.",
                               "Les informations de votre visa doivent être contrôlées avant l’ouverture de votre espace."])
                      + H.alert("info", "Compte pas encore activé",
                                "Un agent doit valider votre demande de compte. Vous recevrez ensuite par courriel votre "
                                "identifiant et un mot de passe provisoire. Aucune action n’est possible d’ici là.")
                      + paras(["Référence de la demande : CPT-2026-448120",
                               "Si vous n’avez rien reçu après plusieurs jours, vérifiez vos courriers indésirables."]),
                      narrow=True)))
    # English: visa number and dates do not match (own wording), error summary style with one item
    add(_entry("create-en-visa-dates-mismatch", "account_creation", "en", USAGERS + "espace-personnel/connexion-inscription/creation-compte?lang=en",
               public('<h1 class="fr-h3">Create my account</h1>'
                      + H.alert("error", "We could not check your visa",
                                "The visa number does not match the validity dates you entered. Check the sticker in your passport.")
                      + H.field("Visa number", "FRA1234567", hint="9 or 10 characters, top right of the sticker")
                      + H.field("Valid from", "01/09/2026")
                      + H.field("Valid until", "31/08/2027")
                      + H.buttons(H.button("Create my account")), "en", narrow=True)))
    # Persian translation of a date check on the creation form (own wording, translated)
    lp = "fa"
    add(_entry("fa-create-end-before-start", "account_creation", lp, USAGERS + "espace-personnel/connexion-inscription/creation-compte",
               public('<h1 class="fr-h3">حساب کاربری خود را ایجاد کنید</h1>'
                      + H.field("شماره خارجی", "7710352281", hint="10 رقم")
                      + H.field("تاریخ شروع اعتبار", "02/11/2026")
                      + H.field("تاریخ پایان اعتبار", "01/11/2026",
                                error="تاریخ پایان اعتبار باید بعد از تاریخ شروع اعتبار باشد.")
                      + H.buttons(H.button("حساب من را ایجاد کنید")), lp, narrow=True),
               tab=H.HEADER_TXT[lp]["title"], **translated(lp)))

    # ================================================================ franceconnect
    # Keycloak confirmLinkIdpTitle / federatedIdentityConfirmLinkMessage / confirmLinkIdpReviewProfile / confirmLinkIdpContinue
    add(_entry("kc-fc-confirm-link", "franceconnect", "fr", SSO_ACT + "first-broker-login?client_id=anef-usagers&tab_id=Zc81Ye",
               sso('<h1 class="fr-h3">Ce compte existe déjà</h1>'
                   + H.alert("info", None, "L’utilisateur email oumar.diallo@orange.fr existe déjà. Que souhaitez-vous faire ?")
                   + H.buttons(H.button("Vérifiez vos informations de profil", "secondary"),
                               H.button("Souhaitez-vous lier franceconnect-particulier à votre compte existant")))))
    # Keycloak identityProviderAuthenticationFailedMessage on the sign-in page, FranceConnect button above
    add(_entry("kc-fc-idp-auth-failed", "franceconnect", "fr", SSO_ACT + "authenticate?client_id=anef-usagers&tab_id=Hh2kPq",
               sso(H.login_form("fr", alert_html=H.alert("error", None,
                                                         "L’authentification a échouée. Impossible de s’authentifier avec le fournisseur d’identité.")))))
    # FranceConnect's own error page (error.error_title, error.error_code, Rnipp message, error.support.*); code invented
    add(_entry("fc-site-identity-data-problem", "franceconnect", "fr", FC_HOST + "/api/v2/interaction/9fK2/verify",
               fc_doc('<h1 class="fr-h3">Une erreur s’est produite</h1>'
                      + H.alert("error", None, "Un problème lié à vos données d’identité empêche la connexion d’aboutir. "
                                               "Nous vous invitons à nous contacter pour corriger le problème.")
                      + '<p class="fr-text--sm">Erreur Y470012</p>'
                      + '<h2 class="fr-h5">Que faire ?</h2>' + H.buttons(H.button("Contactez-nous", "secondary"))
                      + '<h2 class="fr-h5 fr-mt-3w">Besoin d’aide ?</h2><p>Merci de consulter notre page d’aide FranceConnect.</p>'),
               tab="Connexion - Erreur - FranceConnect"))
    # FranceConnect's account choice page: interaction.idp_connexion_failed for impots.gouv.fr
    provs = "".join(f'<li style="list-style:none;border:1px solid var(--border-default-grey);padding:.8rem 1rem;margin-bottom:.5rem">{x}</li>'
                    for x in ["impots.gouv.fr", "ameli.fr", "L’Identité Numérique La Poste", "MSA", "Mobile Connect et moi"])
    add(_entry("fc-site-idp-connexion-failed", "franceconnect", "fr", FC_HOST + "/api/v2/interaction/Qe7m",
               fc_doc('<h1 class="fr-h4">Connexion en cours sur Étrangers en France</h1>'
                      + H.alert("error", None, "La connexion à <b>impots.gouv.fr</b> n’a pas été possible. "
                                               "Veuillez réessayer ou choisir un autre moyen de connexion.", sm=True)
                      + '<p class="fr-text--bold">Choisissez un compte pour vous connecter :</p>'
                      + f'<ul class="fr-pl-0">{provs}</ul><p><a class="fr-link" href="#">Revenir sur Étrangers en France</a></p>'),
               tab="Connexion - Choix du compte - FranceConnect"))
    # English: Keycloak nestedFirstBrokerFlowMessage (en)
    add(_entry("kc-en-fc-not-linked", "franceconnect", "en", SSO_ACT + "first-broker-login?client_id=anef-usagers&kc_locale=en",
               sso('<h1 class="fr-h3">Sign in with FranceConnect</h1>'
                   + H.alert("warning", None, "The franceconnect-particulier user o.diallo is not linked to any known user.")
                   + '<p>Sign in with your foreign national number first, then link FranceConnect from <b>My account</b>.</p>'
                   + H.buttons(H.button("Back to Login", "secondary")), "en")))
    # Russian translation: FranceConnect identity does not match the account (own wording, translated), account side menu
    lr = "ru"
    add(_entry("ru-account-fc-identity-mismatch", "franceconnect", lr, ESP + "mon-compte/moyens-de-connexion",
               espace(side_layout(["Мои данные", "Способы входа", "Уведомления", "Безопасность"], 1,
                                  '<h1 class="fr-h3">Способы входа</h1>'
                                  + H.alert("error", "Не удалось привязать FranceConnect",
                                            "Личность, переданная FranceConnect, не совпадает с данными вашего аккаунта "
                                            "(фамилия при рождении, дата рождения).")
                                  + plain_box("Номер иностранца и пароль", "Активен")),
                      lr, user=USER_B, active=4),
               tab=H.HEADER_TXT[lr]["title"], **translated(lr)))

    # ================================================================ upload_error
    # password-protected PDF in a drop zone (own wording)
    add(_entry("drop-protected-pdf", "upload_error", "fr", ESP + "mes-demarches/sejour/renouvellement/pieces",
               espace(H.stepper("Pièces justificatives", 4, 6, nxt="Paiement du timbre fiscal")
                      + dropzone("Justificatif de domicile", "PDF, JPG ou PNG, un seul fichier",
                                 err="Ce fichier est protégé par un mot de passe : nous ne pouvons pas l’ouvrir. "
                                     "Enregistrez-le sans protection puis déposez-le à nouveau.",
                                 fname="quittance_octobre.pdf")
                      + dropzone("Avis d’imposition", "PDF, JPG ou PNG, un seul fichier")
                      + H.buttons(H.button("Enregistrer et continuer")), narrow=True)))
    # list of pieces, one row refused for its format (.heic)
    add(_entry("pieces-heic-refused", "upload_error", "fr", ESP + "mes-demarches/sejour/premiere-demande/pieces",
               espace('<h1 class="fr-h3">Mes pièces justificatives</h1>'
                      + pieces([("Passeport (pages d’identité)", "Ajouté", "success", "passeport.pdf · 1,1 Mo"),
                                ("Photo du titre actuel", "Refusé", "error",
                                 "IMG_4821.HEIC — format non pris en charge. Utilisez un fichier PDF, JPEG ou PNG."),
                                ("Justificatif de domicile", "Ajouté", "success", "facture_edf.pdf · 420 Ko")], key_rows=(1,)),
                      user=USER_D)))
    # e-photo code too old (own wording)
    add(_entry("ephoto-code-too-old", "upload_error", "fr", ESP + "mes-demarches/sejour/renouvellement/photo",
               espace('<h1 class="fr-h3">Photo et signature</h1>'
                      + '<p class="fr-text--sm">Saisissez le code figurant sur la planche remise par la cabine ou le photographe agréé.</p>'
                      + H.field("Code photo-signature (e-photo)", "8K3R-QX7P-2M9D",
                                error="Ce code n’est plus utilisable : la photo a été prise il y a plus de 6 mois.")
                      + H.buttons(H.button("Vérifier le code")), user=USER_C, narrow=True)))
    # blurry scan refused at upload (own wording), dialog
    add(_entry("dialog-blurry-scan", "upload_error", "fr", ESP + "mes-demarches/naturalisation/pieces",
               espace('<h1 class="fr-h3">Acte de naissance</h1>' + dropzone("Acte de naissance traduit", "PDF ou image, 10 Mo maximum",
                                                                             fname="acte_naissance_photo.jpg"),
                      post=dialog("Document illisible",
                                  "Le fichier « acte_naissance_photo.jpg » n’a pas été accepté : l’image est floue ou coupée. "
                                  "Prenez une nouvelle photo à plat, bien éclairée, avec les quatre coins visibles.",
                                  [H.button("Choisir un autre fichier")]), user=USER_D)))
    # English: file too large (own wording), old-style upload field
    add(_entry("en-upload-too-large", "upload_error", "en", ESP + "mes-demarches/sejour/renouvellement/pieces?lang=en",
               espace('<h1 class="fr-h3">Supporting documents</h1>'
                      + H.upload("Proof of address", "PDF, JPG or PNG. 10 MB maximum.",
                                 error="This file is 14.6 MB. Each document must be 10 MB or less.",
                                 filename_note="scan_bail_complet.pdf", lang="en")
                      + H.upload("Payslips (last 3 months)", "PDF, JPG or PNG. 10 MB maximum.", lang="en"),
                      "en", user=USER_A, narrow=True)))
    # Persian translation: damaged file (own wording, translated)
    add(_entry("fa-upload-damaged", "upload_error", lp, ESP + "mes-demarches/sejour/renouvellement/pieces",
               espace('<h1 class="fr-h3">مدارک پشتیبان</h1>'
                      + H.upload("گذرنامه", "PDF، JPG یا PNG", error="فایل آسیب دیده است و باز نمی شود. فایل دیگری انتخاب کنید.",
                                 filename_note="passport_scan.pdf", lang=lp),
                      lp, user=USER_C, narrow=True),
               tab=H.HEADER_TXT[lp]["title"], **translated(lp)))

    # ================================================================ missing_document
    # notification list: one unread request for pieces among ordinary notices (own wording)
    add(_entry("notifs-action-required", "missing_document", "fr", ESP + "mes-notifications",
               espace('<h1 class="fr-h3">Mes notifications</h1>'
                      + notif_rows([("Nouvelle connexion à votre compte", "05/11/2026", False, False),
                                    ("Action requise : la préfecture attend 2 pièces pour poursuivre l’examen de votre demande",
                                     "03/11/2026", True, True),
                                    ("Votre attestation de dépôt est disponible", "12/10/2026", False, False),
                                    ("Bienvenue dans votre espace personnel", "12/10/2026", False, False)]),
                      active=3, user=USER_D)))
    # long file page with the requested pieces in the middle
    add(_entry("long-dossier-pieces-requested", "missing_document", "fr", ESP + "mes-demarches/sejour/demande/2026-SEJ-0417753",
               espace(H.breadcrumb(["Accueil", "Mes démarches", "Demande n° 2026-SEJ-0417753"])
                      + '<h1 class="fr-h3">Carte de séjour pluriannuelle « salarié »</h1>'
                      + paras(["Déposée le 02/10/2026 auprès de la préfecture de la Haute-Garonne.",
                               "Vous pouvez consulter ci-dessous les documents déjà transmis et les demandes du service.",
                               "Les échanges avec la préfecture se font uniquement depuis cet espace."])
                      + plain_box("Documents transmis", "Passeport · Titre de séjour actuel · Contrat de travail · 3 bulletins de salaire")
                      + H.alert("warning", "Pièces demandées par le service instructeur",
                                "<ul><li>Justificatif de domicile de moins de 3 mois</li><li>Avis d’imposition 2025 (sur les revenus 2024)</li></ul>"
                                "<p>À transmettre avant le 20/11/2026.</p>")
                      + paras(["Si vous ne pouvez pas fournir une pièce, joignez un courrier expliquant pourquoi.",
                               "Les fichiers doivent être lisibles et complets."])
                      + H.buttons(H.button("Ajouter les pièces demandées")), user=USER_A)))
    # naturalisation: the file is incomplete, dialog (own wording)
    add(_entry("dialog-nat-incomplete", "missing_document", "fr", ESP + "mes-demarches/naturalisation",
               espace('<h1 class="fr-h3">Demande d’accès à la Nationalité Française</h1>'
                      + plain_box("Demande n° NAT-2026-009381", "Créée le 14/06/2026"),
                      post=dialog("Votre dossier est incomplet",
                                  "Pour que votre demande soit examinée, il manque : acte de naissance avec filiation, "
                                  "traduit par un traducteur agréé.",
                                  [H.button("Plus tard", "secondary"), H.button("Transmettre le document")], kind="warning"),
                      user=USER_B)))
    # formal last reminder before closure, dark theme (own wording)
    add(_entry("dark-last-reminder-pieces", "missing_document", "fr", ESP + "mes-demarches/sejour/demande/2026-SEJ-0390016",
               espace('<h1 class="fr-h3">Ma demande de titre de séjour</h1>'
                      + H.alert("error", "Dernier rappel avant classement",
                                "Sans réponse de votre part avant le 02/12/2026, votre demande sera classée sans suite. "
                                "Document attendu : certificat de scolarité de l’année 2026-2027.")
                      + H.buttons(H.button("Répondre à la demande")), dark=True, user=USER_C),
               dark=True))
    # Russian translation of a message from the prefecture asking for a copy (own wording, translated)
    add(_entry("ru-prefecture-asks-copy", "missing_document", lr, ESP + "mes-notifications/8841203",
               espace('<h1 class="fr-h3">Сообщение от префектуры</h1>'
                      + H.card('<p class="fr-text--sm" style="color:var(--text-mention-grey)">Префектура Рона · 28/10/2026</p>'
                               '<p>Пожалуйста, приложите копию вашего текущего вида на жительство с обеих сторон. '
                               'Без этого документа рассмотрение вашего заявления не может быть продолжено.</p>'
                               + H.buttons(H.button("Добавить документ")), crop=True),
                      lr, user=USER_B, active=3),
               tab=H.HEADER_TXT[lr]["title"], **translated(lr)))
    # an extra document is asked, the upload widget is empty (no error): the request is the point
    add(_entry("extra-employer-certificate", "missing_document", "fr", ESP + "mes-demarches/sejour/demande/2026-SEJ-0452208/complements",
               espace('<h1 class="fr-h3">Compléments à apporter</h1>'
                      + H.alert("info", "Un document supplémentaire vous est demandé",
                                "Attestation de votre employeur précisant la date d’embauche et le temps de travail.")
                      + H.upload("Attestation employeur", "PDF, JPG ou PNG"), user=USER_D, narrow=True)))

    # ================================================================ blocked_page
    # Keycloak internalServerError on the SSO
    add(_entry("kc-internal-server-error", "blocked_page", "fr", SSO_ACT + "authenticate?client_id=anef-usagers&execution=7c1e",
               sso('<h1 class="fr-h3">Connexion à votre espace personnel</h1>'
                   + H.alert("error", None, "Une erreur interne du serveur s’est produite")
                   + '<p><a class="fr-link" href="#">« Revenir à l’application</a></p>')))
    # Keycloak pageExpiredTitle / pageExpiredMsg1 / pageExpiredMsg2 / doClickHere
    add(_entry("kc-page-expired", "blocked_page", "fr", SSO_ACT + "restart?client_id=anef-usagers",
               sso('<h1 class="fr-h3" data-key="title">La page a expiré</h1>'
                   + '<p id="crop">Pour recommencer le processus d’authentification <a href="#">Cliquez ici</a>.<br>'
                     'Pour continuer le processus d’authentification <a href="#">Cliquez ici</a>.</p>')))
    # Firefox's own time-out page (from memory), only in a Firefox frame
    add(_entry("firefox-timeout", "blocked_page", "fr", ESP + "mes-demarches",
               M.plain_doc('<div class="fx" id="crop"><h1>Le délai d’attente est dépassé</h1>'
                           '<p>Le serveur à l’adresse administration-etrangers-en-france.interieur.gouv.fr met trop de temps à répondre.</p>'
                           '<ul><li>Le site est peut-être temporairement indisponible ou surchargé. Réessayez plus tard ;</li>'
                           '<li>Si vous n’arrivez à naviguer sur aucun site, vérifiez la connexion au réseau de votre ordinateur ;</li></ul>'
                           '<span class="b">Réessayer</span></div>', FX_CSS),
               tab="Problème de chargement de la page", browsers=H.FIREFOX_FAMILY))
    # maintenance page without the portal's header (own wording)
    add(_entry("maintenance-full-page", "blocked_page", "fr", USAGERS,
               doc('<main class="fr-container fr-py-8w"><div class="fr-grid-row fr-grid-row--center"><div class="fr-col-12 fr-col-md-8">'
                   '<p class="fr-logo fr-mb-4w">République<br>Française</p>'
                   '<h1 class="fr-h2">Étrangers en France</h1>'
                   + H.alert("warning", "Le site est en cours de maintenance",
                             "Nous améliorons le service. Les démarches en ligne seront de nouveau accessibles à partir de 14 h. "
                             "Vos dossiers et vos documents sont conservés.")
                   + '</div></div></main>')))
    # English: a bare gateway time-out page from the web server
    add(_entry("en-504-gateway", "blocked_page", "en", ESP + "mon-compte",
               M.plain_doc('<div style="text-align:center;padding-top:40px" id="crop"><h1>504 Gateway Time-out</h1></div>'
                           '<hr style="width:90%"><p style="text-align:center">nginx</p>',
                           "body{background:#fff;font-family:'DejaVu Serif','Liberation Serif',serif}"),
               tab="504 Gateway Time-out"))
    # Arabic translation of the portal's page-not-found (own wording, translated)
    add(_entry("ar-404-not-found", "blocked_page", la, ESP + "mes-demarches/sejour/suivi",
               espace('<h1 class="fr-h2">الصفحة غير موجودة</h1>'
                      + H.alert("error", None, "خطأ 404: الصفحة التي تبحث عنها غير متاحة أو تم نقلها.")
                      + '<p>إذا كتبت العنوان في المتصفح، فتأكد من صحته. وإلا، فارجع إلى صفحة الاستقبال.</p>'
                      + H.buttons(H.button("صفحة الاستقبال")), la, user=USER_D),
               tab=H.HEADER_TXT[la]["title"], **translated(la)))
    # Chromium's too-many-redirects page (from memory: the sign-in loop users report), only in a Chromium frame
    add(_entry("chromium-too-many-redirects", "blocked_page", "fr", USAGERS + "espace-personnel/connexion-inscription",
               M.plain_doc('<div class="bp" id="crop"><div style="width:40px;height:46px;border:3px solid #9aa0a6;border-radius:4px"></div>'
                           '<h1>Cette page ne fonctionne pas</h1>'
                           '<p><b>administration-etrangers-en-france.interieur.gouv.fr</b> vous a redirigé à de trop nombreuses reprises.</p>'
                           '<ul><li><p>Essayez de supprimer les cookies.</p></li></ul>'
                           '<p class="code">ERR_TOO_MANY_REDIRECTS</p><span class="b" style="background:#1a73e8">Actualiser</span></div>',
                           BROWSER_PAGE_CSS),
               tab=H.HOST, browsers=H.CHROMIUM_FAMILY))

    # ================================================================ request_status
    # submitted: DSFR stepper at step 1 of 4
    add(_entry("stepper-submitted", "request_status", "fr", ESP + "mes-demarches/sejour/demande/2026-SEJ-0461180",
               espace('<h1 class="fr-h3">Renouvellement de ma carte de séjour</h1>'
                      + H.stepper("Dépôt de la demande", 1, 4, nxt="Instruction en cours", crop=True)
                      + plain_box("Demande n° 2026-SEJ-0461180", "Transmise à la préfecture de la Gironde le 18/09/2026. "
                                                                  "Vous pouvez télécharger la confirmation du dépôt dans « Mes documents ».")
                      + H.buttons(H.button("Mes documents", "secondary")), user=USER_A),
               step="submitted"))
    # submitted: naturalisation frise, « Demande envoyée » active, dark theme
    nat = ["Demande envoyée", "Examen des pièces en cours", "Réception du récépissé de complétude",
           "Entretien d’assimilation", "Décision"]
    add(_entry("dark-frise-sent", "request_status", "fr", ESP + "mes-demarches/naturalisation",
               espace('<h1 class="fr-h3">Demande d’accès à la Nationalité Française</h1>'
                      + '<p class="fr-text--sm">Demande n° NAT-2026-011452 · envoyée le 29/10/2026</p>'
                      + frise(nat, 0) + paras(["Votre demande a été envoyée à la plateforme de naturalisation."]),
                      dark=True, user=USER_B),
               dark=True, step="submitted"))
    # in_progress: naturalisation frise, « Examen des pièces en cours » active, among tabs
    add(_entry("frise-exam-pieces", "request_status", "fr", ESP + "mes-demarches/naturalisation",
               espace('<h1 class="fr-h3">Demande d’accès à la Nationalité Française</h1>'
                      + tabbar(["Suivi", "Mes pièces", "Mes échanges"], 0)
                      + frise(nat, 1)
                      + plain_box("Dernière mise à jour", "04/11/2026"), user=USER_D),
               step="in_progress"))
    # in_progress: Ukrainian translation, an « attestation de prolongation d'instruction » available (translated)
    add(_entry("uk-api-prolongation", "request_status", lu, ESP + "mes-demarches/sejour/demande/2026-SEJ-0377019",
               espace('<h1 class="fr-h3">Моя заява на посвідку на проживання</h1>'
                      + H.card(H.badge("Розгляд триває", "info")
                               + '<p class="fr-mt-2w">Ваша заява розглядається префектурою. Атестат про продовження розгляду '
                                 'дійсний до 12/01/2027.</p>' + H.buttons(H.button("Завантажити атестат", "secondary")),
                               title="Поточний стан", crop=True),
                      lu, user=USER_B),
               step="in_progress", tab=H.HEADER_TXT[lu]["title"], **translated(lu)))
    # decision_made: decision rendered, letter in the documents table (own wording)
    add(_entry("decision-letter-table", "request_status", "fr", ESP + "mes-demarches/sejour/demande/2026-SEJ-0318842",
               espace('<h1 class="fr-h3">Ma demande de titre de séjour</h1>'
                      + H.alert("info", "Décision rendue le 21/10/2026",
                                "Le courrier de décision est disponible ci-dessous. Lisez-le en entier : il indique la suite à donner.")
                      + H.table("Documents de la demande", ["Document", "Date", ""],
                                [["Courrier de décision", "21/10/2026", "Télécharger"],
                                 ["Attestation de prolongation d’instruction", "02/08/2026", "Télécharger"],
                                 ["Confirmation du dépôt", "30/04/2026", "Télécharger"]]), user=USER_C),
               step="decision_made"))
    # document_available: Persian translation of a summons to collect the card (own wording, translated)
    add(_entry("fa-summons-collect-card", "request_status", lp, ESP + "mes-notifications/8850127",
               espace('<h1 class="fr-h3">دعوت نامه</h1>'
                      + H.card('<p>کارت اقامت شما آماده است. لطفا در تاریخ 09/12/2026 ساعت 10:15 به استانداری رون مراجعه کنید.</p>'
                               '<p>تمبر مالیاتی به مبلغ 225 یورو و گذرنامه خود را همراه داشته باشید.</p>',
                               title="تحویل کارت اقامت شما", crop=True),
                      lp, user=USER_C, active=3),
               step="document_available", tab=H.HEADER_TXT[lp]["title"], **translated(lp)))
    # no step shown: a request's summary tab (type, number, prefecture, dates) and nothing about its progress
    add(_entry("summary-tab-no-step", "request_status", "fr", ESP + "mes-demarches/sejour/demande/2026-SEJ-0402561/recapitulatif",
               espace('<h1 class="fr-h3">Ma demande</h1>' + tabbar(["Récapitulatif", "Documents", "Historique"], 0)
                      + H.table("Récapitulatif de la demande", ["", ""],
                                [["Type", "Carte de séjour temporaire « vie privée et familiale »"],
                                 ["Numéro", "2026-SEJ-0402561"], ["Préfecture", "Seine-Saint-Denis"],
                                 ["Créée le", "07/09/2026"], ["Titre actuel valable jusqu’au", "30/11/2026"]], crop=True),
                      user=USER_A)))

    # ================================================================ unknown
    # ANEF public home page with its tiles
    add(_entry("anef-home-tiles", "unknown", "fr", "https://" + H.HOST + "/",
               public('<h1 class="fr-h2">Bienvenue sur le site Étrangers en France</h1>'
                      + '<p>Réalisez vos démarches de séjour, de naturalisation et de document de voyage en ligne.</p>'
                      + '<div class="fr-grid-row fr-grid-row--gutters">'
                      + H.tile("Je valide mon VLS-TS", "Visa de long séjour valant titre de séjour")
                      + H.tile("Je demande ou renouvelle un titre de séjour", "Étudiant, salarié, vie privée et familiale…")
                      + H.tile("Je demande la nationalité française", "Par décret ou par mariage") + '</div>')))
    # Keycloak successLogout: an ordinary sign-out
    add(_entry("kc-logged-out", "unknown", "fr", SSO_ACT.replace("login-actions/", "protocol/openid-connect/logout"),
               sso('<h1 class="fr-h3">Déconnexion</h1>' + H.alert("success", None, "Vous êtes déconnecté", sm=True)
                   + H.buttons(H.button("Se connecter")))))
    # English: account details saved
    add(_entry("en-account-saved", "unknown", "en", ESP + "mon-compte?lang=en",
               espace(side_layout(["My details", "Sign-in methods", "Notifications", "Security"], 0,
                                  '<h1 class="fr-h3">My details</h1>'
                                  + H.alert("success", None, "Your changes have been saved.", sm=True)
                                  + H.field("Phone number", "+33 6 12 48 90 33") + H.field("Email", "oumar.diallo@orange.fr")),
                      "en", user=USER_A, active=4)))
    # another site: health insurance session ended (own wording)
    add(_entry("ameli-session-ended", "unknown", "fr", "https://assure.ameli.fr/PortailAS/appmanager/PortailAS/assure",
               site("ameli", "#0c419a", ["Mes paiements", "Mes démarches", "Messagerie"],
                    '<div class="box"><h1>Vous avez été déconnecté</h1><div class="info">Pour votre sécurité, votre session a été '
                    'fermée après 20 minutes sans activité.</div><span class="btn" style="background:#0c419a">Me reconnecter</span></div>',
                    "Assurance Maladie · Mentions légales"),
               tab="Mon compte ameli"))
    # another site: the consular visa portal refuses a file (own wording)
    add(_entry("france-visas-file-too-big", "unknown", "fr", "https://france-visas.gouv.fr/fr/web/france-visas/mon-compte",
               site("France-Visas", "#1f3b73", ["Mes demandes", "Mon compte", "Aide"],
                    '<div class="box"><h2>Justificatifs de votre demande de visa</h2><label>Justificatif d’hébergement</label>'
                    '<div class="err">Le fichier dépasse la taille autorisée (3 Mo).</div>'
                    '<span class="btn" style="background:#1f3b73">Choisir un fichier</span></div>',
                    "France-Visas · Le site officiel des visas pour la France"),
               tab="France-Visas"))
    # another site: the tax site's sign-in refused (own wording)
    add(_entry("impots-login-refused", "unknown", "fr", "https://cfspart.impots.gouv.fr/LoginAccess",
               site("impots.gouv.fr", "#000091", ["Particulier", "Professionnel", "Partenaire"],
                    '<div class="box" style="max-width:520px"><h1>Connexion à votre espace particulier</h1>'
                    '<div class="err">Votre numéro fiscal ou votre mot de passe est incorrect.</div>'
                    '<label>Numéro fiscal</label><input class="t" value="1234567890123">'
                    '<label>Mot de passe</label><input class="t" type="password" value="secret123">'
                    '<span class="btn" style="background:#000091">Connexion</span></div>',
                    "impots.gouv.fr · Direction générale des Finances publiques"),
               tab="Connexion - impots.gouv.fr"))
    return P
