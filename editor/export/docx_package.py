"""python-docx's default template, cleaned and set up for a Dutch A4 statement.

The template carries another document's past: author "python-docx", dates in
2013, US Letter paper, a thumbnail of an empty page, a bibliography part, a
second 400 KB copy of the styles, "Normal.dotm" and Mac Word in app.xml, an
English proofing language. ``prepare_package`` removes or replaces each of
those, so nothing in the file the user sends to a lawyer comes from it.

Only called from ``write_docx``, which has already imported python-docx.
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


def prepare_package(document: Document, meta: Meta) -> None:
    """Strip the template's leftovers and set up page, styles, settings and properties."""
    _drop_template_parts(document)
    _set_page(document)
    language = PROOFING.get(meta.language, LANGUAGE)
    _set_styles(document, language)
    _set_settings(document, language)
    _set_properties(document, meta)
    _set_header_footer(document, meta)


def _drop_template_parts(document: Document) -> None:
    package = document.part.package
    for rel_id, rel in list(package.rels.items()):
        if rel.reltype == RT.THUMBNAIL:  # a picture of the template's empty page
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


def _set_properties(document: Document, meta: Meta) -> None:
    now = dt.datetime.now(dt.UTC).replace(microsecond=0)
    core = document.core_properties
    # Word's core properties hold at most 255 characters (python-docx raises
    # past that); the full title and name are in the document itself.
    core.title = clean_text(meta.title)[:PROPERTY_LIMIT]
    core.author = clean_text(meta.organisation)[:PROPERTY_LIMIT] or PROGRAM
    core.last_modified_by = PROGRAM
    core.subject = ""
    core.keywords = version_note(meta)
    core.comments = version_note(meta)
    core.language = PROOFING.get(meta.language, LANGUAGE)
    core.created = now
    core.modified = now
    core.revision = 1
    package = document.part.package
    for rel_id, rel in list(package.rels.items()):
        if rel.reltype == RT.EXTENDED_PROPERTIES:  # "Normal.dotm", "Microsoft Macintosh Word"
            del package.rels[rel_id]
    app_xml = _APP_XML.format(application=PROGRAM, company=escape(meta.organisation))
    app = Part(PackURI("/docProps/app.xml"), CT.OFC_EXTENDED_PROPERTIES, app_xml.encode(), package)
    package.relate_to(app, RT.EXTENDED_PROPERTIES)


def _set_header_footer(document: Document, meta: Meta) -> None:
    section = document.sections[0]
    heading = [part for part in (meta.organisation, meta.title) if part.strip()]
    # Shop name on the left, title against the right margin (the Header style's right tab).
    header = "\t\t".join(heading) if len(heading) == 2 else "".join(heading)
    _fill(section.header.part.element, "Header", run_xml(header))

    pieces = []
    if meta.version.strip():
        pieces.append(run_xml(f"{meta.label('version')} {meta.version} · "))
    if meta.effective_date.strip():
        pieces.append(run_xml(f"{meta.label('effective_date')} {meta.effective_date} · "))
    pieces.append(run_xml(f"{meta.label('page')} "))
    pieces.append(field_xml("PAGE", "1"))
    pieces.append(run_xml(f" {meta.label('of')} "))
    pieces.append(field_xml("NUMPAGES", "1"))
    _fill(section.footer.part.element, "Footer", "".join(pieces), centred=True)


def _fill(story: BaseOxmlElement, style: str, runs: str, *, centred: bool = False) -> None:
    """Replace the header's or footer's paragraphs with one paragraph holding ``runs``."""
    align = '<w:jc w:val="center"/>' if centred else ""
    paragraph = parse_xml(
        f'<w:p xmlns:w="{W_NS}"><w:pPr><w:pStyle w:val="{style}"/>{align}</w:pPr>{runs}</w:p>'
    )
    for old in list(story):
        story.remove(old)
    story.append(paragraph)
