"""Printable reports of a class's results (PDF with QPdfWriter and QTextDocument).

Outside ``quizapp.core`` because it uses Qt (QtGui only, no widgets): it runs in the
program, from the command line (offscreen) and on a worker thread.
"""
