"""The catalog facts a published statement depends on, one test per fact.

Each of these was wrong or misleading in the catalog of 2026-11-22 (issue 15)
and would have made a shop's statement say something false: a role, a
country, a claimed arrangement, or what a party does with the data.
"""

from __future__ import annotations

import pytest

from editor.core.catalog import CatalogEntry, find_entry, load_catalog, search_catalog
from editor.core.model import CookieKind, Relationship, TransferSafeguard

PROCESSOR = Relationship.PROCESSOR
CONTROLLER = Relationship.CONTROLLER
JOINT = Relationship.JOINT_CONTROLLER
HASHED = "Gehashte e-mailadressen en telefoonnummers"


def entry(name: str) -> CatalogEntry:
    found = find_entry(name)
    assert found is not None, name
    assert found.name == name
    return found


# 1. WooCommerce on the shop's own server receives nothing; Automattic's services are US.


def test_woocommerce_is_software_on_the_shops_own_server() -> None:
    woo = entry("WooCommerce")
    assert woo.self_hosted and woo.country == ""
    assert "hostingpartij" in woo.notes and "geen gegevens" in woo.notes


@pytest.mark.parametrize("name", ["WooPayments", "Jetpack"])
def test_automattic_services_are_in_the_united_states(name: str) -> None:
    service = entry(name)
    assert service.country == "US" and service.transfer_safeguard is TransferSafeguard.DPF
    assert "Automattic" in service.notes and "Automattic" in service.source


@pytest.mark.parametrize("name", ["Magento Open Source", "PrestaShop", "Complianz"])
def test_other_self_hosted_software_is_no_recipient(name: str) -> None:
    assert entry(name).self_hosted


# 2. Joint controllers: no claimed arrangement where the party offers none.


@pytest.mark.parametrize("name", ["Google Ads", "Microsoft Advertising", "Microsoft Clarity"])
def test_joint_controllers_without_an_art_26_offer(name: str) -> None:
    party = entry(name)
    assert party.relationship is JOINT
    assert "geen regeling voor gezamenlijke verantwoordelijkheid (AVG art. 26)" in party.notes
    assert party.to_processor().agreement is False


@pytest.mark.parametrize("name", ["Meta Pixel", "Facebook- en Instagram-bedrijfspagina"])
def test_meta_stays_a_joint_controller_with_its_addendum(name: str) -> None:
    party = entry(name)
    assert party.relationship is JOINT
    assert "aanvulling" in party.notes and "aanvulling" in party.source


# 3. WhatsApp: the platform (API) is a processor, the free app is not.


def test_whatsapp_business_platform_is_a_processor_with_terms() -> None:
    platform = entry("WhatsApp Business Platform")
    assert platform.relationship is PROCESSOR
    assert "verwerkersvoorwaarden" in platform.source
    assert find_entry("WhatsApp Business API") is platform


def test_whatsapp_business_app_decides_for_itself() -> None:
    app = entry("WhatsApp Business-app")
    assert app.relationship is CONTROLLER
    assert "geen verwerkersvoorwaarden" in app.notes


def test_searching_whatsapp_business_shows_both() -> None:
    found = {e.name for e in search_catalog(load_catalog(), "whatsapp business")}
    assert found == {"WhatsApp Business Platform", "WhatsApp Business-app"}


# 4. TikTok: the statement shows China.


def test_tiktok_shows_china() -> None:
    tiktok = entry("TikTok Pixel")
    assert tiktok.country == "CN" and tiktok.transfer_safeguard is TransferSafeguard.SCC
    assert "China" in tiktok.notes and "2025" in tiktok.notes


# 5. Review platforms: invitations as processor, published reviews as controller.

REVIEW_PLATFORMS = ["Kiyoh", "The Feedback Company", "Trusted Shops", "Trustpilot", "WebwinkelKeur"]


@pytest.mark.parametrize("name", REVIEW_PLATFORMS)
def test_review_platforms_offer_the_controller_role(name: str) -> None:
    platform = entry(name)
    assert platform.relationship is PROCESSOR
    own = platform.controller_row()
    assert own is not None and own.relationship is CONTROLLER
    assert "publiceren van beoordelingen" in own.purpose
    assert own.name == name and own.catalog == name
    assert platform.facts_for(CONTROLLER) == own
    assert platform.facts_for(PROCESSOR) == platform.to_processor()


# 6. Payment institutions are controllers, Buckaroo too.


@pytest.mark.parametrize("name", ["Buckaroo", "Mollie", "MultiSafepay", "Pay.nl", "Adyen"])
def test_payment_institutions_are_controllers(name: str) -> None:
    assert entry(name).relationship is CONTROLLER


