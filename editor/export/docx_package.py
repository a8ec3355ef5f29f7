"""python-docx's default template, cleaned and set up for a Dutch A4 statement.

The template carries another document's past: author "python-docx", dates in
2013, US Letter paper, a thumbnail of an empty page, a bibliography part, a
second 400 KB copy of the styles, "Normal.dotm" and Mac Word in app.xml, an
English proofing language. ``prepare_template`` removes or replaces each of
those, so nothing in the file the user sends to a lawyer comes from it, and
``fill_document`` gives the file the statement's own properties, header and
footer. The strings of the per-statement parts (``app_xml``, ``header_xml``,
``footer_xml``) are shared with ``docx_from_template``, which writes the same
parts without python-docx.

Imported only where python-docx is wanted anyway (a Word file is written).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml.ns import qn
from docx.oxml.parser import parse_xml
from docx.shared import Twips

from editor.export.blocks import Meta
from editor.export.docx_body import TABLE_TEXT_STYLE, TEXT_WIDTH_TWIPS
from editor.export.docx_text import W_NS, escape, field_xml, run_xml
from editor.export.text_clean import clean_text

if TYPE_CHECKING:
    from docx.document import Document
    from docx.opc.coreprops import CoreProperties
    from docx.oxml.xmlchemy import BaseOxmlElement

PROGRAM = "Policy Editor"
LANGUAGE = "nl-NL"
# The proofing language Word and LibreOffice check the text in, per statement language.
PROOFING = {"nl": "nl-NL", "en": "en-GB"}
_STYLES_WITH_EFFECTS = "http://schemas.microsoft.com/office/2007/relationships/stylesWithEffects"
_APP_XML = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"'
    ' xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
    "<Application>{application}</Application><DocSecurity>0</DocSecurity>"
    "<ScaleCrop>false</ScaleCrop><Company>{company}</Company>"
    "<LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc>"
    "<HyperlinksChanged>false</HyperlinksChanged></Properties>"
)
_QUIET_RUN = f'<w:rPr xmlns:w="{W_NS}"><w:color w:val="595959"/><w:sz w:val="18"/></w:rPr>'
# Table cells (docx_body): see TABLE_TEXT_STYLE there.
_TABLE_TEXT_STYLE = (
    f'<w:style xmlns:w="{W_NS}" w:type="paragraph" w:customStyle="1"'
    f' w:styleId="{TABLE_TEXT_STYLE}">'
    '<w:name w:val="Table Text"/><w:basedOn w:val="Normal"/><w:qFormat/>'
    '<w:pPr><w:spacing w:before="0" w:after="0"/></w:pPr>'
    '<w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr>'
    "</w:style>"
)
_HYPERLINK_STYLE = (
    f'<w:style xmlns:w="{W_NS}" w:type="character" w:styleId="Hyperlink">'
    '<w:name w:val="Hyperlink"/><w:basedOn w:val="DefaultParagraphFont"/>'
    '<w:uiPriority w:val="99"/><w:unhideWhenUsed/>'
    '<w:rPr><w:color w:val="0000FF" w:themeColor="hyperlink"/><w:u w:val="single"/></w:rPr>'
    "</w:style>"
)


def prepare_template(document: Document, language: str) -> None:
    """Strip the template's leftovers; set up page, styles, settings, header and footer.

    Everything here is the same for every statement in ``language`` (a
    proofing language such as "nl-NL"), which is what lets ``docx_template``
    do it once per process; ``fill_document`` does the rest per statement.
    """
    _drop_template_parts(document)
    _set_page(document)
    _set_styles(document, language)
    _set_settings(document, language)
    section = document.sections[0]
    # The template has no header or footer part: python-docx adds both here.
    section.header.is_linked_to_previous = False
    section.footer.is_linked_to_previous = False


def creation_time() -> dt.datetime:
    """The file's creation time, to the second (Word shows no finer)."""
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


def proofing_language(meta: Meta) -> str:
    return PROOFING.get(meta.language, LANGUAGE)


def fill_document(document: Document, meta: Meta, now: dt.datetime) -> None:
    """The statement's own properties, header and footer, on a prepared template."""
    set_core_properties(document.core_properties, meta, now)
    attach_app_properties(document, app_xml(meta))
    section = document.sections[0]
    _fill(section.header.part.element, header_xml(meta))
    _fill(section.footer.part.element, footer_xml(meta))


def _drop_template_parts(document: Document) -> None:
    package = document.part.package
    for rel_id, rel in list(package.rels.items()):
        # A picture of the template's empty page; "Normal.dotm" and "Microsoft
        # Macintosh Word" in app.xml (ours is attached per statement).
        if rel.reltype in (RT.THUMBNAIL, RT.EXTENDED_PROPERTIES):
            del package.rels[rel_id]
    for rel_id, rel in list(document.part.rels.items()):
        # A bibliography stub and a second full copy of the styles for Word 2010.
        if rel.reltype in (RT.CUSTOM_XML, _STYLES_WITH_EFFECTS):
            del document.part.rels[rel_id]


