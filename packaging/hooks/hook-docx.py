"""PyInstaller hook for python-docx (packaging/build_bundle.py uses it).

python-docx finds its XML templates as ``docx/parts/../templates/...``. In a
bundle the modules live in an archive, so there is no ``docx/parts`` folder on
disk and that path does not resolve: a Word export with a header failed. With
the sources collected as files too ("pyz+py"), the folder is there.
"""

from PyInstaller.utils.hooks import collect_data_files

datas = collect_data_files("docx")
module_collection_mode = "pyz+py"