def test_buckaroo_names_its_own_legal_duties() -> None:
    assert "betaalinstelling" in entry("Buckaroo").notes


# 7. The links point at the right statement.


def test_feedback_company_links_the_dutch_statement() -> None:
    url = entry("The Feedback Company").privacy_url
    assert "/en-in/" not in url and "/nl-nl/" in url


def test_google_workspace_links_the_cloud_privacy_notice() -> None:
    workspace = entry("Google Workspace")
    assert workspace.privacy_url.startswith("https://cloud.google.com/")
    assert workspace.privacy_url != entry("Google Analytics").privacy_url


def test_matomo_cloud_links_the_cloud_services_policy() -> None:
    assert "cloud" in entry("Matomo Cloud").privacy_url


# 8. Consent and data lists.


def test_klaviyo_tracking_only_with_consent() -> None:
    klaviyo = entry("Klaviyo")
    assert "toestemming" in klaviyo.notes
    assert any("toestemming" in item for item in klaviyo.data)
    assert [(c.name, c.kind) for c in klaviyo.cookies] == [("__kla_id", CookieKind.MARKETING)]


@pytest.mark.parametrize(
    ("name", "feature"),
    [
        ("Meta Pixel", "Advanced Matching"),
        ("Google Ads", "Enhanced Conversions"),
        ("TikTok Pixel", "Events API"),
    ],
)
def test_pixels_name_the_hashed_contact_details(name: str, feature: str) -> None:
    assert any(HASHED in item and feature in item for item in entry(name).data)


def test_google_analytics_needs_consent_unless_set_up_as_the_ap_describes() -> None:
    notes = entry("Google Analytics").notes
    assert "Autoriteit Persoonsgegevens" in notes and "na toestemming" in notes
    assert "Autoriteit Persoonsgegevens" in entry("Google Analytics").source


# 9. Words and claims.


def test_lightspeed_uses_gdpr_terms() -> None:
    notes = entry("Lightspeed eCom").notes
    assert "mede-verwerker" not in notes and "subverwerkers" in notes


@pytest.mark.parametrize(
    ("name", "claim"),
    [
        ("MultiSafepay", "datacenters in Nederland"),
        ("Hotjar", "Malta"),
        ("Laposta", "Zutphen"),
        ("Moneybird", "Enschede"),
    ],
)
def test_unconfirmable_claims_are_gone(name: str, claim: str) -> None:
    assert claim not in entry(name).notes


# The services the issue names, by kind: all present, also under their common names.

MISSING_IN_2026_11 = [
    "Riverty", "in3", "Billink",
    "MailBlue", "ActiveCampaign", "Spotler", "MailerLite", "Flowmailer", "SendGrid",
    "Vimexx", "Strato", "one.com", "Hostinger", "Hypernode (Byte)",
    "DHL Express", "bpost", "Budbee", "Trunkrs", "Homerr", "Monta",
    "JouwWeb", "Wix", "Magento Open Source", "PrestaShop",
    "Simple Analytics", "Google Tag Manager", "reCAPTCHA", "Google Maps", "Google Fonts", "YouTube",
    "TradeTracker", "Daisycon", "Awin", "Criteo", "LinkedIn Insight Tag", "Snapchat Pixel",
    "Google Merchant Center", "Beslist.nl",
    "eBay", "Zalando", "Kaufland",
    "Thuiswinkel Waarborg", "Google Klantreviews",
    "Jortt", "Tellow", "Informer", "Yuki", "Twinfield",
    "Intercom", "Freshdesk", "Gorgias", "Userlike",
    "Cookiebot", "CookieFirst", "CookieYes", "Complianz",
]  # fmt: skip


@pytest.mark.parametrize("name", MISSING_IN_2026_11)
def test_services_dutch_shops_use_are_present(name: str) -> None:
    assert entry(name).name == name


@pytest.mark.parametrize(
    ("alias", "name"),
    [
        ("AfterPay", "Riverty"),
        ("Byte", "Hypernode (Byte)"),
        ("Magento", "Magento Open Source"),
        ("Google Customer Reviews", "Google Klantreviews"),
        ("LinkedIn", "LinkedIn Insight Tag"),
        ("Snapchat", "Snapchat Pixel"),
        ("Sendinblue", "Brevo"),
    ],
)
def test_common_names_find_the_entry(alias: str, name: str) -> None:
    assert find_entry(alias) is entry(name)
    assert entry(name) in search_catalog(load_catalog(), alias.lower())
