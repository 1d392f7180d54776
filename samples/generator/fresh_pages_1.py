"""Fresh test pages, set 1 (samples/fresh/screens-1): ANEF-like pages written for a blind test set.

Written by a test-set maker who had not seen the assistant's rules, knowledge files, tests or the existing page
texts (screens_content.py, holdout_content.py).  Only the DSFR skeleton of anef_html.py (header, footer, alert,
field, button...) is reused; every page body here is new wording.  Real message texts are used where the real site
would show them: Keycloak's login-theme messages (keycloak/keycloak messages_fr/en.properties) and Chromium's
French network-error page.

`build_pages()` returns a list of page dicts as make_frames.py / frames.py expect them:
    situation, step, lang, url, tab, doc (a whole HTML document), translated, dark, bubble_txt, bubble_rtl
plus `name` (a short description, for the README and the console) and `browsers` (an optional set of browsers the
page may be drawn in: a browser's own error page is only drawn in that browser's family).
"""
import anef_html as H
from make_screens import dsfr_doc, plain_doc

HOST = H.HOST
PORTAL = "https://" + HOST + "/usagers/#/espace-personnel/"
SSO_AUTH = H.SSO_AUTH
SSO_ACT = H.SSO_ACT
CHROMIUM_FAMILY = {"chrome", "edge", "android-chrome", "samsung", "none"}
FIREFOX_FAMILY = {"firefox", "firefox-android", "none"}

# fonts for pages a browser translated: Marianne has no Arabic or Cyrillic letters
TR_CSS = {"ar": "body,p,h1,h2,h3,label,a,button,li,span{font-family:Marianne,'Noto Sans Arabic','Noto Sans',sans-serif}",
          "fa": "body,p,h1,h2,h3,label,a,button,li,span{font-family:Marianne,'Noto Sans Arabic','Noto Sans',sans-serif}",
          "ru": "body,p,h1,h2,h3,label,a,button,li,span{font-family:Marianne,'Noto Sans','DejaVu Sans',sans-serif}",
          "uk": "body,p,h1,h2,h3,label,a,button,li,span{font-family:Marianne,'Noto Sans','DejaVu Sans',sans-serif}"}
# the translate bubble as a French-speaking browser shows it after translating the page
TR_BUBBLE = {"ar": ("Cette page a été traduite", "français", "arabe"), "fa": ("Cette page a été traduite", "français", "persan"),
             "ru": ("Cette page a été traduite", "français", "russe"), "uk": ("Cette page a été traduite", "français", "ukrainien")}
SPIN_CSS = (".spin{width:56px;height:56px;border-radius:50%;border:6px solid #dddde8;"
            "border-top-color:#000091;margin:2rem auto 1rem;transform:rotate(40deg)}")


def anef(inner, lang="fr", user=None, narrow=False, active=0, pre="", nav=True, tools=True, dark=False, title=None,
         css=""):
    """a page of the portal (or of its sign-in server, which uses the same DSFR theme)."""
    body = H.page_anef(inner, lang=lang, user=user, narrow=narrow, active=active, pre=pre, nav=nav, tools=tools)
    rtl = lang in ("ar", "fa")
    return dsfr_doc(body, dark=dark, lang=lang, title=title or "Étrangers en France", rtl=rtl,
                    css_extra=TR_CSS.get(lang, "") + css)


def P(name, situation, lang, url, doc, step="", tab=None, dark=False, browsers=None):
    tr = lang in TR_BUBBLE
    return dict(name=name, situation=situation, step=step, lang=lang, url=url, doc=doc, dark=dark,
                tab=tab if tab is not None else ("Étrangers en France" if lang != "en" else "Foreigners in France"),
                translated=tr, bubble_txt=TR_BUBBLE.get(lang), bubble_rtl=False, browsers=browsers)


def err_under(text):
    """a red message written just under a button (not in an alert box)."""
    return (f'<p class="fr-error-text fr-mt-1w" style="font-size:.95rem">{text}</p>')


def signin(lang, heading, alert_html="", id_label="Identifiant", id_hint="", id_val="", id_err=None,
           pw_label="Mot de passe", pw_err=None, btn="Connexion", forgot="Mot de passe oublié ?", after_btn="",
           new_q="Vous n’avez pas encore de compte ?", new_btn="Créer mon compte", fc_txt=None, intro=""):
    """a sign-in form in the DSFR theme of the sign-in server; the links sit around the message."""
    fc = ""
    if fc_txt:
        fc = (f'<div class="fr-connect-group"><button class="fr-connect"><span class="fr-connect__login">{fc_txt}</span> '
              f'<span class="fr-connect__brand">FranceConnect</span></button></div><p class="fr-hr-or">{"ou" if lang == "fr" else "or"}</p>')
    form = (H.field(id_label, id_val, hint=id_hint or None, error=id_err) +
            H.field(pw_label, "••••••••••" if id_val else "", error=pw_err, typ="password") +
            f'<p><a class="fr-link fr-text--sm" href="#">{forgot}</a></p>' + H.buttons(H.button(btn)) + after_btn)
    new = f'<hr class="fr-mt-4w"><p class="fr-text--bold">{new_q}</p>' + H.buttons(H.button(new_btn, "secondary"))
    return f'<h1 class="fr-h3">{heading}</h1>{intro}{alert_html}{fc}{form}{new}'