def _set_page(document: Document) -> None:
    section = document.sections[0]
    section.page_width = Twips(11906)  # A4
    section.page_height = Twips(16838)
    margin = Twips((11906 - TEXT_WIDTH_TWIPS) // 2)  # 2.5 cm
    section.left_margin = section.right_margin = margin
    section.top_margin = section.bottom_margin = margin
    section.header_distance = section.footer_distance = Twips(709)  # 1.25 cm


def _set_styles(document: Document, language: str) -> None:
    styles = document.styles.element
    lang = styles.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}/{qn('w:lang')}")
    if lang is not None:
        lang.set(qn("w:val"), language)  # the proofing language of every run
    for style_id in ("Header", "Footer"):
        style = styles.find(f"{qn('w:style')}[@{qn('w:styleId')}='{style_id}']")
        if style is None:
            continue
        # The template's tab stops sit where Letter paper's right margin is.
        tabs = style.find(f"{qn('w:pPr')}/{qn('w:tabs')}")
        if tabs is not None:
            for tab, position in zip(tabs, (TEXT_WIDTH_TWIPS // 2, TEXT_WIDTH_TWIPS), strict=False):
                tab.set(qn("w:pos"), str(position))
        if style.find(qn("w:rPr")) is None:
            # Smaller and grey, so the page's own text stands out.
            style.append(parse_xml(_QUIET_RUN))
    if styles.find(f"{qn('w:style')}[@{qn('w:styleId')}='Hyperlink']") is None:
        styles.append(parse_xml(_HYPERLINK_STYLE))
    styles.append(parse_xml(_TABLE_TEXT_STYLE))


def _set_settings(document: Document, language: str) -> None:
    settings = document.settings.element
    for tag in ("w:proofState", "w:savePreviewPicture", "w:rsids", "w14:docId"):
        # proofState would tell Word the (Dutch) text was already checked;
        # the rest identify the template's own editing sessions.
        for element in settings.findall(qn(tag)):
            settings.remove(element)
    # Word fills the table of contents (after asking) when the file opens.
    update = parse_xml(f'<w:updateFields xmlns:w="{W_NS}" w:val="true"/>')
    compat = settings.find(qn("w:compat"))
    if compat is not None:
        compat.addprevious(update)  # its place in the schema's order
        for setting in compat.findall(qn("w:compatSetting")):
            if setting.get(qn("w:name")) == "compatibilityMode":
                setting.set(qn("w:val"), "15")  # no "compatibility mode" in the title bar
    else:
        settings.append(update)
    font_lang = settings.find(qn("w:themeFontLang"))
    if font_lang is not None:
        font_lang.set(qn("w:val"), language)
    english = language.startswith("en")
    for tag, value in (
        ("w:decimalSymbol", "." if english else ","),
        ("w:listSeparator", "," if english else ";"),
    ):
        element = settings.find(qn(tag))
        if element is not None:
            element.set(qn("w:val"), value)


def version_note(meta: Meta) -> str:
    """Which program and clause texts made this file, for the lawyer who reviews it."""
    program = f"{PROGRAM} {meta.program_version}".strip()
    if meta.clauses_version:
        return f"{program}, clausules {meta.clauses_version}"
    return program


PROPERTY_LIMIT = 255


def set_core_properties(core: CoreProperties, meta: Meta, now: dt.datetime) -> None:
    # Word's core properties hold at most 255 characters (python-docx raises
    # past that); the full title and name are in the document itself.
    core.title = clean_text(meta.title)[:PROPERTY_LIMIT]
    core.author = clean_text(meta.organisation)[:PROPERTY_LIMIT] or PROGRAM
    core.last_modified_by = PROGRAM
    core.subject = ""
    core.keywords = version_note(meta)
    core.comments = version_note(meta)
    core.language = proofing_language(meta)
    core.created = now
    core.modified = now
    core.revision = 1


def app_xml(meta: Meta) -> str:
    """docProps/app.xml: this program, not the template's "Microsoft Macintosh Word"."""
    return _APP_XML.format(application=PROGRAM, company=escape(meta.organisation))


def attach_app_properties(document: Document, xml: str) -> None:
    package = document.part.package
    app = Part(PackURI("/docProps/app.xml"), CT.OFC_EXTENDED_PROPERTIES, xml.encode(), package)
    package.relate_to(app, RT.EXTENDED_PROPERTIES)


def header_xml(meta: Meta) -> str:
    """The header's one paragraph: shop name on the left, title against the right margin."""
    heading = [part for part in (meta.organisation, meta.title) if part.strip()]
    # The Header style's right tab stop puts the title against the margin.
    header = "\t\t".join(heading) if len(heading) == 2 else "".join(heading)
    return _paragraph("Header", run_xml(header))


def footer_xml(meta: Meta) -> str:
    """The footer's one paragraph: version, date and "page X of Y", centred."""
    pieces = []
    if meta.version.strip():
        pieces.append(run_xml(f"{meta.label('version')} {meta.version} · "))
    if meta.effective_date.strip():
        pieces.append(run_xml(f"{meta.label('effective_date')} {meta.effective_date} · "))
    pieces.append(run_xml(f"{meta.label('page')} "))
    pieces.append(field_xml("PAGE", "1"))
    pieces.append(run_xml(f" {meta.label('of')} "))
    pieces.append(field_xml("NUMPAGES", "1"))
    return _paragraph("Footer", "".join(pieces), centred=True)


def _paragraph(style: str, runs: str, *, centred: bool = False) -> str:
    align = '<w:jc w:val="center"/>' if centred else ""
    return f'<w:p xmlns:w="{W_NS}"><w:pPr><w:pStyle w:val="{style}"/>{align}</w:pPr>{runs}</w:p>'


def _fill(story: BaseOxmlElement, paragraph: str) -> None:
    """Replace the header's or footer's paragraphs with ``paragraph``."""
    for old in list(story):
        story.remove(old)
    story.append(parse_xml(paragraph))
