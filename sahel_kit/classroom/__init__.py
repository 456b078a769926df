"""The classroom: what a teacher hands out, collects and exports.

``documents`` writes the answer key and the handouts; ``gift`` exports the bank to Moodle; ``hub``
makes nbgitpuller links; ``results`` and ``report`` turn the students' exported files into a class
summary; ``output`` writes a command's document to a file or the standard output.  Each module with a
command has a ``register(subparsers)`` that :mod:`sahel_kit.cli` calls.  This wing may import the quiz,
maps and facts wings; nothing imports it but the command line.
"""