def dsfr_error(code_line, heading, lead, text, btns, lang="fr"):
    """the DSFR 'error page' layout: big heading, the code, a lead sentence, buttons."""
    b = H.buttons(*[H.button(x, "" if i == 0 else "secondary") for i, x in enumerate(btns)])
    return (f'<div class="fr-py-4w"><h1>{heading}</h1><p class="fr-text--sm fr-mb-3w">{code_line}</p>'
            f'<p class="fr-text--lead fr-mb-3w">{lead}</p><p class="fr-text--sm fr-mb-5w">{text}</p>{b}</div>')


def request_head(title, number, lang="fr"):
    lbl = {"fr": "Numéro de demande", "en": "Application number"}.get(lang, "№")
    return f'<h1 class="fr-h3">{title}</h1><p class="fr-text--sm">{lbl} : <strong>{number}</strong></p>'


def chromium_error(host, line, code, lang="fr"):
    """Chromium's own page for a site it cannot reach (its real French/English wording)."""
    if lang == "fr":
        h, tries, btn, det = ("Ce site est inaccessible", ["Vérifier la connexion", "Vérifier le proxy et le pare-feu",
                              "Exécuter les diagnostics réseau de Windows"], "Actualiser", "Détails")
    else:
        h, tries, btn, det = ("This site can’t be reached", ["Checking the connection", "Checking the proxy and the firewall",
                              "Running Windows Network Diagnostics"], "Reload", "Details")
    lis = "".join(f'<li style="margin:4px 0"><a style="color:#1a73e8;text-decoration:none">{t}</a></li>' for t in tries)
    body = (f'<div style="max-width:600px;margin:14vh auto 0;padding:0 24px;font-family:\'DejaVu Sans\',\'Liberation Sans\',sans-serif;color:#202124">'
            f'<div style="width:44px;height:44px;border:3px solid #5f6368;border-radius:6px;margin-bottom:28px;position:relative">'
            f'<div style="position:absolute;left:8px;top:14px;width:8px;height:8px;background:#5f6368"></div>'
            f'<div style="position:absolute;right:8px;top:14px;width:8px;height:8px;background:#5f6368"></div></div>'
            f'<h1 style="font-size:1.6em;font-weight:400;margin:0 0 14px">{h}</h1>'
            f'<p style="color:#5f6368;font-size:15px;margin:0 0 14px">{line.format(host=f"<strong>{host}</strong>")}</p>'
            f'<p style="color:#5f6368;font-size:15px;margin:0 0 4px">{"Essayez de :" if lang == "fr" else "Try:"}</p>'
            f'<ul style="color:#5f6368;font-size:15px;margin:0 0 14px">{lis}</ul>'
            f'<p style="color:#5f6368;font-size:12px;text-transform:uppercase;margin:0 0 36px">{code}</p>'
            f'<div style="display:flex;justify-content:space-between"><span style="color:#1a73e8;border:1px solid #dadce0;'
            f'border-radius:4px;padding:8px 16px;font-size:14px">{det}</span><span style="background:#1a73e8;color:#fff;'
            f'border-radius:4px;padding:8px 16px;font-size:14px">{btn}</span></div></div>')
    return plain_doc(body, css="body{background:#fff}")


# ============================================================================== the pages
def build_pages():
    pages = []
    add = pages.append

    # ------------------------------------------------------------------ login_failure
    add(P("sign-in, Keycloak invalid credentials in the alert, links around it", "login_failure", "fr", SSO_AUTH,
          anef(H.card(signin("fr", "Se connecter à mon espace",
                             alert_html=H.alert("error", None, "Nom d’utilisateur ou mot de passe invalide.", sm=True),
                             id_hint="Votre numéro étranger à 10 chiffres ou votre adresse électronique",
                             id_val="7512034698", fc_txt="S’identifier avec")), narrow=True, nav=False),
          tab="Connexion - Étrangers en France"))
    add(P("sign-in, account temporarily disabled (Keycloak brute force)", "login_failure", "fr",
          SSO_ACT + "authenticate?session_code=Qm1vZ3&execution=7f2c91&client_id=anef-usagers&tab_id=Xr4Tp",
          anef(H.card(signin("fr", "Connexion",
                             alert_html=H.alert("error", "Connexion impossible",
                                                "Ce compte est temporairement désactivé, contactez votre administrateur "
                                                "ou bien réessayez plus tard."),
                             id_val="contact.amina.b@exemple.fr")), narrow=True, nav=False, tools=False),
          tab="Connexion - Étrangers en France"))
    add(P("sign-in (English), invalid password under the password field", "login_failure", "en", SSO_AUTH,
          anef(H.card(signin("en", "Sign in to Foreigners in France", id_label="Username",
                             id_hint="10-digit foreign national number or email address", id_val="0934412870",
                             pw_label="Password", pw_err="Invalid password.", btn="Sign in", forgot="Forgot password?",
                             new_q="No account yet?", new_btn="Create my account")), lang="en", narrow=True, nav=False),
          tab="Sign in - Foreigners in France"))
    add(P("sign-in, identifier unknown shown under the submit button", "login_failure", "fr",
          SSO_ACT + "authenticate?execution=1c0b&client_id=anef-usagers&tab_id=Lm0q",
          anef(H.card(signin("fr", "Accéder à mon espace personnel", id_val="2208317745",
                             id_hint="Numéro étranger (10 chiffres) ou courriel",
                             after_btn=err_under("Aucun compte n’est associé à cet identifiant. Vérifiez le numéro "
                                                 "étranger inscrit sur votre titre de séjour."))),
               narrow=True, nav=False)))
    add(P("sign-in translated to Arabic, invalid credentials", "login_failure", "ar", SSO_AUTH,
          anef(H.card(signin("ar", "تسجيل الدخول إلى مساحتي الشخصية",
                             alert_html=H.alert("error", None, "اسم المستخدم أو كلمة المرور غير صحيحة.", sm=True),
                             id_label="المعرف", id_hint="الرقم الأجنبي (10 أرقام) أو البريد الإلكتروني", id_val="6103958824",
                             pw_label="كلمة المرور", btn="تسجيل الدخول", forgot="هل نسيت كلمة المرور؟",
                             new_q="ليس لديك حساب بعد؟", new_btn="إنشاء حسابي")), lang="ar", narrow=True, nav=False)))
    add(P("phone sign-in, account disabled, mention of too many attempts", "login_failure", "fr", SSO_AUTH,
          anef(H.card(signin("fr", "Connexion",
                             alert_html=H.alert("error", "Compte bloqué",
                                                "Trop de tentatives de connexion ont échoué. Votre compte est désactivé, "
                                                "contactez votre administrateur."),
                             id_val="5590127734")), narrow=True, nav=False, dark=True), dark=True))

    # ------------------------------------------------------------------ password_reset
    add(P("Keycloak required action: must change password", "password_reset", "fr",
          SSO_ACT + "required-action?execution=UPDATE_PASSWORD&client_id=anef-usagers&tab_id=0pQe",
          anef(H.card('<h1 class="fr-h3">Mise à jour du mot de passe</h1>' +
                      H.alert("warning", None, "Vous devez changer votre mot de passe pour activer votre compte.", sm=True) +
                      H.field("Nouveau mot de passe", "", typ="password",
                              hint="12 caractères minimum, dont une majuscule, un chiffre et un caractère spécial") +
                      H.field("Confirmation du nouveau mot de passe", "", typ="password") +
                      H.buttons(H.button("Valider"))), narrow=True, nav=False, tools=False),
          tab="Mise à jour du mot de passe"))
    add(P("forgot-password page after sending: Keycloak 'email sent' info", "password_reset", "fr",
          SSO_ACT + "reset-credentials?client_id=anef-usagers&tab_id=Hw2s",
          anef(H.card('<h1 class="fr-h3">Mot de passe oublié ?</h1>' +
                      H.alert("info", None, "Vous devriez recevoir rapidement un courriel avec de plus amples instructions.") +
                      '<p>Le lien contenu dans ce courriel permet de choisir un nouveau mot de passe. Il reste valable '
                      '15 minutes.</p>' + H.field("Identifiant", "8841203356") + H.buttons(H.button("Renvoyer le courriel")) +
                      '<p class="fr-mt-3w">' + H.link("« Retour à la connexion") + '</p>'), narrow=True, nav=False)))
    add(P("reset link expired (English)", "password_reset", "en",
          SSO_ACT + "action-token?key=eyJhbGciOi&client_id=anef-usagers",
          anef(H.card('<h1 class="fr-h3">Reset your password</h1>' +
                      H.alert("error", "Link no longer valid",
                              "The password reset link you used has expired or was already used. "
                              "Ask for a new link to choose your password.") +
                      H.buttons(H.button("Send me a new link"), H.button("Back to sign in", "secondary"))),
               lang="en", narrow=True, nav=False), tab="Reset password - Foreigners in France"))
    add(P("new password refused by the rules (field error)", "password_reset", "fr",
          SSO_ACT + "reset-credentials?execution=f83c&client_id=anef-usagers",
          anef(H.card('<h1 class="fr-h3">Choisissez votre nouveau mot de passe</h1>' +
                      H.field("Nouveau mot de passe", "••••••••", typ="password",
                              error="Mot de passe invalide : doit contenir au moins 1 caractère(s) spéciaux.") +
                      H.field("Confirmez le mot de passe", "••••••••", typ="password") +
                      H.buttons(H.button("Enregistrer le mot de passe"))), narrow=True, nav=False)))
    add(P("temporary password expired, translated to Ukrainian", "password_reset", "uk", SSO_AUTH,
          anef(H.card(signin("uk", "Вхід до особистого простору",
                             alert_html=H.alert("error", None, "Термін дії тимчасового пароля, який вам надіслали, "
                                                "закінчився. Запросіть новий пароль."),
                             id_label="Ідентифікатор", id_val="4420198873", pw_label="Пароль", btn="Увійти",
                             forgot="Забули пароль?", new_q="Ще немає облікового запису?", new_btn="Створити обліковий запис")),
               lang="uk", narrow=True, nav=False)))

    # ------------------------------------------------------------------ account_creation
    crea = PORTAL + "connexion-inscription/creation-compte"
    add(P("account creation, end date of validity refused under the field", "account_creation", "fr", crea,
          anef(H.stepper("Créer votre compte", 2, 3, "Choix du mot de passe") +
               H.card(H.field("Numéro étranger", "7730051294", hint="10 chiffres, au-dessus de votre signature sur le titre") +
                      H.field("Date de début de validité", "14/03/2025", hint="Format : jj/mm/aaaa") +
                      H.field("Date de fin de validité", "13/03/2027", hint="Format : jj/mm/aaaa",
                              error="Les dates saisies ne correspondent pas au titre enregistré pour ce numéro.") +
                      H.buttons(H.button("Continuer"))), narrow=True),
          tab="Création de compte - Étrangers en France"))
    add(P("account already exists alert, with links Se connecter / Mot de passe oublié", "account_creation", "fr", crea,
          anef('<h1 class="fr-h3">Création de votre compte</h1>' +
               H.alert("error", "Création impossible",
                       "Un compte existe déjà avec ce numéro étranger. Vous ne pouvez pas en créer un second.") +
               H.card(H.field("Adresse électronique", "k.diallo75@exemple.com") +
                      H.field("Numéro étranger", "1209347781") + H.buttons(H.button("Créer mon compte")) +
                      '<p class="fr-mt-2w">' + H.link("Se connecter") + ' &nbsp; ' + H.link("Mot de passe oublié ?") + '</p>'),
               narrow=True)))
    add(P("account creation (English), visa number not recognised", "account_creation", "en", crea,
          anef(H.stepper("Create your account", 1, 3, "Your contact details", state_lbl="Step {c} of {t}",
                         next_lbl="Next step:") +
               H.card(H.field("Long-stay visa number", "FRA3C0994471", hint="Top right of the visa sticker",
                              error="This visa number was not recognised. Check it and try again.") +
                      H.field("Visa start date", "02/09/2026") + H.buttons(H.button("Continue"))),
               lang="en", narrow=True), tab="Create an account - Foreigners in France"))
    add(P("email verification page: activation mail not received, resend", "account_creation", "fr",
          SSO_ACT + "required-action?execution=VERIFY_EMAIL&client_id=anef-usagers",
          anef(H.card('<h1 class="fr-h3">Vérification du courriel</h1>' +
                      '<p>Vous devez vérifier votre courriel pour activer votre compte.</p>' +
                      '<p>Un courriel avec des instructions à suivre vous a été envoyé.</p>' +
                      H.alert("warning", None, "Vous n’avez pas reçu de courriel d’activation ? Vérifiez vos courriers "
                              "indésirables, puis cliquez ci-dessous pour le renvoyer.", sm=True) +
                      H.buttons(H.button("Renvoyer le courriel d’activation"))), narrow=True, nav=False)))
    add(P("activation link invalid, translated to Russian", "account_creation", "ru", crea + "/activation",
          anef(H.card('<h1 class="fr-h3">Активация учетной записи</h1>' +
                      H.alert("error", None, "Ссылка для активации вашей учетной записи недействительна или устарела. "
                              "Создайте учетную запись заново или запросите новую ссылку.") +
                      H.buttons(H.button("Получить новую ссылку"))), lang="ru", narrow=True)))

    # ------------------------------------------------------------------ franceconnect
    add(P("FranceConnect sign-in returned an error on the sign-in server", "franceconnect", "fr",
          "https://" + H.SSO + "/auth/realms/anef-usagers/broker/franceconnect-particulier/endpoint?state=a1b2&code=9f",
          anef(H.card('<h1 class="fr-h3">Connexion avec FranceConnect</h1>' +
                      H.alert("error", "La connexion n’a pas abouti",
                              "Nous n’avons pas pu récupérer votre identité auprès de FranceConnect. "
                              "Réessayez, ou connectez-vous avec votre identifiant et votre mot de passe.") +
                      H.buttons(H.button("Réessayer avec FranceConnect"), H.button("Retour à la connexion", "secondary"))),
               narrow=True, nav=False)))
    add(P("personal space empty after FranceConnect: account not linked", "franceconnect", "fr", PORTAL + "mon-compte",
          anef('<h1 class="fr-h3">Bonjour Samir</h1>' +
               H.alert("info", "Aucune démarche trouvée",
                       "Vous êtes connecté avec FranceConnect, mais aucune demande n’est rattachée à ce compte. "
                       "Si vous avez déjà un compte Étrangers en France, liez-le à FranceConnect pour retrouver vos démarches.") +
               H.buttons(H.button("Lier mon compte existant"), H.button("Commencer une démarche", "secondary")),
               user="Samir B.")))
    add(P("Keycloak 'account already exists' after FranceConnect (English)", "franceconnect", "en",
          SSO_ACT + "first-broker-login?client_id=anef-usagers&tab_id=cc21",
          anef(H.card('<h1 class="fr-h3">Account already exists</h1>' +
                      H.alert("warning", None, "User with email l.nguyen@example.org already exists. How do you want to continue?") +
                      '<p>You signed in with FranceConnect. Link FranceConnect with your existing account to see your applications.</p>' +
                      H.buttons(H.button("Add to existing account"), H.button("Review profile", "secondary"))),
               lang="en", narrow=True, nav=False), tab="Account already exists"))

    # ------------------------------------------------------------------ blocked_page
    add(P("DSFR error page 500", "blocked_page", "fr", PORTAL + "mes-demandes",
          anef(dsfr_error("Erreur 500", "Erreur inattendue",
                          "Désolé, le service rencontre un problème. Nous travaillons à le résoudre au plus vite.",
                          "Rafraîchissez la page ou revenez dans quelques minutes.", ["Page d’accueil", "Nous contacter"]),
               user="M. Haddad"), tab="Erreur - Étrangers en France"))
    add(P("503 service unavailable page", "blocked_page", "fr", "https://" + HOST + "/usagers/",
          anef(dsfr_error("Erreur 503", "Service momentanément indisponible",
                          "Le site Étrangers en France est temporairement indisponible en raison d’une forte affluence.",
                          "Merci de réessayer plus tard. Vos démarches déjà enregistrées sont conservées.",
                          ["Réessayer"]), tools=False), tab="503 - Service indisponible"))
    add(P("endless loading spinner (English)", "blocked_page", "en", PORTAL + "mes-demandes",
          anef('<div style="text-align:center;padding:4rem 0"><div class="spin"></div>'
               '<p class="fr-text--lead" data-key>Loading your applications…</p>'
               '<p class="fr-text--sm" style="color:var(--text-mention-grey)">Please wait, this may take a few moments.</p></div>',
               lang="en", user="A. Popescu", css=SPIN_CSS, active=1)))
    add(P("session expired after inactivity", "blocked_page", "fr", PORTAL + "demarche/titre-sejour/etape-4",
          anef(H.card('<h1 class="fr-h3">Session expirée</h1>' +
                      H.alert("warning", None, "Votre session a expiré après 30 minutes sans activité. Par sécurité, "
                              "vous avez été déconnecté. Les informations non enregistrées sont perdues.") +
                      H.buttons(H.button("Me reconnecter"))), narrow=True)))
    add(P("maintenance banner over the home page", "blocked_page", "fr", "https://" + HOST + "/usagers/#/",
          anef('<h1>Bienvenue sur le site Étrangers en France</h1><p class="fr-text--lead">Réalisez vos démarches en ligne.</p>'
               '<div class="fr-grid-row fr-grid-row--gutters">' +
               H.tile("Je demande ou renouvelle un titre de séjour", "Première demande, renouvellement, changement de statut") +
               H.tile("Je valide mon VLS-TS", "Visa de long séjour valant titre de séjour") +
               H.tile("Je demande la nationalité française", "Naturalisation par décret ou déclaration") + '</div>',
               pre=H.notice("Opération de maintenance en cours : le dépôt et le suivi des demandes sont indisponibles "
                            "jusqu’à 14 h. Merci de votre compréhension."))))
    add(P("error under the submit button of a procedure step", "blocked_page", "fr", PORTAL + "demarche/renouvellement/recapitulatif",
          anef(H.stepper("Renouvellement de titre de séjour", 5, 5) +
               H.card('<h2 class="fr-h5">Récapitulatif</h2><p>Vérifiez vos informations avant de déposer votre demande.</p>' +
                      H.table("Vos informations", ["Rubrique", "Saisie"],
                              [["Nom", "OKAFOR"], ["Prénom", "Chidi"], ["Adresse", "12 rue des Lilas, 69007 Lyon"]]) +
                      H.buttons(H.button("Déposer ma demande")) +
                      err_under("Une erreur technique empêche l’envoi de votre demande. Veuillez réessayer ultérieurement.")),
               user="C. Okafor", active=1)))
    add(P("Keycloak 'Page has expired' (English)", "blocked_page", "en",
          SSO_ACT + "restart?client_id=anef-usagers&tab_id=pp9",
          anef(H.card('<h1 class="fr-h3">Page has expired</h1>' +
                      '<p>To restart the login process <a href="#">Click here</a>.</p>'
                      '<p>To continue the login process <a href="#">Click here</a>.</p>'), lang="en", narrow=True, nav=False),
          tab="Page has expired"))
    add(P("Chromium network-error page for the ANEF host", "blocked_page", "fr", "https://" + HOST + "/usagers/",
          chromium_error(HOST, "{host} a mis trop de temps à répondre.", "ERR_CONNECTION_TIMED_OUT"),
          tab=HOST, browsers=CHROMIUM_FAMILY))
    add(P("'Demande invalide' refusal to go further, translated to Persian", "blocked_page", "fa",
          PORTAL + "demarche/carte-resident/eligibilite",
          anef('<h1 class="fr-h3">درخواست کارت اقامت</h1>' +
               H.alert("error", "درخواست نامعتبر",
                       "ادامه این روند ممکن نیست. اطلاعات پرونده شما اجازه ثبت این درخواست را نمی دهد.") +
               H.buttons(H.button("بازگشت به فضای من")), lang="fa", user="R. Ahmadi")))
    add(P("plain 504 gateway time-out on the ANEF host", "blocked_page", "fr", PORTAL + "mes-documents",
          plain_doc('<div style="text-align:center;padding-top:40px;font-family:serif;background:#fff"><h1 style="font-family:serif">'
                    '504 Gateway Time-out</h1><hr><p>nginx</p></div>', css="body{background:#fff}"),
          tab="504 Gateway Time-out"))
    add(P("error 502 alert on My applications (English)", "blocked_page", "en", PORTAL + "mes-demandes",
          anef('<h1 class="fr-h3">My applications</h1>' +
               H.alert("error", "Something went wrong", "Your applications cannot be displayed at the moment "
                       "(error 502). Please try again later.") + H.buttons(H.button("Try again")),
               lang="en", user="J. Mensah", active=1)))

    # ------------------------------------------------------------------ missing_document
    add(P("notification: additional documents requested with a deadline", "missing_document", "fr",
          PORTAL + "mes-notifications/3",
          anef('<h1 class="fr-h3">Mes notifications</h1>' +
               H.card(H.badge("Non lue", "new") + '<h2 class="fr-h5 fr-mt-1w">Demande de pièces complémentaires</h2>'
                      '<p>Pour poursuivre l’examen de votre demande de titre de séjour, la préfecture du Val-de-Marne vous '
                      'demande de transmettre :</p><ul><li>un justificatif de domicile de moins de 3 mois</li>'
                      '<li>vos trois derniers bulletins de salaire</li></ul>'
                      '<p class="fr-text--bold">À fournir avant le 12/01/2027.</p>' +
                      H.buttons(H.button("Transmettre les documents")), crop=True),
               user="F. Benali", active=3)))
    add(P("request detail: file incomplete warning", "missing_document", "fr", PORTAL + "mes-demandes/sejour/2026-118834",
          anef(request_head("Ma demande de titre de séjour", "2026-118834") +
               H.alert("warning", "Votre dossier est incomplet",
                       "Il manque une pièce pour que votre demande soit examinée : acte de naissance traduit par un "
                       "traducteur assermenté.") +
               H.buttons(H.button("Compléter mon dossier")), user="A. Kone", active=1)))
    add(P("additional information requested (English)", "missing_document", "en", PORTAL + "mes-demandes/sejour/2026-097741",
          anef(request_head("My residence permit application", "2026-097741", "en") +
               H.alert("warning", "Action required",
                       "The prefecture needs one more document to continue examining your application: proof of "
                       "resources for the last 6 months. Please send it within 15 days.") +
               H.buttons(H.button("Send the document")), lang="en", user="P. Silva", active=1)))
    add(P("missing document notification, translated to Arabic", "missing_document", "ar", PORTAL + "mes-notifications/1",
          anef('<h1 class="fr-h3">إشعاراتي</h1>' +
               H.card('<h2 class="fr-h5">طلب مستندات إضافية</h2>'
                      '<p>تطلب منك المحافظة إرسال وثيقة إضافية لمتابعة دراسة طلبك: شهادة السكن باسمك.</p>'
                      '<p class="fr-text--bold">يجب تقديمها قبل 20/12/2026.</p>' + H.buttons(H.button("إرسال الوثيقة")), crop=True),
               lang="ar", user="Y. Mansour", active=3)))

    # ------------------------------------------------------------------ upload_error
    step_up = PORTAL + "demarche/titre-sejour/pieces-justificatives"
    add(P("upload: file too large, error under the upload field", "upload_error", "fr", step_up,
          anef(H.stepper("Demande de titre de séjour", 3, 5, "Récapitulatif") +
               H.card(H.upload("Relevés bancaires", "PDF, JPG ou PNG, 10 Mo maximum",
                               error="Le fichier « releves_banque_2026.pdf » pèse 14,2 Mo : il dépasse la limite de 10 Mo.",
                               filename_note="releves_banque_2026.pdf") +
                      H.upload("Justificatif de domicile", "PDF, JPG ou PNG, 10 Mo maximum", filename_note="edf_octobre.pdf") +
                      H.buttons(H.button("Enregistrer et continuer"))), user="T. Ivanova", active=1)))
    add(P("upload: .heic format not accepted, alert", "upload_error", "fr", step_up,
          anef(H.stepper("Demande de titre de séjour", 3, 5, "Récapitulatif") +
               H.alert("error", None, "Le fichier IMG_4821.HEIC n’a pas été ajouté : ce format n’est pas pris en charge. "
                       "Formats acceptés : PDF, JPEG, PNG.") +
               H.card(H.upload("Passeport (pages d’identité)", "Un seul fichier", filename_note="IMG_4821.HEIC") +
                      H.buttons(H.button("Enregistrer et continuer"))), user="L. Moreira", active=1)))
    add(P("upload: password-protected PDF (English)", "upload_error", "en", step_up,
          anef(H.stepper("Residence permit application", 3, 5, "Summary", state_lbl="Step {c} of {t}", next_lbl="Next step:") +
               H.card(H.upload("Employment contract", "PDF, JPG or PNG", lang="en", filename_note="contract_signed.pdf",
                               error="This PDF is protected by a password and cannot be read. Remove the protection and add it again.") +
                      H.buttons(H.button("Save and continue"))), lang="en", user="D. Osei", active=1)))
    add(P("e-photo code refused under its field", "upload_error", "fr", PORTAL + "demarche/titre-sejour/photo",
          anef(H.stepper("Demande de titre de séjour", 2, 5, "Pièces justificatives") +
               H.card('<h2 class="fr-h5">Photo et signature</h2>'
                      '<p>Saisissez le code figurant sur la planche photo remise par le photographe agréé.</p>' +
                      H.field("Code e-photo", "K7FQ2MZR9WBXT4", error="Ce code e-photo n’est pas reconnu ou n’est plus valable.") +
                      H.buttons(H.button("Valider le code"))), user="N. Chaudhry", active=1)))
    add(P("upload: maximum number of files reached", "upload_error", "fr", PORTAL + "mes-demandes/sejour/2026-104420/complements",
          anef('<h1 class="fr-h3">Ajouter des documents</h1>' +
               H.card(H.upload("Bulletins de salaire", "Jusqu’à 5 fichiers", filename_note="bulletin_juin.pdf",
                               error="Impossible d’ajouter ce fichier : vous avez déjà joint 5 fichiers, le nombre maximal pour cette pièce.") +
                      H.buttons(H.button("Envoyer"))), user="E. Tshibanda", active=1)))

    # ------------------------------------------------------------------ request_status
    steps_fr = ["Dépôt de la demande", "Instruction en cours", "Décision prise", "Document disponible"]
    add(P("request timeline: instruction in progress", "request_status", "fr", PORTAL + "mes-demandes/sejour/2026-071209",
          anef(request_head("Demande de carte de séjour pluriannuelle", "2026-071209") +
               H.timeline(steps_fr, 1, dates=["déposée le 02/09/2026", "depuis le 18/09/2026", "", ""], crop=True) +
               '<p>Votre demande est examinée par la préfecture. Vous serez informé par courriel de chaque étape.</p>',
               user="K. Mensah", active=1), step="in_progress"))
    add(P("request timeline: decision made", "request_status", "fr", PORTAL + "mes-demandes/sejour/2026-044318",
          anef(request_head("Changement de statut étudiant vers salarié", "2026-044318") +
               H.timeline(steps_fr, 2, dates=["05/05/2026", "20/05/2026", "le 27/10/2026", ""], crop=True) +
               H.alert("info", None, "Une décision a été rendue sur votre demande. Consultez le courrier de décision.", sm=True) +
               H.buttons(H.button("Télécharger la décision", icon="download-line")), user="S. Wei", active=1),
          step="decision_made"))
    add(P("residence permit ready to collect (English)", "request_status", "en", PORTAL + "mes-demandes/sejour/2026-033902",
          anef(request_head("Residence permit renewal", "2026-033902", "en") +
               H.timeline(["Application submitted", "Under review", "Decision made", "Document available"], 3,
                          dates=["03/06/2026", "10/06/2026", "30/09/2026", "14/10/2026"], crop=True) +
               H.alert("success", "Your residence permit is ready",
                       "Book an appointment with your prefecture to collect it. Bring your current permit and the tax stamp."),
               lang="en", user="M. Ali", active=1), step="document_available"))
    add(P("deposit confirmed, download attestation de dépôt", "request_status", "fr", PORTAL + "mes-demandes/sejour/2026-130557",
          anef(H.alert("success", "Votre demande a bien été déposée",
                       "Elle a été transmise le 03/11/2026 à la préfecture de la Gironde. Son examen n’a pas encore commencé.") +
               H.card('<h2 class="fr-h5">Attestation de dépôt</h2><p>Ce document prouve que vous avez déposé votre demande.</p>' +
                      H.buttons(H.button("Télécharger l’attestation de dépôt", icon="download-line"))),
               user="G. Abebe", active=1), step="submitted"))
    add(P("attestation de prolongation d'instruction available, translated to Ukrainian", "request_status", "uk",
          PORTAL + "mes-documents",
          anef('<h1 class="fr-h3">Мої документи</h1>' +
               H.table("Документи вашої заяви", ["Документ", "Дата", "Дійсний до"],
                       [["Посвідчення про подання заяви", "12/08/2026", "—"],
                        ["Посвідчення про продовження розгляду заяви", "10/11/2026", "09/02/2027"]], crop=True) +
               '<p>Ваша заява все ще розглядається префектурою.</p>', lang="uk", user="O. Kovalenko", active=2),
          step="in_progress"))
    add(P("naturalisation frise: examination of documents in progress", "request_status", "fr",
          PORTAL + "mes-demandes/nationalite",
          anef('<h1 class="fr-h3">Demande d’accès à la Nationalité Française</h1>' +
               H.timeline(["Demande envoyée", "Examen des pièces en cours", "Réception du récépissé de complétude",
                           "Entretien d’assimilation", "Décision"], 1, dates=["15/07/2026", "", "", "", ""], crop=True),
               user="H. Traoré", active=1), step="in_progress"))
    add(P("application closed without further action (English)", "request_status", "en", PORTAL + "mes-demandes/sejour/2025-210077",
          anef(request_head("Residence permit application", "2025-210077", "en") +
               H.badge("Closed", "error") +
               '<p class="fr-mt-2w" data-key>Your application was closed without further action on 04/11/2026 because the '
               'requested documents were not received in time. The letter explains how to appeal.</p>' +
               H.buttons(H.button("Download the letter", icon="download-line")), lang="en", user="B. Rahman", active=1),
          step="decision_made"))

    # ------------------------------------------------------------------ unknown (no problem, or not ANEF)
    add(P("ANEF public home page, nothing wrong", "unknown", "fr", "https://" + HOST + "/usagers/#/",
          anef('<h1>Étrangers en France</h1><p class="fr-text--lead">Vos démarches de séjour, de naturalisation et de '
               'document de voyage, en ligne.</p><div class="fr-grid-row fr-grid-row--gutters">' +
               H.tile("Je valide mon VLS-TS", "Après votre arrivée en France") +
               H.tile("Je demande ou renouvelle un titre de séjour", "Étudiant, salarié, vie privée et familiale…") +
               H.tile("Je demande un document de voyage", "Titre d’identité et de voyage, document de circulation") + '</div>'),
          tab="Accueil | Administration numérique pour les étrangers en France (ANEF)"))
    add(P("ANEF procedure catalogue, nothing wrong", "unknown", "fr", "https://" + HOST + "/usagers/#/demarches",
          anef(H.breadcrumb(["Accueil", "Toutes les démarches"]) + '<h1 class="fr-h2">Toutes les démarches</h1>'
               '<p>Choisissez la démarche qui correspond à votre situation.</p><div class="fr-grid-row fr-grid-row--gutters">' +
               H.tile("Étudiant", "Première demande ou renouvellement") + H.tile("Salarié", "Carte de séjour travailleur") +
               H.tile("Passeport talent", "Chercheur, créateur d’entreprise, investisseur") +
               H.tile("Vie privée et familiale", "Conjoint de Français, parent d’enfant français") +
               H.tile("Naturalisation", "Par décret") + H.tile("Duplicata", "Titre perdu ou volé") + '</div>')))
    add(P("ANTS driving-licence site outage page", "unknown", "fr", "https://permisdeconduire.ants.gouv.fr/tout-savoir",
          plain_doc('<div class="top" style="background:#1b2a5c"><span class="brand">ANTS — Permis de conduire</span>'
                    '<nav><a>Mon espace</a><a>Aide</a></nav></div><div class="wrap"><div class="box"><h1>Service momentanément '
                    'indisponible</h1><div class="err">Une erreur technique est survenue. Le téléservice de demande de permis de '
                    'conduire ne répond pas. Veuillez réessayer ultérieurement.</div><p class="muted">Agence Nationale des Titres '
                    'Sécurisés</p></div></div>'), tab="ANTS - Permis de conduire"))
    add(P("CAF maintenance page", "unknown", "fr", "https://wwwd.caf.fr/wps/portal/caffr/moncompte",
          plain_doc('<div class="top" style="background:#00488a"><span class="brand">caf.fr</span><nav><a>Mon Compte</a>'
                    '<a>Aides et démarches</a></nav></div><div class="wrap"><div class="box"><h1>Site en maintenance</h1>'
                    '<div class="info">Mon Compte est en cours de maintenance. Vous pourrez à nouveau déclarer vos ressources '
                    'trimestrielles à partir de 18 h.</div></div></div>'), tab="Caf - Maintenance"))
    add(P("ANEF home page in English, nothing wrong", "unknown", "en", "https://" + HOST + "/usagers/#/",
          anef('<h1>Foreigners in France</h1><p class="fr-text--lead">Apply online for your residence permit, '
               'naturalisation or travel document.</p><div class="fr-grid-row fr-grid-row--gutters">' +
               H.tile("I validate my VLS-TS", "Long-stay visa equivalent to a residence permit") +
               H.tile("I apply for or renew a residence permit", "Student, employee, family…") +
               H.tile("French nationality", "Apply for naturalisation") + '</div>', lang="en")))
    add(P("Chromium network-error page for ameli.fr (another site)", "unknown", "fr", "https://assure.ameli.fr/PortailAS/",
          chromium_error("assure.ameli.fr", "Impossible de trouver l’adresse IP du serveur de {host}.",
                         "DNS_PROBE_FINISHED_NXDOMAIN"), tab="assure.ameli.fr", browsers=CHROMIUM_FAMILY))
    add(P("ANEF account page, changes saved (it worked)", "unknown", "fr", PORTAL + "mon-compte/coordonnees",
          anef('<h1 class="fr-h3">Mon compte</h1>' +
               H.alert("success", None, "Vos coordonnées ont bien été mises à jour.", sm=True) +
               H.card(H.field("Adresse électronique", "amadou.sy@exemple.fr") + H.field("Téléphone mobile", "06 12 48 77 30") +
                      H.buttons(H.button("Modifier"))), user="A. Sy", active=4)))
    return pages
